// What the frames share: the modal words, the auxiliaries, a trigger's metric on a counted noun, where a
// counted phrase ends, and the small checks more than one frame makes.

import type { Candidate } from '../link-types.ts'
import type { HeadClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { type TriggerEntry, triggerAt } from '../triggers.ts'
import type { Metric } from '../types.ts'

export const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'should', 'expected', 'must'])

export const TOLL_NOUNS = new Set(['toll', 'tally', 'count', 'life', 'influx'])

export const AUX = new Set([
  'had',
  'have',
  'has',
  'were',
  'was',
  'are',
  'is',
  'remain',
  'remained',
  'remains',
  'been',
])

export function resolveMetric(entry: TriggerEntry, cls: HeadClass): Metric | null {
  if (cls === 'facility') return entry.building ? 'facilities' : null
  if (cls === 'home') return entry.building ? 'homes' : null
  return entry.metric
}

export function npEnd(c: Candidate): number {
  return Math.max(c.np.to, c.num.to)
}

export function isNumberAt(tokens: Token[], lows: string[], i: number): boolean {
  return (
    tokens[i]?.kind === 'num' ||
    /^(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(lows[i] ?? '')
  )
}

export function skipQuote(lows: string[], j: number, limit: number): number {
  return j < limit && (lows[j] === '"' || lows[j] === '”' || lows[j] === '“') ? j + 1 : j
}

export function objectFollows(tokens: Token[], lows: string[], i: number, limit: number): boolean {
  if (i >= limit) return false
  const w = lows[i]
  if (isNumberAt(tokens, lows, i)) return true
  if (w === 'at' || w === 'more' || w === 'some' || w === 'nearly' || w === 'about' || w === 'around') {
    return isNumberAt(tokens, lows, i + 1) || isNumberAt(tokens, lows, i + 2)
  }
  return w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'their' || w === 'its'
}

/** "Protesters numbered around 10,000", "sickened 2,100": a bare figure that completes a verb no trigger. */
export function completesVerb(lows: readonly string[], c: Candidate): boolean {
  if (c.np.to > c.np.from) return false
  const before = lows[c.num.from - 1] ?? ''
  return /^[a-z]+ed$/.test(before) && !triggerAt(lows, c.num.from - 1, c.num.from, 'v')
}
