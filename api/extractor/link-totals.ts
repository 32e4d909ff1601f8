// A running total the sentence gives after a figure of its own: "58 people were killed in the previous 24
// hours, taking the total since October 2023 to 68,116". "Total" names no harm: the harm is the one the
// sentence told before the total.

import { CONFIDENCE } from './confidence.ts'
import type { Candidate, Link, LinkContext } from './link-types.ts'
import { triggerAt } from './triggers.ts'
import { MONTH_NUMBERS, words } from './words.ts'

const TOTAL_NOUNS = words('total tally count number')
const CARRYING = words(
  'bringing taking raising pushing brought took raised pushed brings takes raises pushes',
)
const TOTAL_ADJECTIVES = words('the its their overall cumulative total official new')
// How far back the harm the total adds to may stand: a clause or two of the same sentence.
const HARM_SPAN = 25

export function runningTotal(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { tokens, lows } = ctx
  if (lows[c.num.from - 1] !== 'to') return null
  // Back over a period ("since October 2023", "since May 17", "this year") to the total's noun.
  let k = c.num.from - 2
  while (k > sentenceFrom && c.num.from - k <= 8 && !TOTAL_NOUNS.has(lows[k])) {
    const w = lows[k]
    if (w === ',' || w === ';' || w === '.' || (tokens[k].kind === 'num' && !isPeriodNumber(lows, k)))
      return null
    k--
  }
  // "bringing the number of tourists to 3,215": a total of something else.
  if (!TOTAL_NOUNS.has(lows[k]) || lows[k + 1] === 'of') return null
  let verb = k - 1
  while (verb > sentenceFrom && TOTAL_ADJECTIVES.has(lows[verb])) verb--
  if (!CARRYING.has(lows[verb])) return null
  for (let j = verb - 1; j >= Math.max(sentenceFrom, verb - HARM_SPAN); j--) {
    const t = triggerAt(lows, j, verb, 'p') ?? triggerAt(lows, j, verb, 'v') ?? triggerAt(lows, j, verb, 'n')
    if (!t?.entry.metric) continue
    return {
      kind: 'toll',
      metric: t.entry.metric,
      from: k,
      to: Math.max(c.np.to, c.num.to),
      modal: false,
      parent: null,
      confidence: CONFIDENCE.toll,
    }
  }
  return null
}

/** A year or a day of a month in the period: "since October 2023", "since May 17". */
function isPeriodNumber(lows: string[], k: number): boolean {
  return /^(19|20)\d\d$/.test(lows[k]) || MONTH_NUMBERS.has(lows[k - 1]) || MONTH_NUMBERS.has(lows[k + 1])
}
