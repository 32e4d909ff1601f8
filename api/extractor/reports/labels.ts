// What a report's label says: "Killed", "Houses destroyed", "New IDPs", "Civilians killed", "Households".
// The same trigger lexicon and noun classes as prose, read over a few words with no grammar around them.

import { DROPPED_WHO } from '../link-copula.ts'
import { resolveMetric } from '../link-frames/index.ts'
import { type HeadClass, headClass, PEOPLE } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import type { Metric, Unit } from '../types.ts'
import { readNounPhrase } from '../who.ts'
import { MONTH_NUMBERS } from '../words.ts'

export interface LabelMeaning {
  /** null for a label that names only whom it counts ("Households", "Lebanese"). */
  metric: Metric | null
  unit: Unit
  who: string
}

export const MAX_LABEL = 8
// Words that end a label's head: what follows says when or where ("New deaths this week", "Killed to date").
const HEAD_ENDS = new Set([
  'this',
  'last',
  'per',
  'since',
  'to',
  'in',
  'during',
  'over',
  'within',
  'on',
  'by',
])

function isWhen(token: Token, low: string): boolean {
  if (token.kind === 'num') return /^(19|20)\d\d$/.test(token.text)
  return MONTH_NUMBERS.has(low) && token.text[0] !== low[0]
}

/**
 * The meaning of the label in tokens [from, to), or null when it counts things (sites, attacks, trucks).
 * `cls` is the class of what is counted when the label names none ("Damaged" under "schools damaged").
 */
export function readLabel(
  tokens: Token[],
  lows: string[],
  from: number,
  to: number,
  cls0: HeadClass = 'people',
): LabelMeaning | null {
  if (to <= from || to - from > MAX_LABEL) return null
  let cls: HeadClass = cls0
  const trig = new Set<number>()
  // The head ends where a "since", "to" or "in" starts what follows it ("Arrivals since 01/01/2024").
  let head = from + 1
  // A month or a year ends it too: it says when ("IDPs Jan 2025", "Killed 2024").
  while (head < to && !HEAD_ENDS.has(lows[head]) && !isWhen(tokens[head], lows[head])) head++
  for (let k = from; k < head; k++) if (tokens[k].kind === 'num') return null
  // A thing a trigger holds is part of what happened, not what is counted ("In relief camps").
  const held = new Set<number>()
  for (let k = from; k < head; k++) {
    const t = triggerAt(lows, k, to, 'p')
    if (t) for (let j = t.from; j < t.to; j++) held.add(j)
  }
  for (let k = from; k < head; k++) {
    // "People without shelter": the shelter is what they lack, not what is counted.
    if (held.has(k)) continue
    const hc = headClass(lows[k], tokens[k].text, lows[k - 1])
    if (hc === 'thing') return null
    if (hc === 'facility' || hc === 'home' || hc === 'households') cls = hc
  }
  let metric: Metric | null = null
  for (let k = from; k < to && !metric; k++) {
    const t = triggerAt(lows, k, to, 'p') ?? triggerAt(lows, k, to, 'n') ?? triggerAt(lows, k, to, 'v')
    if (!t) continue
    metric = resolveMetric(t.entry, cls)
    for (let j = t.from; j < t.to; j++) trig.add(j)
  }
  // Whom the label counts, as written: "civilians", "houses", "idps", "schools"; "people" when it names none.
  const np = readNounPhrase(tokens, lows, from, to)
  const named =
    np.to > np.from && np.cls !== 'thing' && np.cls !== 'unknown' && !DROPPED_WHO.has(np.head ?? '')
  const who = named && np.who ? np.who : 'people'
  const last = lows[to - 1]
  const unit: Unit =
    metric === 'homes'
      ? 'homes'
      : metric === 'facilities'
        ? 'facilities'
        : cls === 'households'
          ? 'households'
          : 'people'
  if (!metric && !last) return null
  if (!metric && !(PEOPLE.has(last) || cls === 'households' || /^[A-Z]/.test(tokens[to - 1].text)))
    return null
  return { metric, unit, who }
}
