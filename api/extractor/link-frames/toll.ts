// A toll and its value: "the death toll rose to 50", "the number of people killed reached 1,200",
// "bringing to 506 the number of bodies retrieved".

import { CONFIDENCE } from '../confidence.ts'
import { runningTotal } from '../link-totals.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type HeadClass, headClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { type TriggerMatch, triggerAt } from '../triggers.ts'
import { CLAUSE_BREAKS, MONTHS } from '../words.ts'
import { MODALS, npEnd, resolveMetric, TOLL_NOUNS } from './shared.ts'

const MONTH_WORDS = new Set(Object.keys(MONTHS))

const TOLL_LINKS = new Set([
  'passes',
  'pass',
  'tops',
  'top',
  'nears',
  'neared',
  'climbs',
  'past',
  'surpasses',
  'exceeds',
  'put',
  'puts',
  'to',
  'at',
  'of',
  'reached',
  'reach',
  'reaches',
  'hit',
  'passed',
  'surpassed',
  'exceeded',
  'topped',
  'is',
  'was',
  'were',
  'are',
  'stands',
  'stood',
  'climbed',
  'rose',
  'risen',
  'jumped',
  'reaching',
  'hitting',
  'numbered',
  'numbering',
  'totalled',
  'totaled',
  'totaling',
  'totalling',
  'now',
  'include',
  'included',
  'includes',
  'hits',
  'rises',
])

/** "the death toll rose to 50", "the number of people killed reached 1,200", "the dead included 5 children". */
export function toll(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { lows } = ctx
  const k = c.num.from - 1
  // "Palestinian death toll above 1,000": the qualifier already stands between toll and figure.
  const direct = tollTriggerEndingAt(lows, k, c.num.from)
  if (direct) return tollLink(direct, c, direct.from)
  if (!TOLL_LINKS.has(lows[k])) return forwardToll(ctx, c)
  return (
    nearToll(ctx, c, k - 1, sentenceFrom) ??
    farToll(ctx, c, sentenceFrom) ??
    runningTotal(ctx, c, sentenceFrom)
  )
}

function nearToll(ctx: LinkContext, c: Candidate, k: number, sentenceFrom: number): Link | null {
  const { tokens, lows } = ctx
  for (let n = 0; n < 14 && k >= sentenceFrom; n++, k--) {
    // "The number of internally displaced persons (IDPs) in Burkina Faso stands at": a short aside.
    if (lows[k] === ')') {
      let m = k - 1
      while (m > sentenceFrom && k - m < 5 && lows[m] !== '(') m--
      if (lows[m] === '(') {
        k = m
        continue
      }
    }
    if (CLAUSE_BREAKS.has(lows[k])) return null
    // Numbers of a date ("since May 17") may stand between; other numbers may not.
    if (
      tokens[k].kind === 'num' &&
      !MONTH_WORDS.has(lows[k - 1]) &&
      !MONTH_WORDS.has(lows[k + 1]) &&
      lows[k - 1] !== 'in'
    )
      return null
    if (lows[k] === 'population' || lows[k] === 'need') return null
    // A participle names a toll only after "number of": "the number of people killed rose to 50".
    let t =
      triggerAt(lows, k, c.num.from, 'n') ??
      (afterNumberOf(lows, k) ? triggerAt(lows, k, c.num.from, 'p') : null)
    // "death toll" rather than "toll": the longer phrase that ends here.
    const longer = k > 0 ? triggerAt(lows, k - 1, c.num.from, 'n') : null
    if (t && longer && longer.to > k) t = longer
    // "the number of homes destroyed at 41,000": a building toll takes its class from the noun counted.
    if (t && t.entry.metric === null && t.entry.building) {
      const counted = countedClass(tokens, lows, k)
      const metric = counted ? resolveMetric(t.entry, counted) : null
      if (metric)
        return {
          kind: 'toll',
          metric,
          from: k - 2 >= sentenceFrom ? countedStart(lows, k) : k,
          to: npEnd(c),
          modal: false,
          parent: null,
          confidence: CONFIDENCE.tollNounAfter,
        }
    }
    if (!t || t.entry.metric === null) continue
    const link = tollLink(t, c, t.from, lows)
    if (link) for (let m = t.to; m < c.num.from; m++) if (MODALS.has(lows[m])) link.modal = true
    return link
  }
  return null
}

