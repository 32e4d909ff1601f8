// A causative with its complement: the cause is the subject, the people counted its object.

import { CONFIDENCE } from '../confidence.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { displacementComplementAt, triggerAt } from '../triggers.ts'
import { crossesBorder } from './border.ts'
import { MODALS, npEnd } from './shared.ts'

/** "caused more than 400,000 people to flee their homes", "driven millions of civilians from their homes". */
export function cause(ctx: LinkContext, c: Candidate, limit: number): Link | null {
  const { lows } = ctx
  const k = c.num.from - 1
  const t = triggerAt(lows, k, k + 1, 'c')
  if (!t || c.np.cls === 'facility' || c.np.cls === 'home') return null
  let j = npEnd(c)
  // Skip one parenthetical: "hundreds of thousands of people, many of whom had already been displaced, to flee".
  if (lows[j] === ',') {
    let m = j + 1
    while (m < limit && m - j < 16 && lows[m] !== ',') m++
    if (lows[m] === ',') j = m + 1
  }
  // "had taken 58 people into custody": the verb and its particle around the people held.
  if (t.entry.metric === 'detained') {
    const held = lows[j] === 'into' && (lows[j + 1] === 'custody' || lows[j + 1] === 'detention')
    if (!held || c.np.cls === 'thing' || c.np.cls === 'unknown') return null
    const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
    return {
      kind: 'cause',
      metric: 'detained',
      from: t.from,
      to: j + 2,
      modal,
      parent: null,
      confidence: CONFIDENCE.causative,
    }
  }
  const end = displacementComplementAt(lows, j, limit)
  if (end < 0) return null
  const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
  const metric = crossesBorder(ctx, end, limit) ? 'refugees' : 'displaced'
  return {
    kind: 'cause',
    metric,
    from: t.from,
    to: end,
    modal,
    parent: null,
    confidence: CONFIDENCE.causative,
  }
}
