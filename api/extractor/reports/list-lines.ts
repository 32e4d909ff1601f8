// Lists run along one line: "Khartoum: 12,400 | Gezira: 8,100 | Total: 20,500", "Bicol Region 187,415;
// CALABARZON 46,201", or "Deaths validated by NDRRMC: Bicol 82 / CALABARZON 61". Each item becomes a line
// of its own (a segment), and a label before the first item's colon becomes the heading line above them,
// so that place-items.ts reads them as it reads one item a line.

import type { DocContext } from '../assemble/index.ts'
import { ITEM_MARKS } from '../words.ts'
import type { Line } from './lines.ts'

/** `lines` with each list line cut into its items; `isItem` says whether a segment is one. */
export function itemLines(doc: DocContext, lines: Line[], isItem: (line: Line) => boolean): Line[] {
  const out: Line[] = []
  for (const line of lines) out.push(...splitList(doc, line, isItem))
  return out
}

function splitList(doc: DocContext, line: Line, isItem: (line: Line) => boolean): Line[] {
  const { lows } = doc
  const cuts: number[] = []
  for (let k = line.from; k < line.to; k++) if (ITEM_MARKS.has(lows[k])) cuts.push(k)
  if (cuts.length === 0) return [line]
  const segments: Line[] = []
  let from = line.from
  for (const cut of [...cuts, line.to]) {
    if (cut > from) segments.push(segment(from, cut))
    from = cut + 1
  }
  if (segments.length < 2) return [line]
  // "Deaths validated by NDRRMC: Bicol 82": the label up to the first colon heads the items.
  const first = segments[0]
  let heading: Line | null = null
  if (!isItem(first)) {
    let colon = first.from
    while (colon < first.to && lows[colon] !== ':') colon++
    if (colon >= first.to - 1) return [line]
    heading = { from: first.from, to: colon + 1, cells: [{ from: first.from, to: colon + 1 }] }
    segments[0] = segment(colon + 1, first.to)
  }
  if (segments.filter(isItem).length < 2) return [line]
  return heading ? [heading, ...segments] : segments
}

function segment(from: number, to: number): Line {
  return { from, to, cells: [{ from, to }], segment: true }
}
