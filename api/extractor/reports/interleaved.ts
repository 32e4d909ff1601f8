// Key figures of a sidebar that PDF extraction interleaved with the prose column beside it, line by line:
// "Attacks ... continued in\n582,000\nMacomia and Muidumbe districts during February,\ninternally displaced
// persons\nforcing families to flee ...". The figure stands alone on its line, the prose line after it
// belongs to the other column, and the sidebar's label comes on the line after that, in lower case as the
// rest of its phrase would be. A figure some other reader has read is left to it.

import type { DocContext } from '../assemble/index.ts'
import { CONFIDENCE } from '../confidence.ts'
import { isoOf } from '../dates.ts'
import { trapReason } from '../traps.ts'
import type { ExtractedClaim } from '../types.ts'
import { cellNumber } from './cells.ts'
import { MAX_LABEL, readLabel } from './labels.ts'
import type { Line } from './lines.ts'

const MAX_FIGURE_TOKENS = 4

export function interleavedClaims(
  doc: DocContext,
  lines: Line[],
  claims: ExtractedClaim[],
): ExtractedClaim[] {
  const { tokens, text } = doc
  const out: ExtractedClaim[] = []
  for (let i = 1; i + 2 < lines.length; i++) {
    const line = lines[i]
    if (line.cells.length !== 1 || line.to - line.from > MAX_FIGURE_TOKENS) continue
    const num = cellNumber(tokens, line.cells[0])
    if (!num || trapReason(tokens, num, line.from, line.to)) continue
    const start = tokens[line.from].start
    const end = tokens[line.to - 1].end
    if (claims.some((c) => c.start < end && c.end > start)) continue
    // The lines on either side are the other column's prose: neither labels the figure.
    if (labelOf(doc, lines[i + 1]) || labelOf(doc, lines[i - 1])) continue
    const label = lines[i + 2]
    const meaning = labelOf(doc, label)
    if (!meaning || !/^\p{Ll}/u.test(tokens[label.from].text)) continue
    out.push({
      metric: meaning.metric,
      unit: meaning.unit,
      low: num.low,
      high: num.high,
      qualifier: num.qualifier,
      who: meaning.who,
      source: null,
      since: null,
      since_date: null,
      as_of: doc.published ? isoOf(doc.published) : null,
      location: doc.mainPlace?.text ?? null,
      country: doc.mainPlace?.entry.country ?? doc.mainCountry,
      quote: text.slice(start, end),
      start,
      end,
      denied: false,
      projected: false,
      context: text.slice(tokens[label.from].start, tokens[label.to - 1].end),
      confidence: CONFIDENCE.tableCell,
    })
  }
  return out
}

/** The metric a short line names as a label, or null. */
function labelOf(doc: DocContext, line: Line | undefined) {
  if (line?.cells.length !== 1 || line.to - line.from > MAX_LABEL) return null
  const meaning = readLabel(doc.tokens, doc.lows, line.from, line.to)
  return meaning?.metric ? { ...meaning, metric: meaning.metric } : null
}
