// Attribution across clauses: a role noun read back to the person holding it, a contrastive clause that keeps
// its own speaker, a denied figure that keeps its giver, a body's people inside what it said, a document's
// author in apposition, and names that carry digits. fresh-l.jsonl holds such forms labelled. The cases are
// data, one a line, in cases/attribution-clauses.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-clauses.jsonl', import.meta.url), { published: '2025-03-10' })
