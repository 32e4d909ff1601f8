// Lines and cells of a text, over tokens: what report layouts (tables, tiles) are read from. A cell ends at
// a "|", or at a tab or two spaces in the whitespace between two tokens (HTML tables come out of
// api/text/article-text.ts with columns two spaces apart); a tab at the start of a line is an empty cell.
// In a comma- or semicolon-separated export (csv.ts) a comma or a semicolon parts cells.
// Rules drawn between a table's lines ("|---|---|", "+-----+----+") are not lines: they part nothing.

import type { Token } from '../tokens.ts'
import { csvRanges, inRanges, semicolonRanges } from './csv.ts'

export interface Cell {
  /** Token span; from === to for an empty cell. */
  from: number
  to: number
}

export interface Line {
  from: number
  to: number
  cells: Cell[]
  /** One item of a list run along a line (list-lines.ts), not a whole line of the text. */
  segment?: boolean
}

export function splitLines(text: string, tokens: Token[]): Line[] {
  const lines: Line[] = []
  // Most texts have neither pipes nor tabs: their lines are one cell each, found without a scan.
  const csv = text.includes(',') ? csvRanges(text) : []
  const semi = semicolonRanges(text)
  const celled =
    text.includes('|') ||
    text.includes('\t') ||
    text.includes('  ') ||
    text.includes('</t') ||
    csv.length > 0 ||
    semi.length > 0
  let start = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].newlines > 0) {
      if (isRule(tokens, start, i)) {
        start = i
        continue
      }
      const at = tokens[start].start
      const sep =
        csv.length > 0 && inRanges(csv, at) ? ',' : semi.length > 0 && inRanges(semi, at) ? ';' : null
      const cells = celled ? cellsOf(text, tokens, start, i, sep) : [{ from: start, to: i }]
      lines.push({ from: start, to: i, cells })
      start = i
    }
  }
  return lines
}

const RULE = new Set(['-', '=', '+', '|', '_', ':', '~', '*', '—', '–'])

function isRule(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3) return false
  for (let k = from; k < to; k++) if (!RULE.has(tokens[k].low)) return false
  return true
}

/** A tab, or two spaces in a row, between two tokens of one line. */
function cellGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 9 || (c === 32 && text.charCodeAt(k + 1) === 32 && k + 1 < to)) return true
  }
  return false
}

function cellsOf(text: string, tokens: Token[], from: number, to: number, sep: string | null = null): Cell[] {
  const cells: Cell[] = []
  let cellFrom = from
  // A tab after the line's newline opens with an empty cell (a table's top-left corner).
  const lineStart = from > 0 ? tokens[from - 1].end : 0
  if (from < to && /\n[ ]*\t/.test(text.slice(lineStart, tokens[from].start))) cells.push({ from, to: from })
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (t.low === '|' || t.low === sep) {
      if (k > cellFrom || cells.length > 0) cells.push({ from: cellFrom, to: k })
      cellFrom = k + 1
      continue
    }
    if (k > cellFrom && cellGap(text, tokens[k - 1].end, t.start)) {
      cells.push({ from: cellFrom, to: k })
      cellFrom = k
    }
  }
  if (cellFrom < to) cells.push({ from: cellFrom, to })
  return cells
}
