// How reports word displaced, homes, injured and killed figures (session 15, reports-o): hosts that shelter a
// counted group, parts after "; of which", tiles with a change beside the figure, French labels with a place
// after the trigger, Spanish shelters counted beside people, Arabic "martyrs" and "injuries" labels, people
// in brackets after a household count. Texts written for this test, in cases/report-recall-o.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/report-recall-o.jsonl', import.meta.url), { published: '2025-03-20' })
