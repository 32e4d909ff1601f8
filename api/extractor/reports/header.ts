// A table's header, read by its words whatever the layout: one line or two ("People\tPeople" over
// "killed\tinjured"), aligned by cell or by character column (fixed-width text), with a unit in brackets
// ("IDPs ('000)" scales its figures), a day ("3 Nov" dates its column), or only whom it counts
// ("Households", "Individuals"), which takes its metric from the caption ("Marib displacement sites").

import { findDays, type parseIso } from '../dates.ts'
import { resolveMetric } from '../link-frames/index.ts'
import { type HeadClass, headClass, PEOPLE } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import type { Metric } from '../types.ts'
import { MONTH_NUMBERS } from '../words.ts'
import { type ColumnPeriod, columnPeriod } from './column-period.ts'
import { type LabelMeaning, readLabel } from './labels.ts'
import type { Cell, Line } from './lines.ts'

/** A publication date as the date reader takes it. */
export type Published = ReturnType<typeof parseIso>

export interface Column {
  /** The label as written, its lines joined by a space; null for an empty header cell. */
  text: string | null
  meaning: LabelMeaning | null
  /** What the column's figures are counted in: 1000 for "('000)" or "(thousands)". */
  scale: number
  /** The day the label names ("3 Nov", "31 Jan 2024"), resolved against the publication date. */
  asOf: string | null
  /** The period the label names ("Since 8 Oct 2023", "Last 24 h"): the `since` of its cells. */
  period: ColumnPeriod | null
}

/** What a caption says the table counts, when its labels do not: "schools damaged", "IDPs by district". */
export interface CaptionMeaning {
  metric: Metric
  cls: HeadClass
}

