// Tables whose columns ran together when a PDF was turned into text: single spaces everywhere, so a line
// is one cell ("District Deaths Injured Houses destroyed" over "Zindajan 1,294 1,688 1,980"). The rows say
// how many figure columns there are (each ends in the same number of figures); the header's capitalised
// words say where each label starts ("Houses destroyed" is one label). Read back into lines of cells, so
// the one table reader handles them.

import { isCapitalized, type Token } from '../tokens.ts'
import { cellNumber, isEmptyCell } from './cells.ts'
import type { Cell, Line } from './lines.ts'
import type { Stacked } from './stacked.ts'

const MAX_HEADER_TOKENS = 12

/** The figures that end a one-cell line, each one token, and the cell of words before them. */
function rowCells(tokens: Token[], l: Line): Cell[] | null {
  if (l.cells.length !== 1) return null
  // From the line's end back: one-token figures, and "n/a" or "-" for a figure not given.
  const figures: Cell[] = []
  let k = l.to
  while (k > l.from) {
    const width = isFigure(tokens, k - 1) ? 1 : k - 3 > l.from && notGiven(tokens, k - 3, k) ? 3 : 0
    if (width === 0) break
    figures.unshift({ from: k - width, to: k })
    k -= width
  }
  if (k === l.from || figures.length < 2) return null
  for (let j = l.from; j < k; j++) if (tokens[j].kind === 'num') return null
  return [{ from: l.from, to: k }, ...figures]
}

/** "n/a" closing a row of figures: three tokens that say the figure is not given. */
const notGiven = (tokens: Token[], from: number, to: number) =>
  tokens[from].kind === 'word' && isEmptyCell(tokens, { from, to })

const isFigure = (tokens: Token[], k: number) =>
  tokens[k].kind === 'num' &&
  (cellNumber(tokens, { from: k, to: k + 1 }) !== null || isEmptyCell(tokens, { from: k, to: k + 1 }))

/** The header's labels: a new one at each capitalised word; null unless there are `count` of them. */
function headerCells(tokens: Token[], l: Line, count: number): Cell[] | null {
  if (l.cells.length !== 1 || l.to - l.from > MAX_HEADER_TOKENS) return null
  const cells: Cell[] = []
  for (let k = l.from; k < l.to; k++) {
    const t = tokens[k]
    if (t.kind === 'num') return null
    if (t.kind !== 'word') continue
    if (isCapitalized(t) || cells.length === 0) cells.push({ from: k, to: k + 1 })
    else cells[cells.length - 1].to = k + 1
  }
  return cells.length === count ? cells : null
}

/** A run-together table whose header is line `first`, or null. */
export function readRunTogether(tokens: Token[], lines: Line[], first: number): Stacked | null {
  const next = lines[first + 1]
  const firstRow = next && rowCells(tokens, next)
  if (!firstRow) return null
  const width = firstRow.length
  const cells = headerCells(tokens, lines[first], width)
  if (!cells) return null
  const rows: Line[] = []
  let at = first + 1
  for (; at < lines.length; at++) {
    const row = rowCells(tokens, lines[at])
    if (!row || row.length !== width) break
    rows.push({ from: lines[at].from, to: lines[at].to, cells: row })
  }
  if (rows.length < 2) return null
  return { header: { from: lines[first].from, to: lines[first].to, cells }, rows, end: at }
}

/** How many separate figure tokens end the line of tokens [from, to). */
function trailingFigures(tokens: Token[], from: number, to: number): number {
  let k = to
  while (k > from && tokens[k - 1].kind === 'num' && !tokens[k - 1].text.includes(' ')) k--
  return to - k
}

/** How many figures end the line of tokens [from, to) when each group of a grouped number counts as one. */
function trailingGroups(tokens: Token[], from: number, to: number): { groups: number; first: number } {
  let k = to
  let groups = 0
  while (k > from && tokens[k - 1].kind === 'num') groups += tokens[--k].text.split(' ').length
  return { groups, first: k }
}

/**
 * "Gulran 16 341 426" between "Zindajan 1,294 1,688 1,980" and "Injil 8 117 215", "Jigawa 92 120 56,227
 * 6,510" over "Anambra 56 34 198,400 11,200": the tokenizer reads digits parted by single spaces as one
 * grouped number, but a line ending in as many groups as the lines around it end in figures is a row of
 * that many cells. Split back, each part keeping its offsets.
 */
export function splitColumnFigures(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'num' && t.text.includes(' '))) return tokens
  const starts: number[] = []
  tokens.forEach((t, k) => {
    if (k === 0 || t.newlines > 0) starts.push(k)
  })
  starts.push(tokens.length)
  const out: Token[] = []
  // The line above as it was cut: a row split here counts its figures for the row under it.
  let above = -1
  for (let l = 0; l + 1 < starts.length; l++) {
    const from = starts[l]
    const to = starts[l + 1]
    const run = trailingGroups(tokens, from, to)
    const grouped = tokens.slice(run.first, to).some((t) => t.text.includes(' '))
    const below = l + 2 < starts.length ? trailingFigures(tokens, starts[l + 1], starts[l + 2]) : -1
    const split =
      grouped &&
      run.first > from &&
      tokens[from].kind === 'word' &&
      (run.groups === above || run.groups === below)
    above = split ? run.groups : trailingFigures(tokens, from, to)
    for (let k = from; k < to; k++) {
      const t = tokens[k]
      if (!split || k < run.first || !t.text.includes(' ')) {
        out.push(t)
        continue
      }
      let at = t.start
      t.text.split(' ').forEach((g, n) => {
        const start = t.text.indexOf(g, at - t.start) + t.start
        out.push({
          ...t,
          text: g,
          low: g,
          start,
          end: start + g.length,
          newlines: n === 0 ? t.newlines : 0,
          space: n > 0 || t.space,
        })
        at = start + g.length
      })
    }
  }
  return out
}
