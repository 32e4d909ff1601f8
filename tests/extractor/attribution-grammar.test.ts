// Attribution read from the shape of the sentence rather than its words: where a name starts and ends
// (a capitalised preposition, "to" and a comma list inside a name, a head noun's complement), whose claim a
// denial is about, whose office speaks, and which words around a speaker describe the speaker. fresh-j.jsonl
// holds such forms labelled. The cases are data, one a line, in cases/attribution-grammar.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-grammar.jsonl', import.meta.url), { published: '2025-03-10' })
