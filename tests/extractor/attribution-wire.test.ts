// Wire-copy attribution (issue #19, session 14): a body described and then named in apposition, an epithet
// ("the group", "the lawyers' group") that refers back to a body so described or to an armed group named
// as an actor, records "kept by" a body, a toll "cut" by its giver, a person "of" a body, foreign connectors
// inside names, and a time phrase after the counted group. The cases are data, in cases/attribution-wire.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-wire.jsonl', import.meta.url))
