// A counted trigger noun: the counted noun is itself what happened to them ("12 deaths", "500 refugees").

import { CONFIDENCE } from '../confidence.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type TriggerMatch, triggerAt } from '../triggers.ts'
import type { Metric } from '../types.ts'
import { MODALS } from './shared.ts'

// "47 cases of enforced disappearances", "1,019 reports of missing persons": a count of events of a kind.
const CASE_NOUNS = new Set(['cases', 'reports', 'incidents', 'instances', 'counts'])
const CASE_OF_WORDS = 4

/** The trigger of "cases of ..." when the figure's noun is such a count, read from the word after the figure. */
export function caseOf(lows: string[], head: number, limit: number): TriggerMatch | null {
  if (!CASE_NOUNS.has(lows[head]) || lows[head + 1] !== 'of') return null
  for (let k = head + 2; k < Math.min(limit, head + 2 + CASE_OF_WORDS); k++) {
    if (!/^[a-z-]+$/.test(lows[k])) return null
    const t = triggerAt(lows, k, limit, 'n') ?? triggerAt(lows, k, limit, 'p')
    if (t?.entry.metric) return t
  }
  return null
}

const HARMS = new Set<Metric | null>(['killed', 'injured', 'missing'])

/** "12 deaths", "500 refugees", "3,000 IDPs": the counted noun is itself the trigger. */
export function noun(ctx: LinkContext, c: Candidate, limit: number): Link | null {
  const counted = caseOf(ctx.lows, c.num.to, limit)
  if (counted?.entry.metric)
    return {
      kind: 'noun',
      metric: counted.entry.metric,
      from: c.num.from,
      to: counted.to,
      modal: false,
      parent: null,
      confidence: CONFIDENCE.countedNoun,
    }
  if (c.np.to <= c.np.from) return null
  let t = triggerAt(ctx.lows, c.np.headAt, limit, 'n')
  // "860 wounded refugees", "12 dead IDPs": what happened to them outranks who they are.
  const status = t?.entry.metric === 'refugees' || t?.entry.metric === 'displaced'
  // "1.8 million displaced people", "228 wounded patients", "58 reported fatalities"
  for (let k = c.np.from; (!t || status) && k < c.np.headAt; k++) {
    const adj = triggerAt(ctx.lows, k, c.np.headAt + 1, 'p') ?? triggerAt(ctx.lows, k, c.np.headAt + 1, 'n')
    if (adj && adj.entry.metric !== null && (!t || HARMS.has(adj.entry.metric))) t = adj
  }
  if (!t || t.entry.metric === null || c.np.cls === 'facility' || c.np.cls === 'home') return null
  if (ctx.lows[c.num.from - 1] === 'saved' || ctx.lows[c.num.from - 1] === 'saving') return null
  return {
    kind: 'noun',
    metric: t.entry.metric,
    from: c.num.from,
    to: c.np.to,
    // "up to 4 million refugees could leave": a forecast.
    modal: MODALS.has(ctx.lows[c.np.to]) && ctx.lows[c.np.to + 1] !== 'have',
    parent: null,
    confidence: CONFIDENCE.countedNoun,
  }
}
