// Report shapes of others' sitreps (issue 19, reports-m): site tables, IDP captions over "New arrivals",
// place-kind corners, pipe-parted titles, "Cumulative 2025" columns, change arrows after box figures,
// degree-only damage labels, bracketed breakdowns and household counts beside persons. Texts written
// for this test. The cases are data, one a line, in cases/report-shapes-m.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-shapes-m.jsonl', import.meta.url), { published: '2025-05-10' })
