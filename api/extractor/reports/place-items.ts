// Place and group items: "Derna: 30,000" or "– 23,200 (27%) children" under "• At least 43,059 people
// displaced, of whom:", or "Chad: 600,000+" under "Refugee arrivals by country", and the "Total: 2.0M" that
// closes such a run. The item names only a place or a group; what it counts is said once, by the line above
// the run: a figure's line that ends in ":", or a heading that names a metric and no figure. An item with
// no such line above it is left alone.

import type { DocContext } from '../assemble/index.ts'
import { CONFIDENCE } from '../confidence.ts'
import { isoOf } from '../dates.ts'
import { resolveMetric } from '../link-frames/index.ts'
import { headClass } from '../nouns.ts'
import { findNumbers } from '../numbers.ts'
import { findPlaces } from '../places.ts'
import { isCapitalized } from '../tokens.ts'
import { trapReason } from '../traps.ts'
import { triggerAt } from '../triggers.ts'
import type { ExtractedClaim } from '../types.ts'
import { readNounPhrase } from '../who.ts'
import { bracketItemClaims, unitOf } from './bracket-items.ts'
import type { Line } from './lines.ts'
import { itemLines } from './list-lines.ts'

const SEPARATORS = new Set([':', '–', '—', '-'])
const MAX_HEADING = 20
// A place's name, or "Total since 15 April 2023", before its separator.
const MAX_TOTAL = 8
const FIGURE_TOKENS = 6
const REST = new Set(['others', 'other', 'rest', 'remaining', 'elsewhere'])

interface Item {
  line: Line
  /** First token of the item after its bullet. */
  from: number
  /** null for a group item, and for a total. */
  place: { text: string; country: string | null } | null
  /** The group a group item counts ("children"). */
  who: string | null
  num: ReturnType<typeof findNumbers>[number]
}

/** The place, group or total item on `line`, if it is one. */
function itemOf(doc: DocContext, line: Line): Item | null {
  const { tokens, lows } = doc
  let k = line.from
  while (k < line.to && tokens[k].kind === 'punct' && lows[k] !== '(') k++
  return tokens[k]?.kind === 'num' || lows[k] === '~' ? groupItem(doc, line, k) : placeItem(doc, line, k)
}

/** "Derna: 30,000", "Chad – 600,000+", "Total since 15 April 2023: 2.0M": a label, a separator, a figure. */
function placeItem(doc: DocContext, line: Line, k: number): Item | null {
  const { tokens, lows } = doc
  let sep = k
  while (sep < line.to && !SEPARATORS.has(lows[sep]) && sep - k <= MAX_TOTAL) sep++
  const total = lows[k] === 'total' || lows[k] === 'overall'
  let num = SEPARATORS.has(lows[sep]) && sep > k ? closingFigure(doc, line, sep + 1, total) : null
  // A list's item may set its figure straight after the place ("Bicol Region 187,415; CALABARZON 46,201").
  if (!num && line.segment) {
    sep = k + 1
    while (sep < line.to && tokens[sep].kind === 'word') sep++
    num = sep < line.to ? closingFigure(doc, line, sep) : null
  }
  if (!num) return null
  if (total) return { line, from: k, place: null, who: null, num }
  for (let j = k; j < sep; j++) if (tokens[j].kind !== 'word') return null
  const place = findPlaces(tokens, k, sep, doc.mainCountry).find((p) => p.from === k && p.to === sep)
  if (place)
    return { line, from: k, place: { text: place.text, country: place.entry.country }, who: null, num }
  // An item names its place in capitals the gazetteer may not know ("River Nile: 1,036,000", "Machakos –
  // 18"); a capitalised word that names a group, a thing or what happened is a label, not a place.
  if (sep - k > 3) return null
  for (let j = k; j < sep; j++) {
    if (line.segment ? !isCapitalized(tokens[j]) : !unknownName(doc, j, sep)) return null
  }
  // "Others 8": the rest of the list, counted but in no one place.
  if (sep === k + 1 && REST.has(lows[k])) return { line, from: k, place: null, who: null, num }
  const name = doc.text.slice(tokens[k].start, tokens[sep - 1].end)
  return { line, from: k, place: { text: name, country: null }, who: null, num }
}

function unknownName(doc: DocContext, j: number, end: number): boolean {
  const { tokens, lows } = doc
  if (!isCapitalized(tokens[j]) || headClass(lows[j], tokens[j].text, lows[j - 1]) !== 'unknown') return false
  return !(triggerAt(lows, j, end, 'n') ?? triggerAt(lows, j, end, 'p') ?? triggerAt(lows, j, end, 'v'))
}

/** "23,200 (27%) children": a figure and the group it counts, the whole line. */
function groupItem(doc: DocContext, line: Line, k: number): Item | null {
  // The figure opens the line: a few tokens hold it ("1.2 million"), whatever the line's length.
  const [num] = findNumbers(doc.tokens, k, Math.min(line.to, k + FIGURE_TOKENS))
  if (!num || num.from !== k || trapReason(doc.tokens, num, k, line.to)) return null
  // "1.2M in Chad · 1.1M in South Sudan" under "3.9M refugees": a figure and the place it was counted in.
  if (doc.lows[num.to] === 'in' && num.to + 1 < line.to) {
    const at = num.to + 1
    // Read from the "in": a name that is also a person's ("Chad") is a place after it.
    const place = findPlaces(doc.tokens, num.to, line.to, doc.mainCountry).find(
      (p) => p.from === at && p.to === line.to,
    )
    return place
      ? { line, from: k, place: { text: place.text, country: place.entry.country }, who: null, num }
      : null
  }
  const np = readNounPhrase(doc.tokens, doc.lows, num.to, line.to)
  if (np.to !== line.to || !np.who || (np.cls !== 'people' && np.cls !== 'households')) return null
  return { line, from: k, place: null, who: np.who, num }
}

