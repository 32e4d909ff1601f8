// French and Spanish attribution as outside wire copy writes it (session 15, round 2): coordinated
// complements in a body's name, a country that counts yielding to a named speaker, participle clauses,
// abbreviations, bodies credited by what they did, documents handed over by a body, and what stands
// between a verb and its speaker. The cases are data, in cases/attribution-outside.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-outside.jsonl', import.meta.url))
