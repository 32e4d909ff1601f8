// Table layouts read by one header model whatever parts the cells (issue 19, reports-f): two-line and
// fixed-width headers, one cell a line, rules between lines, signs in cells, units and days in labels,
// labels that take their metric from the caption. Texts written for this test.
// The cases are data, one a line, in cases/report-layouts.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-layouts.jsonl', import.meta.url), { published: '2024-05-01' })
