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

// "0" too: a zero cell counts no one, as a dash does (claims-format.md has no claim of zero).
const EMPTY = new Set([
  '0',
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

// Marks set on a figure that are no part of it: footnote calls ("412*", "96¹") and Markdown emphasis.
const FOOTNOTES = new Set(['*', '†', '‡', '§', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
const EMPHASIS = new Set(['*', '_'])
const CHANGE_SIGNS = new Set(['+', '-', '−', '▲', '▼', '↑', '↓'])

/**
 * The cell without its marks: "**40**", "412*", "96(a)", "1,021 (74%)" (a share of the column's total
 * in brackets), "2,900 (+127)" all hold the one figure.
 */
function unmarked(tokens: Token[], c: Cell): Cell {
  let { from, to } = c
  while (to - from > 2 && EMPHASIS.has(tokens[from].low) && tokens[to - 1].low === tokens[from].low) {
    from++
    to--
  }
  while (to - from > 1) {
    const last = tokens[to - 1]
    if (FOOTNOTES.has(last.low) && !last.space) {
      to--
      continue
    }
    if (last.low !== ')' || to - from < 4) break
    const open = tokens[to - 3].low === '(' ? to - 3 : tokens[to - 4]?.low === '(' ? to - 4 : -1
    if (open <= from) break
    const inner = tokens.slice(open + 1, to - 1)
    const call = inner.length === 1 && !tokens[open].space && /^([a-z]|[ivx]{1,3})$/.test(inner[0].low)
    const share = inner.length === 2 && inner[0].kind === 'num' && inner[1].low === '%'
    // "2,900 (+127)": the change since the last report, beside the figure.
    const change = inner.length === 2 && CHANGE_SIGNS.has(inner[0].low) && inner[1].kind === 'num'
    if (!call && !share && !change) break
    to = open
  }
  return { from, to }
}

/** The number a cell holds when the cell is nothing but that number, with a qualifying sign at most. */
export function cellNumber(tokens: Token[], cell: Cell): NumberPhrase | null {
  if (cell.to <= cell.from) return null
  const c = unmarked(tokens, cell)
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

/**
 * A decimal cell ("412.5", "2,380.4"), which counts people only in a column of thousands or millions:
 * read there alone, never as a count of its own.
 */
export function cellDecimal(tokens: Token[], cell: Cell): NumberPhrase | null {
  const c = unmarked(tokens, cell)
  if (c.to - c.from !== 1) return null
  const t = tokens[c.from]
  if (t.kind !== 'num' || !/^(\d{1,3}(,\d{3})+|\d+)\.\d{1,2}$/.test(t.low)) return null
  const low = Number(t.low.replace(/,/g, ''))
  if (!(low > 0)) return null
  const base = { from: c.from, coreFrom: c.from, to: c.to, article: false, fuzzy: false, digits: t.low }
  return { ...base, low, high: low, qualifier: 'exact' }
}

/** A figure scaled by its column's unit ("IDPs ('000)": 2,900 is 2,900,000). */
export function scaled(n: NumberPhrase, scale: number): NumberPhrase {
  if (scale === 1) return n
  return { ...n, low: n.low * scale, high: n.high === null ? null : n.high * scale }
}
