// A table's "Source" column past its first ("| Governorate | Killed | Injured | Source |", a CSV's last
// field "source"): the row's cell there is who gave that row's figures, over any caption or credit line.
// A "Source" first column is the row label (tables.ts).

import type { Token } from '../tokens.ts'
import type { ExtractedClaim } from '../types.ts'
import { cellNumber } from './cells.ts'
import type { Line } from './lines.ts'
import type { Block } from './tables.ts'

const SOURCE_HEADS = new Set([
  'source',
  'sources',
  'data source',
  'source of data',
  'reported by',
  'reported_by',
  'source_name',
  'fuentes de datos',
  'fuente de datos',
  'المصدر',
  'fuente',
  'fuentes',
])
const HEADER_LINES = 3
// "as reported by the regional governor" in the cell names the governor.
const CREDIT_LEAD = /^(?:as )?(?:reported by|according to|per) (?:the )?/i

export function columnSources(
  text: string,
  tokens: Token[],
  lines: Line[],
  blocks: Block[],
  claims: Pick<ExtractedClaim, 'start' | 'source'>[],
): void {
  if (blocks.length === 0) return // (before the closure: making one costs a defineProperty of its name)
  const cellText = (from: number, to: number) =>
    to > from ? text.slice(tokens[from].start, tokens[to - 1].end) : ''
  for (const b of blocks) {
    let column = -1
    let width = 0
    for (let i = b.firstLine; i < Math.min(b.lastLine, b.firstLine + HEADER_LINES) && column < 0; i++) {
      const cells = lines[i].cells
      column = cells.findIndex((c, k) => k > 0 && SOURCE_HEADS.has(cellText(c.from, c.to).toLowerCase()))
      width = cells.length
    }
    if (column < 0) continue
    const start = tokens[b.from].start
    const end = tokens[b.to - 1].end
    for (const c of claims) {
      if (c.start < start || c.start >= end) continue
      const line = lines.find((l) => tokens[l.from].start <= c.start && c.start < tokens[l.to - 1].end)
      const cell = line && line.cells.length === width ? line.cells[column] : null
      if (!cell || cell.to <= cell.from || cellNumber(tokens, cell)) continue
      c.source = cellText(cell.from, cell.to).replace(CREDIT_LEAD, '')
    }
  }
}
