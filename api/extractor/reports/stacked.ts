// Tables whose cells come one a line, as PDF extraction leaves them: the header's labels, then each row's
// label and its figures ("Locality\nKilled\nInjured\nEl Fasher\n226\n1,418\nKutum\n19\n57"). Read back into
// lines of cells, so the one table reader handles them.

import type { Token } from '../tokens.ts'
import { cellNumber, isEmptyCell } from './cells.ts'
import type { Line } from './lines.ts'

export interface Stacked {
  header: Line
  rows: Line[]
  /** Index of the line after the table. */
  end: number
}

// A label a line: longer lines are prose, and no header runs longer than this.
export const MAX_LABEL_TOKENS = 8
const MAX_HEADER = 12

const single = (l: Line | undefined) => l !== undefined && l.cells.length === 1
const isLabel = (tokens: Token[], l: Line | undefined) =>
  single(l) &&
  l !== undefined &&
  l.to - l.from <= MAX_LABEL_TOKENS &&
  !cellNumber(tokens, l.cells[0]) &&
  !isEmptyCell(tokens, l.cells[0])
// A figure's line is short ("1,418", "~3,000", "4,400+"): prose lines are passed over without a read.
const MAX_FIGURE_TOKENS = 4
const isFigure = (tokens: Token[], l: Line | undefined) =>
  single(l) &&
  l !== undefined &&
  l.to - l.from <= MAX_FIGURE_TOKENS &&
  cellNumber(tokens, l.cells[0]) !== null
// A cell with no figure ("-", "n/a") still holds its place in the row.
const isSlot = (tokens: Token[], l: Line | undefined) =>
  isFigure(tokens, l) ||
  (single(l) && l !== undefined && l.to - l.from <= MAX_FIGURE_TOKENS && isEmptyCell(tokens, l.cells[0]))

/** A page's running header or footer cut into the table ("Flash Report | Page 3", "4 of 9"). */
function isPageFurniture(tokens: Token[], l: Line | undefined): boolean {
  if (!l) return false
  for (let k = l.from; k + 1 < l.to; k++) {
    if (tokens[k].low === 'page' && tokens[k + 1].kind === 'num') return true
    if (tokens[k].kind === 'num' && tokens[k + 1].low === 'of' && tokens[k + 2]?.kind === 'num') return true
  }
  return false
}

/** A stacked table starting at line `first`, or null. */
export function readStacked(tokens: Token[], lines: Line[], first: number): Stacked | null {
  if (!isLabel(tokens, lines[first])) return null
  let k = first
  while (isLabel(tokens, lines[k]) && k - first <= MAX_HEADER) k++
  let n = k
  while (isSlot(tokens, lines[n])) n++
  const width = n - k
  // The labels are the header's (with or without a corner label) and the first row's.
  const headerCount = k - first - 1
  if (width < 2 || (headerCount !== width && headerCount !== width + 1)) return null
  const rows: Line[] = []
  let at = k - 1
  for (;;) {
    if (rows.length > 0 && isPageFurniture(tokens, lines[at]) && isLabel(tokens, lines[at + 1])) at++
    if (!isLabel(tokens, lines[at])) break
    let j = at + 1
    while (j <= at + width && isSlot(tokens, lines[j])) j++
    if (j !== at + width + 1) break
    const cells = lines.slice(at, j).map((l) => l.cells[0])
    rows.push({ from: lines[at].from, to: lines[j - 1].to, cells })
    at = j
  }
  if (rows.length < 2) return null
  const labels = lines.slice(first, k - 1).map((l) => l.cells[0])
  const corner = headerCount === width ? [{ from: lines[first].from, to: lines[first].from }] : []
  const header = { from: lines[first].from, to: lines[k - 2].to, cells: [...corner, ...labels] }
  return { header, rows, end: at }
}
