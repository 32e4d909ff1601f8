// The earlier figure a report sets beside a new one: "Killed: 226 (up from 134 last week)", "3.7 million
// displaced, down from 4.6 million", "deaths have risen to 96, up from 50". The earlier figure counts what
// the new one counts, so it is a claim of the same metric, group, source and place; the change itself
// ("+320", "an increase of 500,000") is a difference of two tallies and no claim.

import type { DocContext } from '../assemble/index.ts'
import { CONFIDENCE } from '../confidence.ts'
import { findNumbers } from '../numbers.ts'
import { trapReason } from '../traps.ts'
import type { ExtractedClaim } from '../types.ts'

const CHANGE_WORDS = new Set(['up', 'down', 'rising', 'falling', 'increased', 'decreased', 'rose', 'fell'])
// The new figure sits this close before the change: one clause, one key-figure line.
const MAX_GAP = 12

/** Claims for "up from N", "down from N" after a figure of the same line or clause that is a claim. */
export function priorFigureClaims(doc: DocContext, claims: ExtractedClaim[]): ExtractedClaim[] {
  const { tokens, lows, text } = doc
  const out: ExtractedClaim[] = []
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!CHANGE_WORDS.has(lows[k]) || lows[k + 1] !== 'from') continue
    const [num] = findNumbers(tokens, k + 2, Math.min(tokens.length, k + 8))
    if (!num || num.from !== k + 2 || trapReason(tokens, num, k + 2, Math.min(tokens.length, k + 8))) continue
    if (lows[num.to] === '%' || lows[num.to] === 'percent') continue
    const start = tokens[k].start
    const end = tokens[num.to - 1].end
    if (claims.some((c) => c.start < end && c.end > start)) continue
    const parent = newFigure(doc, claims, k)
    if (!parent) continue
    out.push({
      ...parent,
      low: num.low,
      high: num.high,
      qualifier: num.qualifier,
      quote: text.slice(start, end),
      start,
      end,
      since: null,
      since_date: null,
      context: null,
      confidence: CONFIDENCE.keyFigure,
    })
  }
  return out
}

/** The claim just before the change word, in the same line and with no sentence end between. */
function newFigure(doc: DocContext, claims: ExtractedClaim[], k: number): ExtractedClaim | null {
  const { tokens, lows } = doc
  for (let j = k - 1; j >= 0 && j >= k - MAX_GAP; j--) {
    const at = tokens[j].start
    const hit = claims.findLast((c) => c.start <= at && c.end > at)
    if (hit) return hit
    if (tokens[j].newlines > 0 || lows[j] === '.' || lows[j] === ';') return null
  }
  return null
}
