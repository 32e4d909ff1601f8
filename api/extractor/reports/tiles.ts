// Which way a run of tiles reads: "Deaths\n130\nMissing\n600" has its labels above the figures, "24\ndeaths
// confirmed\n\n12,000+\nstructures destroyed" below. A run alternates short label lines and lone figures
// (blank lines between or not); the first of them that counts something says which way the run reads.

import type { Token } from '../tokens.ts'
import { MONTH_NUMBERS } from '../words.ts'
import { cellNumber } from './cells.ts'
import { readLabel } from './labels.ts'

const MAX_LABEL_TOKENS = 8
const MAX_FIGURE_TOKENS = 6

type Kind = 'figure' | 'label' | null

/** Whether the number at k is a day or year beside a month's name ("26 Jan", "March 2024"). */
function inDate(tokens: Token[], k: number, from: number, to: number): boolean {
  const month = (j: number) => j >= from && j < to && MONTH_NUMBERS.has(tokens[j].low)
  return month(k - 1) || month(k + 1)
}

function lineEnd(tokens: Token[], from: number): number {
  let k = from + 1
  while (k < tokens.length && tokens[k].newlines === 0) k++
  return k
}

function prevLine(tokens: Token[], from: number): number {
  let k = from - 1
  while (k > 0 && tokens[k].newlines === 0) k--
  return k
}

function kindOf(tokens: Token[], from: number, to: number): Kind {
  if (to - from <= MAX_FIGURE_TOKENS && cellNumber(tokens, { from, to })) return 'figure'
  if (to - from > MAX_LABEL_TOKENS) return null
  // A label may end on a date: "Newly displaced since 26 Jan".
  for (let k = from; k < to; k++) if (tokens[k].kind === 'num' && !inDate(tokens, k, from, to)) return null
  return 'label'
}

/** Whether the lone figure on the line starting at token `at` takes its label from the line below. */
export function labelBelow(tokens: Token[], lows: string[], at: number): boolean {
  let first = at
  let kind: Kind = 'figure'
  for (let from = at; from > 0; ) {
    const prev = prevLine(tokens, from)
    const k = kindOf(tokens, prev, from)
    if (!k || k === kind) break
    first = prev
    kind = k
    from = prev
  }
  // A heading over the run ("KEY FIGURES", "Hurricane Helene") counts nothing: the line after it decides.
  if (kind === 'label' && !readLabel(tokens, lows, first, lineEnd(tokens, first))?.metric) return true
  return kind === 'figure'
}
