// Attribution forms of wire and NGO copy that the frames once missed: a cited party's own words, a toll
// "given" by a second party, bracketed credits, appositive names, deniers named by a participle, documents
// and lower-case bodies standing for their authors. tests/dev-set/fresh-c.jsonl holds such forms labelled.
// The cases are data, one a line, in cases/attribution-forms.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/attribution-forms.jsonl', import.meta.url), { published: '2025-03-10' })