const THOUSANDS = /\(\s*(?:in\s+)?(?:'?000s?|thousands?)\s*\)|'000/i
const MILLIONS = /\(\s*(?:in\s+)?(?:millions?|m|mn)\s*\)/i

/** What a label or caption says figures are counted in: 1000 for "('000)" or "(thousands)", else 1. */
export const scaleOf = (label: string) =>
  THOUSANDS.test(label) ? 1000 : MILLIONS.test(label) ? 1_000_000 : 1

/** Where each cell of a line starts, in characters from the line's start. */
function columnsOf(tokens: Token[], text: string, line: Line): number[] {
  const lineStart = text.lastIndexOf('\n', tokens[line.from].start - 1) + 1
  return line.cells.map((c) => (c.to > c.from ? tokens[c.from].start - lineStart : -1))
}

/** Where each cell of a line ends, in characters from the line's start. */
function endsOf(tokens: Token[], text: string, line: Line): number[] {
  const lineStart = text.lastIndexOf('\n', tokens[line.from].start - 1) + 1
  return line.cells.map((c) => (c.to > c.from ? tokens[c.to - 1].end - lineStart : -1))
}

/** The header line that parts the columns: the one with the most cells (the first of equals). */
export function baseLine(header: Line[]): number {
  let base = 0
  header.forEach((l, k) => {
    if (l.cells.length > header[base].cells.length) base = k
  })
  return base
}

// A label above the base line heads the columns it stands over or within this many characters of.
const SPAN_GAP = 6

interface ColumnTokens {
  /** Every token of the column's label, top line first. */
  all: number[]
  /** Its tokens on the base line and below: what the column itself is, apart from a group label over it. */
  own: number[]
}

/** The tokens of each header column, the lines of a two-line header joined. */
function columnTokens(text: string, tokens: Token[], header: Line[]): ColumnTokens[] {
  const b = baseLine(header)
  const top = header[b].cells
  const cols: ColumnTokens[] = top.map((c) => ({ all: range(c), own: range(c) }))
  const topAt = columnsOf(tokens, text, header[b])
  const topEnd = endsOf(tokens, text, header[b])
  header.forEach((line, li) => {
    if (li === b) return
    const add = (col: number, c: Cell) => {
      cols[col].all.push(...range(c))
      if (li > b) cols[col].own.push(...range(c))
    }
    if (line.cells.length === top.length) {
      line.cells.forEach((c, k) => {
        add(k, c)
      })
      return
    }
    const at = columnsOf(tokens, text, line)
    if (li < b) {
      // "Killed" and "Injured" over "Men Women Children Men Women Children": the same labels repeated
      // once per group label part the columns into equal blocks, whatever the alignment.
      const blocks = repeatedBlocks(tokens, top, line.cells.length)
      if (blocks > 0) {
        top.forEach((_, j) => {
          if (j > 0) add(j, line.cells[Math.floor((j - 1) / blocks)])
        })
        return
      }
      // A group label ("Casualties" over "Dead  Injured") heads each column under it, centred or not.
      const end = endsOf(tokens, text, line)
      top.forEach((_, j) => {
        if (topAt[j] < 0) return
        let best = -1
        let gap = SPAN_GAP + 1
        line.cells.forEach((_c, k) => {
          if (at[k] < 0) return
          const g = Math.max(0, at[k] - topEnd[j], topAt[j] - end[k])
          if (g < gap) {
            gap = g
            best = k
          }
        })
        if (best >= 0) add(j, line.cells[best])
      })
      return
    }
    // Fixed-width text: a cell belongs to the top cell it starts under.
    line.cells.forEach((c, k) => {
      if (at[k] < 0) return
      let col = 0
      for (let j = 0; j < topAt.length; j++) if (topAt[j] >= 0 && topAt[j] <= at[k] + 1) col = j
      add(col, c)
    })
  })
  for (const c of cols) c.all.sort((x, y) => x - y)
  return cols
}

/**
 * The length of the block the base line's labels (past the corner) repeat once per group label, or 0 when
 * they do not repeat so.
 */
function repeatedBlocks(tokens: Token[], top: Cell[], groups: number): number {
  const labels = top.slice(1).map((c) =>
    range(c)
      .map((k) => tokens[k].low)
      .join(' '),
  )
  if (groups < 2 || labels.length % groups !== 0) return 0
  const size = labels.length / groups
  if (size < 2) return 0
  for (let k = size; k < labels.length; k++) if (labels[k] !== labels[k - size]) return 0
  return size
}

const range = (c: Cell) => Array.from({ length: c.to - c.from }, (_, k) => c.from + k)

/** Tokens in brackets that hold a number or a quote mark ("('000)") say a unit, not what is counted. */
function wordsOnly(tokens: Token[], idx: number[]): number[] {
  const out: number[] = []
  for (let k = 0; k < idx.length; k++) {
    // "No.", "Indiv.": an abbreviation's dot is no word.
    if (tokens[idx[k]].low === '.' && k > 0) continue
    if (tokens[idx[k]].low === '(') {
      let j = k + 1
      while (j < idx.length && tokens[idx[j]].low !== ')') j++
      const inner = idx.slice(k + 1, j)
      if (inner.some((i) => tokens[i].kind === 'num' || tokens[i].low === "'")) {
        k = j
        continue
      }
    }
    out.push(idx[k])
  }
  return out
}

/**
 * The columns of a header. A label that names only whom it counts ("Households", "Individuals") or only
 * what happened ("Damaged") reads as the column to its left does, else as the caption says; so does a day.
 */
export function readColumns(
  text: string,
  tokens: Token[],
  header: Line[],
  pub: Published,
  caption: CaptionMeaning | null,
): Column[] {
  let lead: CaptionMeaning | null = null
  const mixed: CaptionMeaning = { metric: 'affected', cls: 'unknown' }
  return columnTokens(text, tokens, header).map(({ all: idx, own }, k) => {
    if (idx.length === 0) return { text: null, meaning: null, scale: 1, asOf: null, period: null }
    const label = text.slice(tokens[idx[0]].start, tokens[idx[idx.length - 1]].end)
    const scale = scaleOf(label)
    const sub = wordsOnly(tokens, idx).map((i) => tokens[i])
    const lows = sub.map((t) => t.low)
    // Read apart from the line: what stands beside a cell ("| 10 Apr |") is no part of its day, and a day
    // after "since" starts the period ("Arrivals since 01/01/2024") rather than dating the figures.
    const since = lows.indexOf('since')
    const days = pub ? findDays(sub, lows, 0, since < 0 ? sub.length : since, pub) : []
    const period = columnPeriod(
      text,
      idx.map((i) => tokens[i]),
      pub,
    )
    const asOf = period?.until ?? (days.length > 0 && !period ? days[0].date : null)
    const near = k > 0 && lead && lead !== mixed ? lead : lead === mixed ? null : caption
    let meaning = readLabel(sub, lows, 0, sub.length)
    // Under a group label the column's own words say what it counts first ("Dead" under "Casualties").
    if (own.length > 0 && own.length < idx.length) {
      const mine = wordsOnly(tokens, own).map((i) => tokens[i])
      const itself = readLabel(
        mine,
        mine.map((t) => t.low),
        0,
        mine.length,
      )
      if (itself?.metric) meaning = itself
    }
    if (!meaning?.metric && near) meaning = readLabel(sub, lows, 0, sub.length, near.cls) ?? meaning
    if (!meaning?.metric && near) {
      if ((asOf && !meaning) || generic(lows, meaning))
        meaning = { metric: near.metric, unit: unitOf(near.cls), who: meaning?.who ?? 'people' }
      else if (meaning && (PEOPLE.has(lows[lows.length - 1]) || meaning.unit === 'households'))
        meaning = { ...meaning, metric: near.metric }
    }
    // "New arrivals" in a table the caption says counts displaced people arrived from elsewhere in the
    // country ("IDP sites in Sool region"): only a caption of refugees makes them cross a border.
    if (meaning?.metric === 'refugees' && caption?.metric === 'displaced' && lows.includes('arrivals'))
      meaning = { ...meaning, metric: 'displaced' }
    // A lead is what the columns to the left count; columns counting different things leave none.
    if (k > 0 && meaning?.metric && lead !== mixed && (!lead || lead.metric === meaning.metric))
      lead = { metric: meaning.metric, cls: classOf(meaning) }
    else if (k > 0 && meaning?.metric) lead = mixed
    return { text: joinLines(text, tokens, idx), meaning, scale, asOf, period }
  })
}

// Labels that say only "the figure" ("Number", "No.", "#", "Total"): what it counts is said beside them.
const GENERIC = new Set([
  'number',
  'no',
  'nos',
  'count',
  'total',
  'figure',
  'figures',
  'value',
  '#',
  'n',
  'cumulative',
])
const WHEN_WORDS = new Set(['since', 'to', 'date', 'ytd', '(', ')', ...MONTH_NUMBERS.keys()])

/** "Number", "Total", "Total houses": a label naming no metric of its own and nothing but the figure. */
function generic(lows0: string[], meaning: LabelMeaning | null): boolean {
  // "Cumulative 2025", "Total (since 7 Oct)", "To date": what says when is no part of what is counted.
  const lows = meaning?.metric ? lows0 : lows0.filter((w) => !WHEN_WORDS.has(w) && !/^\d+$/.test(w))
  if (lows.length === 0 || lows.length > 3) return false
  if (lows.every((w) => GENERIC.has(w))) return true
  // "Total houses", "Total persons": the total of the columns before it, in what they count.
  return lows[0] === 'total' && !meaning?.metric && lows.slice(1).every((w) => COUNTED.has(headClass(w, w)))
}

const COUNTED = new Set<HeadClass>(['people', 'households', 'home', 'facility'])

const unitOf = (cls: HeadClass) => (cls === 'home' ? 'homes' : cls === 'facility' ? 'facilities' : 'people')

function classOf(m: LabelMeaning): HeadClass {
  return m.unit === 'homes' ? 'home' : m.unit === 'facilities' ? 'facility' : 'people'
}

/** The label as written, on one line even when its header spans two. */
function joinLines(text: string, tokens: Token[], idx: number[]): string {
  const parts: string[] = []
  let from = idx[0]
  for (let k = 1; k <= idx.length; k++) {
    if (k === idx.length || idx[k] !== idx[k - 1] + 1 || tokens[idx[k]].newlines > 0) {
      parts.push(text.slice(tokens[from].start, tokens[idx[k - 1]].end))
      from = idx[k]
    }
  }
  return parts.join(' ')
}

/** The metric a caption names: its first trigger, read with the class of the things it names. */
export function readCaption(tokens: Token[], lows: string[], lines: Line[]): CaptionMeaning | null {
  for (const l of lines) {
    let cls: HeadClass = 'people'
    for (let k = l.from; k < l.to; k++) {
      const hc = headClass(lows[k], tokens[k].text, lows[k - 1])
      if (hc === 'facility' || hc === 'home' || hc === 'households') cls = hc
    }
    for (let k = l.from; k < l.to; k++) {
      const t =
        triggerAt(lows, k, l.to, 'p') ?? triggerAt(lows, k, l.to, 'n') ?? triggerAt(lows, k, l.to, 'v')
      if (!t) continue
      const metric = resolveMetric(t.entry, cls)
      if (metric) return { metric, cls }
    }
  }
  return null
}
