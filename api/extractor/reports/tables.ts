// Tables flattened to text and tiles (a label line over a number line: "Deaths\n36,187"). A table is a
// header (one line or two) over rows of cells, however its cells are parted: pipes, tabs, runs of spaces,
// or one cell a line (stacked.ts). Each figure cell is a claim: its metric comes from its column or row
// label, read by its words (header.ts), its quote is the cell, and the label goes to `context`. The place
// is the other label when it names one, else the caption's; the source a "Source" column, else the
// caption's or a "Source:" line's.

import type { NumberPhrase } from '../numbers.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import type { Metric, Unit } from '../types.ts'
import { cellDecimal, cellNumber, isEmptyCell, scaled } from './cells.ts'
import type { ColumnPeriod } from './column-period.ts'
import { baseLine, type CaptionMeaning, type Published, readCaption, readColumns, scaleOf } from './header.ts'
import { MAX_LABEL, readLabel } from './labels.ts'
import type { Cell, Line } from './lines.ts'
import { readRunTogether } from './run-together.ts'
import { MAX_LABEL_TOKENS as MAX_STACKED_LABEL, readStacked } from './stacked.ts'
import { labelBelow } from './tiles.ts'

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
  /** A kind of place ("Regency", "District", "Site") heads the column of row labels: the other label is
   * where the figure is, whether or not the gazetteer knows it. */
  otherIsPlace?: boolean
  /** The day a date label gives the figure, else null. */
  asOf: string | null
  /** The period its column's label names ("Since 8 Oct 2023"), else the caption's or none. */
  period?: ColumnPeriod | null
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

// A stacked table and a tile open on a label line, never longer than this.
const LONGEST_LABEL = Math.max(MAX_LABEL, MAX_STACKED_LABEL)
// A header may run over this many lines before its first row.
const MAX_HEADER_LINES = 3

export function findBlocks(
  text: string,
  tokens: Token[],
  lows: string[],
  lines: Line[],
  pub: Published = null,
): Block[] {
  const blocks: Block[] = []
  const reader = { text, tokens, lows, lines, pub }
  let i = 0
  while (i < lines.length) {
    if (lines[i].cells.length >= 2 && !titleOver(tokens, text, lines[i], lines[i + 1])) {
      let k = i + 1
      while (k < lines.length && k - i < MAX_HEADER_LINES && continuesHeader(tokens, text, lines[k])) k++
      let j = k
      while (j < lines.length && lines[j].cells.length >= 2 && !(j > k && nextHeader(tokens, lines[j]))) j++
      const block =
        (j > k ? readTable(reader, lines.slice(i, k), lines.slice(k, j), i, j) : null) ??
        (k > i + 1 && j > i + 1 ? readTable(reader, [lines[i]], lines.slice(i + 1, j), i, j) : null)
      if (block) {
        blocks.push(block)
        i = j
        continue
      }
      if (j - i >= 2) {
        i = j
        continue
      }
    }
    // Prose is passed over by the stacked-table and tile readers (neither reads a line that long); a row of
    // run-together PDF columns may be that long.
    const prose = lines[i].to - lines[i].from > LONGEST_LABEL
    const stacked = (prose ? null : readStacked(tokens, lines, i)) ?? readRunTogether(tokens, lines, i)
    const table = stacked && readTable(reader, [stacked.header], stacked.rows, i, stacked.end)
    if (table) {
      blocks.push(table)
      i = table.lastLine
      continue
    }
    const tile = prose ? null : readTile(text, tokens, lows, lines, i)
    if (tile) {
      blocks.push(tile)
      i = tile.lastLine
      continue
    }
    i++
  }
  return blocks
}

/**
 * "BNPB | Flood and landslide report, Central Java (10 January 2025)" over "Regency | Deaths | …": a title
 * parted by a pipe is the table's caption, not a group label over its columns; a label is never that long.
 */
function titleOver(tokens: Token[], text: string, line: Line, next: Line | undefined): boolean {
  if (!next || next.cells.length <= line.cells.length || !continuesHeader(tokens, text, next)) return false
  return line.cells.some((c) => c.to - c.from > MAX_LABEL)
}

