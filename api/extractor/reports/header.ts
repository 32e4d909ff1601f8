// A table's header, read by its words whatever the layout: one line or two ("People\tPeople" over
// "killed\tinjured"), aligned by cell or by character column (fixed-width text), with a unit in brackets
// ("IDPs ('000)" scales its figures), a day ("3 Nov" dates its column), or only whom it counts
// ("Households", "Individuals"), which takes its metric from the caption ("Marib displacement sites").

import { findDays, type parseIso } from '../dates.ts'
import { resolveMetric } from '../link-frames.ts'
import { type HeadClass, headClass, PEOPLE } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import type { Metric } from '../types.ts'
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
}

/** What a caption says the table counts, when its labels do not: "schools damaged", "IDPs by district". */
export interface CaptionMeaning {
  metric: Metric
  cls: HeadClass
}

const THOUSANDS = /\(\s*(?:in\s+)?(?:'?000s?|thousands?)\s*\)|'000/i
const MILLIONS = /\(\s*(?:in\s+)?(?:millions?|m|mn)\s*\)/i

/** Where each cell of a line starts, in characters from the line's start. */
function columnsOf(tokens: Token[], text: string, line: Line): number[] {
  const lineStart = text.lastIndexOf('\n', tokens[line.from].start - 1) + 1
  return line.cells.map((c) => (c.to > c.from ? tokens[c.from].start - lineStart : -1))
}

/** The tokens of each header column, the lines of a two-line header joined. */
function columnTokens(text: string, tokens: Token[], header: Line[]): number[][] {
  const top = header[0].cells
  const cols: number[][] = top.map((c) => range(c))
  const topAt = columnsOf(tokens, text, header[0])
  for (const line of header.slice(1)) {
    if (line.cells.length === top.length) {
      line.cells.forEach((c, k) => {
        cols[k].push(...range(c))
      })
      continue
    }
    // Fixed-width text: a cell belongs to the top cell it starts under.
    const at = columnsOf(tokens, text, line)
    line.cells.forEach((c, k) => {
      if (at[k] < 0) return
      let col = 0
      for (let j = 0; j < topAt.length; j++) if (topAt[j] >= 0 && topAt[j] <= at[k] + 1) col = j
      cols[col].push(...range(c))
    })
  }
  return cols
}

const range = (c: Cell) => Array.from({ length: c.to - c.from }, (_, k) => c.from + k)

/** Tokens in brackets that hold a number or a quote mark ("('000)") say a unit, not what is counted. */
function wordsOnly(tokens: Token[], idx: number[]): number[] {
  const out: number[] = []
  for (let k = 0; k < idx.length; k++) {
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
  return columnTokens(text, tokens, header).map((idx, k) => {
    if (idx.length === 0) return { text: null, meaning: null, scale: 1, asOf: null }
    const label = text.slice(tokens[idx[0]].start, tokens[idx[idx.length - 1]].end)
    const scale = THOUSANDS.test(label) ? 1000 : MILLIONS.test(label) ? 1_000_000 : 1
    const sub = wordsOnly(tokens, idx).map((i) => tokens[i])
    const lows = sub.map((t) => t.low)
    // Read apart from the line: what stands beside a cell ("| 10 Apr |") is no part of its day.
    const days = pub ? findDays(sub, lows, 0, sub.length, pub) : []
    const asOf = days.length > 0 ? days[0].date : null
    const near = k > 0 && lead ? lead : caption
    let meaning = readLabel(sub, lows, 0, sub.length)
    if (!meaning?.metric && near) meaning = readLabel(sub, lows, 0, sub.length, near.cls) ?? meaning
    if (!meaning?.metric && near) {
      if (asOf && !meaning) meaning = { metric: near.metric, unit: 'people', who: 'people' }
      else if (meaning && (PEOPLE.has(lows[lows.length - 1]) || meaning.unit === 'households'))
        meaning = { ...meaning, metric: near.metric }
    }
    if (k > 0 && meaning?.metric) lead = { metric: meaning.metric, cls: classOf(meaning) }
    return { text: joinLines(text, tokens, idx), meaning, scale, asOf }
  })
}

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