// "rose to", "has climbed to", "stood at", "reached": a verb that gives its subject a value.
const RISING = new Set(
  'rose risen rises rise rising climbed climbs climb climbing increased increases jumped jumps soared soars grew grown mounted stood stands reached reaches hit hits topped tops passed exceeded surpassed crossed'.split(
    ' ',
  ),
)
// What may follow a toll noun that is the subject of a long sentence: "the death toll from ...".
const TOLL_COMPLEMENTS = new Set(['from', 'in', 'after', 'following', 'since', 'of', 'among', 'caused'])
const FAR_TOLL_SPAN = 40

/**
 * "The death toll from Sunday's magnitude 6.4 tremor off the coast of Sulawesi rose to 48": the toll noun
 * is the subject of the verb before the figure, past a complement too long (or holding numbers of its own)
 * for the near frame. Only a toll noun followed by its complement, and nothing between that ends a clause or
 * gives another value ("to 12", "at 40").
 */
function farToll(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { tokens, lows } = ctx
  let verb = c.num.from - 1
  if (lows[verb] === 'to' || lows[verb] === 'at') verb--
  if (!RISING.has(lows[verb])) return null
  let modal = false
  for (let k = verb - 1; k >= Math.max(sentenceFrom, verb - FAR_TOLL_SPAN); k--) {
    const w = lows[k]
    if (CLAUSE_BREAKS.has(w) || w === 'population' || w === 'need') return null
    if (tokens[k].kind === 'num' && (lows[k - 1] === 'to' || lows[k - 1] === 'at')) return null
    if (MODALS.has(w)) modal = true
    const t = triggerAt(lows, k, verb, 'n') ?? (afterNumberOf(lows, k) ? triggerAt(lows, k, verb, 'p') : null)
    if (!t?.entry.metric || !TOLL_COMPLEMENTS.has(lows[t.to])) continue
    const link = tollLink(t, c, t.from, lows)
    if (link) link.modal = modal
    return link
  }
  return null
}

/** The noun between "number of" and a building participle: "the number of homes destroyed". */
function countedClass(tokens: Token[], lows: string[], k: number): HeadClass | null {
  for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
    const cls = headClass(lows[m], tokens[m].text, lows[m - 1])
    if (cls === 'home' || cls === 'facility') return lows[m - 1] === 'of' || lows[m - 2] === 'of' ? cls : null
  }
  return null
}

function countedStart(lows: string[], k: number): number {
  for (let m = k - 1; m >= Math.max(0, k - 5); m--) if (lows[m] === 'number' || lows[m] === 'total') return m
  return k
}

function afterNumberOf(lows: string[], k: number): boolean {
  for (let m = k - 1; m >= k - 4 && m >= 0; m--) if (lows[m] === 'number' || lows[m] === 'total') return true
  return false
}

function tollTriggerEndingAt(lows: string[], k: number, limit: number): TriggerMatch | null {
  for (let start = k - 3; start <= k; start++) {
    if (start < 0) continue
    const t = triggerAt(lows, start, limit, 'n')
    if (t && t.to === k + 1 && t.entry.metric !== null && TOLL_NOUNS.has(lows[k])) return t
  }
  return null
}

// "the death toll passes 2,000", "tops 6,200", "climbed past 50": above the figure.
const PASSING = new Set([
  'passes',
  'passed',
  'tops',
  'topped',
  'exceeds',
  'exceeded',
  'surpasses',
  'surpassed',
  'past',
  'crosses',
  'crossed',
  'exceeding',
  'surpassing',
  'passing',
  'topping',
])

function tollLink(t: TriggerMatch, c: Candidate, from: number, lows?: string[]): Link | null {
  const metric = resolveMetric(t.entry, c.np.cls)
  if (!metric) return null
  if (lows && PASSING.has(lows[c.num.from - 1]) && c.num.qualifier === 'exact') {
    c.num = { ...c.num, qualifier: 'at_least', high: null }
  }
  return { kind: 'toll', metric, from, to: npEnd(c), modal: false, parent: null, confidence: CONFIDENCE.toll }
}

/** "bringing to 506 the number of bodies retrieved": the toll noun after the figure. */
function forwardToll(ctx: LinkContext, c: Candidate): Link | null {
  const { lows } = ctx
  if (
    lows[c.num.from - 1] !== 'to' ||
    !/^(bringing|brings|brought|bring|raising)$/.test(lows[c.num.from - 2] ?? '')
  ) {
    return null
  }
  for (let k = c.num.to; k < c.num.to + 5; k++) {
    const t = triggerAt(lows, k, k + 6, 'n')
    if (t?.entry.metric)
      return {
        kind: 'toll',
        metric: t.entry.metric,
        from: c.num.from - 2,
        to: t.to,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.tollNounAfter,
      }
  }
  return null
}
