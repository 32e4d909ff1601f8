// What a table cell holds: one figure ("1,045", "4,400+", "1.2M", "~140", ">60", "90-110", "approx. 3,000"),
// an empty mark ("-", "—", "n/a", ".."), or something else. Tables mark qualifiers with signs that prose
// spells out, so the signs are read here rather than in the number reader.

import { findNumbers, type NumberPhrase } from '../numbers.ts'
import type { Token } from '../tokens.ts'
import type { Qualifier } from '../types.ts'
import type { Cell } from './lines.ts'

// A sign or short word before the figure that qualifies it (a leading "+" is a change, not a count).
const SIGNS: ReadonlyMap<string, Qualifier> = new Map([
  ['~', 'approx'],
  ['≈', 'approx'],
  ['±', 'approx'],
  ['c', 'approx'],
  ['ca', 'approx'],
  ['approx', 'approx'],
  ['est', 'approx'],
  ['>', 'at_least'],
  ['≥', 'at_least'],
  ['<', 'at_most'],
  ['≤', 'at_most'],
])

const EMPTY = new Set([
  '-',
  '–',
  '—',
  '--',
  'n/a',
  'na',
  'n.a',
  'nil',
  'none',
  'x',
  '..',
  '...',
  '…',
  '?',
  'tbc',
  'tbd',
])

/** Whether the cell says "no figure here": blank, a dash, "n/a". */
export function isEmptyCell(tokens: Token[], c: Cell): boolean {
  if (c.to <= c.from) return true
  const written = tokens
    .slice(c.from, c.to)
    .map((t) => t.low)
    .join('')
  return EMPTY.has(written) || EMPTY.has(written.replace(/\.$/, ''))
}

/** The number a cell holds when the cell is nothing but that number, with a qualifying sign at most. */
export function cellNumber(tokens: Token[], c: Cell): NumberPhrase | null {
  if (c.to <= c.from) return null
  let from = c.from
  let sign: Qualifier | null = null
  const first = SIGNS.get(tokens[from].low)
  if (first && c.to - from > 1) {
    sign = first
    from++
    if (tokens[from].low === '.' && tokens[from - 1].kind === 'word') from++
  }
  const found = findNumbers(tokens, from, c.to)
  if (found.length !== 1) return null
  const n = found[0]
  if (n.from !== from || n.to !== c.to || !Number.isFinite(n.low) || n.low <= 0 || n.article) return null
  // "2023", "Dec 2023": a year heads a column, it is not a count.
  if (n.digits && /^(19|20)\d\d$/.test(n.digits)) return null
  if (!sign || n.qualifier !== 'exact') return sign ? { ...n, from: c.from } : n
  const high = sign === 'at_most' ? n.low : null
  return { ...n, from: c.from, qualifier: sign, high }
}

/** A figure scaled by its column's unit ("IDPs ('000)": 2,900 is 2,900,000). */
export function scaled(n: NumberPhrase, scale: number): NumberPhrase {
  if (scale === 1) return n
  return { ...n, low: n.low * scale, high: n.high === null ? null : n.high * scale }
}
