// Report shapes of reports-k (issue 19): tables in French, Spanish and Arabic (group labels, exports
// without accents, columns naming only households, credit lines), labels run along a line without colons,
// PDF tables whose columns ran together, repeated sub-labels under group labels, bracketed tiles. Texts
// written for this test; the cases are data, one a line, in cases/report-shapes-k.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-shapes-k.jsonl', import.meta.url), { published: '2025-03-05' })
