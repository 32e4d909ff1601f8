// Report recall, session 16 (reports-s): labels carrying a period ("Deaths since 12 May: 57"), mixed arrivals
// beside returnees, runs of places the gazetteer does not know, rows of tiles parted by wide gaps, CSV rows
// with unquoted digit groups, sidebar figures interleaved with prose, "outside ECs", "(510 ind.)".
// Texts written for this test, in cases/report-recall-s.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-recall-s.jsonl', import.meta.url), { published: '2025-03-20' })
