// Report recall, round 2 (session 15, reports-q): breakdowns in brackets inside a quote ("(1,872 ind. in X)"),
// groups hosted in sites, DROMIC "served outside", key figures run together on a PDF line, French health posts
// and Spanish educational institutions as facilities. Texts written for this test, in cases/report-recall-q.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-recall-q.jsonl', import.meta.url), { published: '2025-03-20' })
