// Attribution forms seen in new wordings of English news (issue #19): who a figure is credited to when the
// source is described before it is named, referred back to by an epithet, or qualified by a participle.
// The cases are data, one a line, in cases/attribution-transfer.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-transfer.jsonl', import.meta.url))
