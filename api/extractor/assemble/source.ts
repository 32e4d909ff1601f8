// Who a figure is credited to: the attribution nearest it whose clause holds it.

import type { Attribution } from '../attribution.ts'
import { isSourceWord } from '../source-names.ts'

/** The attribution closest to the figure: a verb before it whose clause holds it, or a marker after it. */
export function chooseSource(
  attributions: Attribution[],
  from: number,
  to: number,
  lows: string[],
): string | null {
  let best: Attribution | null = null
  let bestDist = Number.POSITIVE_INFINITY
  // "X said ... 2,357 injured, while Y said ...": a later speaker behind "while" has a clause of its own.
  const hasEarlier = attributions.some((a) => a.name && a.kind === 'verb' && a.at < from)
  // "Rescuers recovered 87 bodies, the Red Crescent said": who counted gives way to who is credited.
  const credited = attributions.some((a) => a.name && a.kind !== 'count')
  // "Officials have so far confirmed 14 deaths, the French interior ministry said": a clause closing the
  // sentence credits all of it; an unnamed subject inside it only passes the figure on. (Looked for only
  // when such a subject is there.)
  let closing: boolean | undefined
  for (const a of attributions) {
    if (!a.name || (credited && a.kind === 'count')) continue
    if (a.kind === 'verb' && a.at < from && isGenericSpeaker(a.name)) {
      closing ??= closesWithSpeaker(attributions, lows, to)
      if (closing) continue
    }
    if (hasEarlier && a.at >= to && contrastBetween(lows, to, a.at)) continue
    const dist = a.at >= to ? a.at - to : from - a.at + (a.kind === 'prep' ? 4 : 0)
    if (dist < bestDist) {
      best = a
      bestDist = dist
    }
  }
  return best?.name ?? null
}

function closesWithSpeaker(attributions: Attribution[], lows: string[], to: number): boolean {
  return attributions.some(
    (a) =>
      a.name && a.kind === 'verb' && a.at >= to && lows[a.at - 1] !== ',' && commaBetween(lows, to, a.at),
  )
}

function commaBetween(lows: string[], from: number, to: number): boolean {
  if (to - from > 12 || contrastBetween(lows, from, to)) return false
  // ("…, and Red Cross volunteers said 300 …": a clause of its own, not a close.)
  for (let k = from; k < to; k++)
    if (lows[k] === ',') return lows[k + 1] !== 'and' && closesSentence(lows, to)
  return false
}

/** The verb at `at` ends its sentence, but for a time: "…, the ministry said on Sunday." */
function closesSentence(lows: string[], at: number): boolean {
  for (let k = at + 1; k < at + 5 && k < lows.length; k++) {
    if (lows[k] === '.' || lows[k] === '\n') return true
    if (
      !/^(on|in|late|early|last|this|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|afternoon)$/.test(
        lows[k],
      )
    )
      return false
  }
  return false
}
const UPPER_LETTER = /\p{Lu}/u

/** "officials", "Local authorities", "security sources": a speaker named by common nouns only. */
function isGenericSpeaker(name: string): boolean {
  const low = name.toLowerCase().split(' ')
  return !UPPER_LETTER.test(name.slice(1)) && low.every((w) => isSourceWord(w))
}

function contrastBetween(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 30; k++) if (CONTRAST.has(lows[k])) return true
  return false
}
const CONTRAST = new Set(['while', 'whereas', 'meanwhile', 'although', 'though', 'but'])
