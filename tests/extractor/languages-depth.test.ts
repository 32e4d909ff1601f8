// French, Spanish and Arabic copy with several figures a text: lists of sub-counts, groups carried across
// clauses and sentences, sources behind documents and adverbs, illnesses, qualifiers after the figure.
// tests/dev-set/fr-b.jsonl, es-b.jsonl and ar-b.jsonl hold such texts labelled. The cases are data, one a
// line, in cases/languages-depth.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/languages-depth.jsonl', import.meta.url), { published: '2025-03-10' })
