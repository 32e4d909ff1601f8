// A key-figures box credited by the line after it: "KEY FIGURES\n• 2,448 killed\n• 11,471 injured\n\nAccording
// to the Ministry of Public Health, strikes continued ...". The credit line gives no figure of its own and
// opens on the credit, so it speaks of the items just above it, not of what it goes on to say.

import { firstStartingAt } from '../sorted.ts'
import { readSourceAfter } from '../sources.ts'
import type { Token } from '../tokens.ts'
import type { ExtractedClaim } from '../types.ts'
import type { Line } from './lines.ts'

const FIGURE_NOUNS = new Set(['figures', 'data', 'numbers', 'statistics', 'tolls'])
const BOX_LINES = 16

/** Credits the box above each "According to X, ..." line with X, where the box's figures name no one. */
export function creditBoxes(tokens: Token[], lows: string[], lines: Line[], claims: ExtractedClaim[]): void {
  if (claims.length === 0) return
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  for (let i = 1; i < lines.length; i++) {
    const at = creditStart(lows, lines[i])
    if (at < 0) continue
    const line = lines[i]
    const lineStart = tokens[line.from].start
    const own = firstStartingAt(sorted, lineStart)
    if (own < sorted.length && sorted[own].start < tokens[line.to - 1].end) continue
    const name = readSourceAfter(tokens, lows, at, line.to)
    if (!name) continue
    const top = boxTop(tokens, lows, lines, i)
    if (top === i) continue
    for (let k = firstStartingAt(sorted, tokens[lines[top].from].start); k < own; k++)
      sorted[k].source ??= name
  }
}

/** Where the credited name starts: "According to X", "The figures are according to X"; -1 for no credit. */
function creditStart(lows: string[], line: Line): number {
  let k = line.from
  if (lows[k] === 'the' || lows[k] === 'these' || lows[k] === 'all') k++
  if (FIGURE_NOUNS.has(lows[k])) {
    k++
    if (lows[k] === 'are' || lows[k] === 'is' || lows[k] === 'were') k++
  } else if (k > line.from) return -1
  return lows[k] === 'according' && lows[k + 1] === 'to' && k + 2 < line.to ? k + 2 : -1
}

/**
 * The first line of the box just above line `i`: items that do not end as sentences do, up to a blank
 * line (one blank line may part the box from its credit) or a sentence. `i` when there is no box.
 */
function boxTop(tokens: Token[], lows: string[], lines: Line[], i: number): number {
  let top = i
  for (let j = i - 1; j >= 0 && i - j <= BOX_LINES; j--) {
    const l = lines[j]
    if (l.to <= l.from || lows[l.to - 1] === '.') break
    top = j
    if (tokens[l.from].newlines > 1) break
  }
  return top
}