/**
 * The figure from `at` to the line's end ("600,000+" included), unless it is a date, a share or a sum; a
 * total's figure may name whom it counts ("Total: 123,900 individuals").
 */
function closingFigure(doc: DocContext, line: Line, at: number, total = false) {
  const [num] = findNumbers(doc.tokens, at, line.to)
  if (!num || num.from !== at || trapReason(doc.tokens, num, at, line.to)) return null
  const { lows } = doc
  let end = num.to
  if (lows[end] === '+') end++
  // A note in brackets after the figure ("25 (incl. Mai Mahiu dam break)"), or the stop that ends a list.
  if (lows[end] === '(' && lows[line.to - 1] === ')') end = line.to
  if (end === line.to - 1 && lows[end] === '.') end++
  if (total && end < line.to && !/^\p{Lu}/u.test(doc.tokens[end].text)) {
    const np = readNounPhrase(doc.tokens, lows, end, line.to)
    if (np.to === line.to && (np.cls === 'people' || np.cls === 'households')) end = line.to
  }
  return end === line.to ? num : null
}

/** A "Label: figure" line whose figure another reader has claimed up to the line's end. */
function claimedLine(doc: DocContext, line: Line, claims: ExtractedClaim[]): boolean {
  const from = doc.tokens[line.from].start
  const to = doc.tokens[line.to - 1].end
  return claims.some((c) => c.start >= from && c.end >= to - 1 && c.end <= to)
}

/** The metric a heading line names with no figure of its own ("Refugee arrivals from Sudan by country"). */
function headingMetric(doc: DocContext, line: Line) {
  const { tokens, lows } = doc
  if (line.to - line.from > MAX_HEADING) return null
  // Dates may stand in a heading ("as of 2 June 2024"); a count may not.
  for (const n of findNumbers(tokens, line.from, line.to))
    if (!trapReason(tokens, n, line.from, line.to)) return null
  for (let k = line.from; k < line.to; k++) {
    const t = triggerAt(lows, k, line.to, 'n') ?? triggerAt(lows, k, line.to, 'p')
    const metric = t ? resolveMetric(t.entry, 'people') : null
    if (metric) return metric
  }
  return null
}

/** Claims for the place items of the text, from what the line above each run of them counts. */
export function placeItemClaims(
  doc: DocContext,
  textLines: Line[],
  claims: ExtractedClaim[],
): ExtractedClaim[] {
  const { tokens, text } = doc
  const out: ExtractedClaim[] = []
  const lines = itemLines(doc, textLines, (line) => itemOf(doc, line) !== null)
  for (let i = 1; i < lines.length; i++) {
    const first = itemOf(doc, lines[i])
    if (!first || itemOf(doc, lines[i - 1])) continue
    const above = lines[i - 1]
    const aboveFrom = tokens[above.from].start
    const aboveTo = tokens[above.to - 1].end
    const inLine = claims.filter((c) => c.start >= aboveFrom && c.start < aboveTo)
    const parent = doc.lows[above.to - 1] === ':' ? inLine[inLine.length - 1] : undefined
    const metric = parent?.metric ?? (inLine.length === 0 ? headingMetric(doc, above) : null)
    if (!metric) continue
    for (let j = i; j < lines.length; j++) {
      const item = j === i ? first : itemOf(doc, lines[j])
      // A list's item that is no place ("Others 8") ends nothing: the items after it still count.
      if (!item && lines[j].segment && lines[j - 1].segment) continue
      // "Daily arrivals in Adré: ~1,500" among the items is read as a key figure: the run goes on past it.
      if (!item && j > i && claimedLine(doc, lines[j], claims)) continue
      if (!item) break
      const start = tokens[item.from].start
      const end = tokens[item.line.to - 1].end
      if (claims.some((c) => c.start < end && c.end > start)) continue
      if (j === i && !item.place && !item.who) break
      out.push({
        metric,
        unit: unitOf(item.who, parent?.unit ?? 'people'),
        low: item.num.low,
        high: item.num.high,
        qualifier: item.num.qualifier,
        who: item.who ?? parent?.who ?? 'people',
        source: parent?.source ?? null,
        since: parent?.since ?? null,
        since_date: parent?.since_date ?? null,
        as_of: parent?.as_of ?? (doc.published ? isoOf(doc.published) : null),
        location: item.place?.text ?? parent?.location ?? null,
        country: item.place?.country ?? parent?.country ?? doc.mainCountry,
        quote: text.slice(start, end),
        start,
        end,
        denied: false,
        projected: false,
        context: null,
        confidence: CONFIDENCE.tableCell,
      })
    }
  }
  // Breakdowns in brackets after a figure on one line: "59 deaths (Feni: 23, Cumilla: 14)".
  return out.concat(bracketItemClaims(doc, claims))
}
