// A figure and its predicate with words between them that no frame expects: "9 people this morning were
// killed", "30 mostly elderly residents fled", "2,000 residents this week have been evacuated". Read with
// part-of-speech tags instead of lists of allowed fillers: after the figure, its noun phrase (adverbs,
// adjectives, a people noun), then determiners, nouns and auxiliaries up to the first verb, which must be a
// trigger. Anything that opens another clause (punctuation, a conjunction, a pronoun, a preposition,
// another figure, a negation) ends the search, except an aside on the counted group set off by commas
// ("42 civilians, among them 15 children, were this week killed").

import { CONFIDENCE } from '../confidence.ts'
import { MODALS, resolveMetric } from '../link-frames/index.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { headClass } from '../nouns.ts'
import { triggerAt } from '../triggers.ts'
import { readNounPhrase } from '../who.ts'

const MAX_GAP = 9
const PASSABLE = new Set(['ADV', 'ADJ', 'DET', 'NOUN', 'PROPN', 'AUX', 'PART'])
const NEGATIONS = new Set(['not', "n't", 'never', 'no'])
const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those'])
const ASIDE_OPENERS = new Set(['among', 'including', 'mostly', 'most', 'many', 'all', 'some'])
const ASIDE_LENGTH = 8

/** Where an aside that opens at the comma `k` closes (the index after its comma), or -1. */
export function asideEnd(lows: readonly string[], k: number, to: number): number {
  if (lows[k] !== ',' || !ASIDE_OPENERS.has(lows[k + 1] ?? '')) return -1
  for (let m = k + 2; m < Math.min(to, k + ASIDE_LENGTH); m++) {
    if (lows[m] === ',') return m + 1
    if (lows[m] === '.' || lows[m] === ';') return -1
  }
  return -1
}

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
  let end = Math.min(to, c.num.to + MAX_GAP)
  for (let k = c.num.to; k < end; k++) {
    const w = lows[k]
    // The tagger reads "this" in "were this week killed" as a pronoun; before a noun it is a determiner.
    const tag = DEMONSTRATIVES.has(w) && tags[k + 1 - from] === 'NOUN' ? 'DET' : tags[k - from]
    const aside = noun >= 0 ? asideEnd(lows, k, to) : -1
    if (aside > 0) {
      end = Math.min(to, end + aside - k)
      k = aside - 1
      continue
    }
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
