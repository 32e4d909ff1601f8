// Report shapes of reports-j (issue 19): lists run along one line, semicolon exports with zero cells,
// labels with a month and year, columns of changes, earlier figures beside new ones, and French, Spanish
// and Arabic key-figure lines and tiles. Texts written for this test; the cases are data, one a line, in
// cases/report-shapes-j.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-shapes-j.jsonl', import.meta.url), { published: '2025-03-01' })
