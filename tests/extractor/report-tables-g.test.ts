// Tables as real reports flatten them beyond reports-a..f (issue 19, reports-g): marks on the cells,
// headers spanning the columns under them, HTML left in, PDF page furniture inside a table, labels that
// lean on the caption or on the column beside them. Texts written for this test.
// The cases are data, one a line, in cases/report-tables-g.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-tables-g.jsonl', import.meta.url), { published: '2024-05-01' })