/** A second header line: no figure in it, and cells of its own or set in under the first line's. */
function continuesHeader(tokens: Token[], text: string, line: Line): boolean {
  if (line.cells.some((c) => cellNumber(tokens, c))) return false
  if (line.cells.length >= 2) return true
  const start = tokens[line.from].start
  return start > 0 && text[start - 1] === ' '
}

interface Reader {
  text: string
  tokens: Token[]
  lows: string[]
  lines: Line[]
  pub: Published
}

const SUB_COUNT = new Set(['of', 'incl', 'including', 'among', 'o/w'])

// Headers of columns that hold the change between two tallies ("Change (7 days)", "+/-"): no claims.
const CHANGE_HEADS = new Set(['change', 'changes', 'difference', 'diff', 'variation', 'trend', 'delta', 'δ'])

function changeColumns(lows: string[], header: Line[]): Set<number> {
  const out = new Set<number>()
  header[baseLine(header)].cells.forEach((c, k) => {
    if (c.to > c.from && CHANGE_HEADS.has(lows[c.from])) out.add(k)
  })
  return out
}

// Corner labels that say the rows are places; a row's label is then its place even when no gazetteer knows
// it ("Pekalongan", "Malakal PoC").
const PLACE_HEADS = new Set(
  `site sites camp camps location locations place area areas district districts province provinces region
  regions regency state states county counties municipality municipalities governorate governorates woreda
  lga territory department commune settlement settlements barangay prefecture zone city town village
  oblast payam upazila tehsil`.split(/\s+/),
)
const TOTAL_ROWS = new Set(['total', 'totals', 'overall', 'grand', 'all', 'sum'])
// Corner labels naming where displaced people stay: the people a site table counts are displaced.
const SITE_HEADS = new Set(['site', 'sites', 'camp', 'camps'])

function cornerCaption(lows: string[], corner: Cell | undefined): CaptionMeaning | null {
  return corner && SITE_HEADS.has(lows[corner.from]) ? { metric: 'displaced', cls: 'people' } : null
}

/** A line of labels alone after a blank line: the header of the next table, not a row of this one. */
function nextHeader(tokens: Token[], line: Line): boolean {
  return tokens[line.from].newlines > 1 && line.cells.every((c) => !cellNumber(tokens, c))
}

