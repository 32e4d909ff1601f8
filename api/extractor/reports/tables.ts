// Tables flattened to text ("Province | Deaths | Injured" then a row a line, or tab-separated) and tiles
// (a label line over a number line: "Deaths\n36,187"). Each figure cell is a claim: its metric comes from
// its column or row label, its quote is the cell, and the label goes to `context`. The place is the other
// label when it names one, else the caption's; the source a "Source" column, else the caption's or a
// "Source:" line's.

import { findNumbers, type NumberPhrase } from '../numbers.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import type { Metric, Unit } from '../types.ts'
import { type LabelMeaning, readLabel } from './labels.ts'
import type { Cell, Line } from './lines.ts'

export interface CellClaim {
  num: NumberPhrase
  metric: Metric
  unit: Unit
  who: string
  /** Token span of the quote. */
  from: number
  to: number
  context: string | null
  /** The other label of the cell (a row's place, month or source), as written. */
  other: string | null
  /** "Source" heads the column of row labels: the other label is who gave the figure. */
  otherIsSource: boolean
}

export interface Block {
  /** Token span of the table or tile itself, caption excluded. */
  from: number
  to: number
  /** Index of its first and after its last line. */
  firstLine: number
  lastLine: number
  claims: CellClaim[]
}

const cellText = (text: string, tokens: Token[], c: Cell) =>
  c.to > c.from ? text.slice(tokens[c.from].start, tokens[c.to - 1].end) : ''

/** The number a cell holds when the cell is nothing but that number ("1,045", "4,400+", "1.2M"). */
function cellNumber(tokens: Token[], c: Cell): NumberPhrase | null {
  if (c.to <= c.from) return null
  const found = findNumbers(tokens, c.from, c.to)
  if (found.length !== 1) return null
  const n = found[0]
  if (n.from !== c.from || n.to !== c.to || !Number.isFinite(n.low) || n.low <= 0 || n.article) return null
  // "2023", "Dec 2023": a year heads a column, it is not a count.
  if (n.digits && /^(19|20)\d\d$/.test(n.digits)) return null
  return n
}

export function findBlocks(text: string, tokens: Token[], lows: string[], lines: Line[]): Block[] {
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    let j = i
    while (j < lines.length && lines[j].cells.length >= 2) j++
    if (j - i >= 2) {
      const block = readTable(text, tokens, lows, lines, i, j)
      if (block) blocks.push(block)
      i = j
      continue
    }
    const tile = readTile(text, tokens, lows, lines, i)
    if (tile) {
      blocks.push(tile)
      i = tile.lastLine
      continue
    }
    i++
  }
  return blocks
}

function readTable(
  text: string,
  tokens: Token[],
  lows: string[],
  lines: Line[],
  first: number,
  end: number,
): Block | null {
  const header = lines[first].cells
  const rows = lines.slice(first + 1, end)
  // A table's body is mostly bare numbers; "Killed: 45 | Injured: 120" lines are key figures, not a table.
  let numeric = 0
  let total = 0
  for (const r of rows) {
    for (const c of r.cells.slice(1)) {
      total++
      if (cellNumber(tokens, c)) numeric++
    }
  }
  if (total === 0 || numeric * 2 < total) return null
  const label = (c: Cell | undefined): LabelMeaning | null =>
    c ? readLabel(tokens, lows, c.from, c.to) : null
  const colLabels = header.map((c) => label(c))
  const rowLabels = rows.map((r) => label(r.cells[0]))
  const byColumn = colLabels.slice(1).filter((l) => l?.metric).length
  const byRow = rowLabels.filter((l) => l?.metric).length
  if (byColumn === 0 && byRow === 0) return null
  const columns = byColumn >= byRow
  // "Households" beside "IDPs": a column that names only whom it counts takes the metric to its left.
  let carried: LabelMeaning | null = null
  const colMeaning = colLabels.map((l, k) => {
    if (k === 0) return null
    if (l?.metric) carried = l
    return l?.metric ? l : l && carried ? { ...l, metric: carried.metric } : null
  })
  const otherIsSource = lows[header[0]?.from ?? -1] === 'source' && header[0].to - header[0].from === 1
  const claims: CellClaim[] = []
  for (const r of rows) {
    const rowLabel = cellText(text, tokens, r.cells[0])
    for (let k = 1; k < r.cells.length; k++) {
      const cell = r.cells[k]
      const num = cellNumber(tokens, cell)
      // A row of metrics may be one cell shorter than the header when the corner cell is empty.
      const col = header.length === r.cells.length ? k : k - (r.cells.length - header.length)
      const meaning = columns ? colMeaning[col] : rowLabels[rows.indexOf(r)]
      if (!num || !meaning?.metric) continue
      const labelCell = columns ? header[col] : r.cells[0]
      claims.push({
        num,
        metric: meaning.metric,
        unit: meaning.unit,
        who: meaning.who,
        from: cell.from,
        to: cell.to,
        context: cellText(text, tokens, labelCell) || null,
        other: columns ? rowLabel || null : cellText(text, tokens, header[col]) || null,
        otherIsSource: columns && otherIsSource,
      })
    }
  }
  if (claims.length === 0) return null
  return { from: lines[first].from, to: lines[end - 1].to, firstLine: first, lastLine: end, claims }
}

/** "Deaths\n36,187\nInjuries\n108,068": label lines each over a line holding one number. */
function readTile(text: string, tokens: Token[], lows: string[], lines: Line[], first: number): Block | null {
  const claims: CellClaim[] = []
  let k = first
  while (k + 1 < lines.length) {
    const l = lines[k]
    const n = lines[k + 1]
    // A label line in lower case goes with the figure above it ("24\ndeaths confirmed"): prose's to read.
    if (!isCapitalized(tokens[l.from])) break
    const meaning = readLabel(tokens, lows, l.from, l.to)
    if (!meaning?.metric) break
    const num = cellNumber(tokens, { from: n.from, to: n.to })
    if (!num) break
    claims.push({
      num,
      metric: meaning.metric,
      unit: meaning.unit,
      who: meaning.who,
      from: n.from,
      to: n.to,
      context: text.slice(tokens[l.from].start, tokens[l.to - 1].end),
      other: null,
      otherIsSource: false,
    })
    k += 2
  }
  if (claims.length === 0) return null
  return { from: lines[first].from, to: lines[k - 1].to, firstLine: first, lastLine: k, claims }
}
