// A figure and its predicate with words between them that no frame expects: "9 people this morning were
// killed", "30 mostly elderly residents fled", "2,000 residents this week have been evacuated". Read with
// part-of-speech tags instead of lists of allowed fillers: after the figure, its noun phrase (adverbs,
// adjectives, a people noun), then determiners, nouns and auxiliaries up to the first verb, which must be a
// trigger. Anything that opens another clause (punctuation, a conjunction, a pronoun, a preposition,
// another figure, a negation) ends the search.

import { CONFIDENCE } from '../confidence.ts'
import { MODALS, resolveMetric } from '../link-frames.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { headClass } from '../nouns.ts'
import { triggerAt } from '../triggers.ts'
import { readNounPhrase } from '../who.ts'

const MAX_GAP = 9
const PASSABLE = new Set(['ADV', 'ADJ', 'DET', 'NOUN', 'PROPN', 'AUX', 'PART'])
const NEGATIONS = new Set(['not', "n't", 'never', 'no'])

/** `tags[k - from]` is the tag of token k of the sentence [from, to). */
export function grammarLink(
  ctx: LinkContext,
  c: Candidate,
  tags: string[],
  from: number,
  to: number,
): Link | null {
  const { tokens, lows } = ctx
  let noun = -1
  let modal = false
  const end = Math.min(to, c.num.to + MAX_GAP)
  for (let k = c.num.to; k < end; k++) {
    const tag = tags[k - from]
    const w = lows[k]
    if (NEGATIONS.has(w)) return null
    if (tag === 'VERB' || tag === 'ADJ') {
      const t = triggerAt(lows, k, to, 'p')
      if (t && noun >= 0) {
        const cls = headClass(lows[noun], tokens[noun].text, lows[noun - 1])
        const metric = resolveMetric(t.entry, cls)
        if (!metric) return null
        c.np = readNounPhrase(tokens, lows, noun, noun + 1)
        return {
          kind: 'post',
          metric,
          from: c.num.from,
          to: t.to,
          modal,
          parent: null,
          confidence: CONFIDENCE.grammar,
        }
      }
      if (tag === 'VERB') return null
    }
    if (MODALS.has(w)) modal = true
    if (!PASSABLE.has(tag)) return null
    // The counted noun belongs to the figure's own phrase: within a few words of it.
    if (noun < 0 && (tag === 'NOUN' || tag === 'PROPN')) {
      const cls = headClass(w, tokens[k].text, lows[k - 1])
      if (cls !== 'people' && cls !== 'households') return null
      if (k - c.num.to > 3) return null
      noun = k
    }
  }
  return null
}
