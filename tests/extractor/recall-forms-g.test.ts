// Forms behind the misses of tests/dev-set/fresh-g.jsonl, written here in other words and other crises, read
// by general rules: a toll whose subject is far from its figure, moves to shelters, arrivals from abroad,
// a total split by place, and the groups a list of victims names.
// The cases are data, one a line, in cases/recall-forms-g.jsonl.

import { readsTable } from '../helpers/claims.ts'

readsTable(new URL('cases/recall-forms-g.jsonl', import.meta.url), {
  published: '2025-06-10',
  language: 'en',
})
