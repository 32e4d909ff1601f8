// The name a figure is credited to: a person without titles or honorifics, a short form or a role noun
// resolved to the full name given elsewhere in the text, an organisation's whole name. Sentences written
// for this file; tests/dev-set/fresh-g.jsonl holds such forms labelled. The cases are data, one a line, in
// cases/attribution-names.jsonl; those read as a headline (a text alone) say so with an empty lead.

import { readsTable } from '../helpers/claims.ts'

// A first sentence, because a one-sentence text is read as a headline.
const lead = 'Heavy fighting was reported overnight. '

readsTable(new URL('cases/attribution-names.jsonl', import.meta.url), { published: '2025-03-10', lead })
