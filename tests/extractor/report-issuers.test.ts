// Who issued a report, read from its layout (title, letterhead, credit lines, labels), and who a credit
// beside some figures names: tests/dev-set/reports/README.md ("Who is the source of a report's own figures").
// Texts written for this test; the cases are data, one a line, in cases/report-issuers.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-issuers.jsonl', import.meta.url), { published: '2025-05-04' })