function readTable(r: Reader, header0: Line[], rows0: Line[], first: number, end: number): Block | null {
  const { text, tokens, lows, lines, pub } = r
  // "Health facilities damaged   People displaced" over "9   4,560": no column of row labels, every cell a
  // figure. An empty label cell before each line lets the first column be read as a figure column.
  const bare =
    rows0.every((row) => row.cells.length === header0[0].cells.length && cellNumber(tokens, row.cells[0])) &&
    header0.every((l) => l.cells.length === header0[0].cells.length && !cellNumber(tokens, l.cells[0]))
  const pad = (l: Line): Line => ({ ...l, cells: [{ from: l.from, to: l.from }, ...l.cells] })
  const header = bare ? header0.map(pad) : header0
  const rows = bare ? rows0.map(pad) : rows0
  // A table's body is mostly bare numbers; "Killed: 45 | Injured: 120" lines are key figures, not a table.
  // Columns of words alone ("state", "incident_type" in an export) name the row, like its first cell.
  let numeric = 0
  let total = 0
  const changes = changeColumns(lows, header)
  const figures = new Map<number, number>()
  const cells = new Map<number, number>()
  for (const row of rows) {
    for (const [k, c] of row.cells.entries()) {
      if (k === 0 || changes.has(k) || isEmptyCell(tokens, c)) continue
      cells.set(k, (cells.get(k) ?? 0) + 1)
      if (cellNumber(tokens, c) || cellDecimal(tokens, c)) figures.set(k, (figures.get(k) ?? 0) + 1)
    }
  }
  for (const [k, n] of cells) {
    const f = figures.get(k) ?? 0
    if (f === 0 && cells.size > 1) continue
    total += n
    numeric += f
  }
  if (total === 0 || numeric * 2 < total) return null
  const read = (caption: CaptionMeaning | null, rowCaption: CaptionMeaning | null = null) => ({
    cols: readColumns(text, tokens, header, pub, caption),
    rowLabels: rows.map(
      (row) => readColumns(text, tokens, [{ ...row, cells: [row.cells[0]] }], pub, rowCaption)[0],
    ),
  })
  let { cols, rowLabels } = read(null)
  // "IDPs" then "of whom children": a sub-count row counts what the row above it does.
  rowLabels.forEach((l, ri) => {
    const above = rowLabels[ri - 1]?.meaning
    const m = l.meaning
    if (!above?.metric || !m || m.metric || !SUB_COUNT.has(lows[rows[ri].cells[0].from])) return
    l.meaning = { ...m, metric: above.metric }
  })
  let byColumn = cols.slice(1).filter((l) => l.meaning?.metric).length
  let byRow = rowLabels.filter((l) => l.meaning?.metric).length
  const top = header[baseLine(header)].cells
  // Labels that name only whom they count ("Households", "Persons"), or days: the caption above says what
  // happened to them, or the corner does ("Site name": people counted at a site are displaced there).
  const unread = cols.slice(1).some((l) => l.text && !l.meaning?.metric)
  if ((byColumn === 0 && byRow === 0) || (unread && byColumn >= byRow)) {
    const caption =
      readCaption(tokens, lows, lines.slice(Math.max(0, first - 2), first)) ?? cornerCaption(lows, top[0])
    if (caption) {
      cols = read(caption).cols
      byColumn = cols.slice(1).filter((l) => l.meaning?.metric).length
      // Places across the top, "Individuals" and "Households" down the side: the caption says what
      // befell the rows' people.
      if (byColumn === 0 && byRow === 0) {
        rowLabels = read(null, caption).rowLabels
        byRow = rowLabels.filter((l) => l.meaning?.metric).length
      }
    }
    if (byColumn === 0 && byRow === 0) return null
  }
  const columns = byColumn >= byRow
  const colMeaning = cols.map((l, k) => (k === 0 ? null : l.meaning))
  const otherIsPlace = columns && PLACE_HEADS.has(lows[top[0]?.from ?? -1])
  const otherIsSource = lows[top[0]?.from ?? -1] === 'source' && top[0].to - top[0].from === 1
  // "Estimated IDPs by region (thousands)": a unit the caption gives holds for every column.
  const above = lines[first - 1]
  const captionScale =
    above && above.cells.length === 1
      ? scaleOf(text.slice(tokens[above.from].start, tokens[above.to - 1].end))
      : 1
  const claims: CellClaim[] = []
  rows.forEach((row, ri) => {
    // "HT0721 | Les Anglais | …": past a code, the next cell names the row.
    const named =
      /\d/.test(cellText(text, tokens, row.cells[0])) &&
      row.cells.length > 2 &&
      !cellNumber(tokens, row.cells[1])
    const rowLabel = cellText(text, tokens, row.cells[named ? 1 : 0])
    for (let k = 1; k < row.cells.length; k++) {
      const cell = row.cells[k]
      // A row of metrics may be one cell shorter than the header when the corner cell is empty.
      const col = top.length === row.cells.length ? k : k - (row.cells.length - top.length)
      const meaning = columns ? colMeaning[col] : rowLabels[ri].meaning
      if (!meaning?.metric || !cols[col] || changes.has(col)) continue
      const own = cols[col].scale * rowLabels[ri].scale
      const scale = own === 1 ? captionScale : own
      const num = cellNumber(tokens, cell) ?? (scale > 1 ? cellDecimal(tokens, cell) : null)
      if (!num) continue
      claims.push({
        num: scaled(num, scale),
        metric: meaning.metric,
        unit: meaning.unit,
        who: meaning.who,
        from: num.from,
        to: num.to,
        context: (columns ? cols[col].text : rowLabel) || null,
        other: columns ? rowLabel || null : cols[col].text,
        otherIsSource: columns && otherIsSource,
        otherIsPlace: otherIsPlace && !TOTAL_ROWS.has(lows[row.cells[named ? 1 : 0].from]),
        asOf: cols[col].asOf ?? rowLabels[ri].asOf,
        period: cols[col].period,
      })
    }
  })
  if (claims.length === 0) return null
  return { from: header[0].from, to: rows[rows.length - 1].to, firstLine: first, lastLine: end, claims }
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
    if (!num || labelBelow(tokens, lows, n.from)) break
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
      asOf: null,
    })
    k += 2
  }
  if (claims.length === 0) return null
  return { from: lines[first].from, to: lines[k - 1].to, firstLine: first, lastLine: k, claims }
}
