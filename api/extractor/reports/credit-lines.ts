// Credits a report's layout gives its figures, section by section. A footnote mark ("Killed¹: 1,554",
// "57 ²", "Wounded (a)") ties a figure to the note opening with the same mark; a "Source:", "Data:" or
// "Note:" line credits the figures above it, back to the credit line before; and a body named in a
// figure's own label ("Killed by security forces: 5,350") is whom the figure counts, not who counted it.

import { isCapitalized, type Token } from '../tokens.ts'
import type { ExtractedClaim, Metric } from '../types.ts'
import { nameAt, organisation, orgPhraseAt, REPORT_WORDS } from './body-names.ts'
import { creditAbove, NOTE_MARKS } from './heading-credits.ts'
import { readLabel } from './labels.ts'
import type { Line } from './lines.ts'
import { creditsSeveral, DATA_LEADS, lineSource, metricSources } from './report-source.ts'

type Credited = Pick<ExtractedClaim, 'start' | 'end' | 'quote' | 'metric' | 'source'>

/**
 * A source read out of a key figure's own label is a word of the label ("Refugees recorded across Europe
 * 5.9M", "Killed by security forces: 5,350"): a label closes on its figure at the end of its line.
 */
export function dropLabelSources(text: string, claims: Credited[]): void {
  for (const c of claims) {
    if (
      !c.source ||
      !/\d[%+MmKk]?$/.test(c.quote) ||
      !/^[ \t]*(?:\(|\n|$)/.test(text.slice(c.end, c.end + 3))
    )
      continue
    const at = c.quote.toLowerCase().indexOf(c.source.toLowerCase())
    const whole =
      at >= 0 && !/\w/.test(c.quote[at - 1] ?? '') && !/\w/.test(c.quote[at + c.source.length] ?? '')
    if (whole) c.source = null
  }
}

// Words that open a note before the body it names: "Figures from", "Data provided by", "Compiled by".
const NOTE_LEADS = new Set(['provided', 'compiled', 'supplied', 'from', 'by', 'according', 'to', ':'])

/** The body a note names, from `from` (after its mark): "Figures from the Protection Cluster, ...". */
function noteCredit(tokens: Token[], lows: string[], from: number, to: number): string | null {
  let k = from
  if (DATA_LEADS.has(lows[k])) k++
  while (k < to && NOTE_LEADS.has(lows[k])) k++
  const name = nameAt(tokens, lows, k, to)
  if (name && organisation(name)) {
    // "Ministry of Health in Gaza": the place the body serves is part of its name.
    const after = (lows[k] === 'the' ? k + 1 : k) + name.split(' ').length
    const place = lows[after] === 'in' && after + 1 < to ? tokens[after + 1] : null
    return place?.kind === 'word' && isCapitalized(place) ? `${name} in ${place.text}` : name
  }
  return orgPhraseAt(tokens, lows, k, to)?.text ?? null
}

/** The mark a token opens, with the index after it: "¹", "*", "(a)", "a)"; null for none. */
function markAt(lows: string[], k: number): { mark: string; next: number } | null {
  if (NOTE_MARKS.has(lows[k])) return { mark: lows[k], next: k + 1 }
  // "(a)" as a mark: one letter of a to h in brackets, glued to what it marks or heading a note.
  if (lows[k] === '(' && /^[a-h]$/.test(lows[k + 1] ?? '') && lows[k + 2] === ')')
    return { mark: lows[k + 1], next: k + 3 }
  // "112,000 [1]" and the note "[1] IOM DTM Emergency Tracking Tool.": a number or letter in square brackets.
  if (lows[k] === '[' && /^(?:\d{1,2}|[a-h])$/.test(lows[k + 1] ?? '') && lows[k + 2] === ']')
    return { mark: `[${lows[k + 1]}]`, next: k + 3 }
  return null
}

/** The notes of a text, by mark: lines opening on a mark, one or more notes a line. */
function readNotes(
  tokens: Token[],
  lows: string[],
  lines: Line[],
): Map<string, { name: string; line: number }> {
  const notes = new Map<string, { name: string; line: number }>()
  lines.forEach((l, i) => {
    let m = markAt(lows, l.from)
    while (m) {
      let end = m.next
      let next: ReturnType<typeof markAt> = null
      // "¹ Regional Health Bureau      ² Zonal administration": a line may hold several notes.
      for (; end < l.to; end++) {
        next = markAt(lows, end)
        if (next) break
      }
      const name = noteCredit(tokens, lows, m.next, end)
      if (name && !notes.has(m.mark)) notes.set(m.mark, { name, line: i })
      m = next
    }
  })
  return notes
}

/** Index of the line holding offset `at`. */
function lineOf(tokens: Token[], lines: Line[], at: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (tokens[lines[mid].from].start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Credits each figure that carries a note's mark with that note's body, and the figures above each credit
 * line with that line's body (or the body it names for the figure's metric), where they have no credit of
 * their own or one misread from the credit line itself.
 */
export function creditSections(tokens: Token[], lows: string[], lines: Line[], claims: Credited[]): void {
  if (claims.length === 0 || lines.length < 2) return
  const notes = readNotes(tokens, lows, lines)
  const noteLines = new Set<number>()
  for (const c of claims) {
    const li = lineOf(tokens, lines, c.start)
    const line = lines[li]
    if (markAt(lows, line.from)) continue
    // The mark nearest the figure on its line: "Killed¹: 1,554", "57 ¹", "| Killed (a) | 13 |".
    let best: { mark: string; gap: number } | null = null
    for (let k = line.from; k < line.to; k++) {
      const m = markAt(lows, k)
      if (!m || !notes.has(m.mark)) continue
      const gap = Math.abs(tokens[k].start - c.start)
      if (!best || gap < best.gap) best = { mark: m.mark, gap }
    }
    if (!best) continue
    const note = notes.get(best.mark)
    if (!note) continue
    c.source = note.name
    noteLines.add(note.line)
  }
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  const spans = lines.map((l) => ({ start: tokens[l.from].start, end: tokens[l.to - 1].end }))
  creditAbove(spans, sorted, (i, from, to, own) => {
    // A line with a figure of its own, or a note whose mark a figure carries, credits no section.
    if (noteLines.has(i) || own) return false
    const line = lines[i]
    const name = lineSource(tokens, lows, line, false)
    const perMetric = new Map([
      ...metricSources(tokens, lows, line),
      ...clauseSources(tokens, lows, line),
      ...labelCredits(tokens, lows, line),
    ])
    if (!name && perMetric.size === 0) {
      // "Source: OCHA, IOM, provincial authorities" credits no one; a body the prose reader took from it
      // is no credit either.
      if (!creditsSeveral(tokens, lows, line)) return false
      const text = lineText(tokens, line)
      for (let k = from; k < to; k++) {
        const c = sorted[k]
        if (c.source && text.includes(bare(c.source))) c.source = null
      }
      return true
    }
    const text = lineText(tokens, line)
    for (let k = from; k < to; k++) {
      const c = sorted[k]
      const credit = perMetric.get(c.metric) ?? name
      if (credit && (c.source === null || misread(c.source, credit, text, perMetric.has(c.metric))))
        c.source = credit
    }
    return true
  })
}

/**
 * Whether a credit the prose reader took from a credit line is that line's body read too long ("ANDMA
 * rapid" for "Source: ANDMA rapid assessment"), or the line's other body where it credits this metric.
 */
function misread(source: string, own: string, line: string, byMetric: boolean): boolean {
  if (source === own || !line.includes(bare(source))) return false
  if (byMetric) return true
  // "ISCG and Camp-in-Charge office": the credit line was read as two bodies, the first credited.
  if (source.startsWith(`${own} and `)) return true
  // "Ministry of Education, Derna and Al Bayda branch offices": what follows a comma is its offices, not
  // the rest of its name ("Ministry of Environment, Urbanisation and Climate Change").
  if (source.startsWith(`${own},`))
    return source
      .slice(own.length + 1)
      .split(' ')
      .some((w) => /^[a-z]/.test(w) && !NAME_JOINS.has(w))
  if (!source.startsWith(`${own} `)) return false
  // "Préfecture de Mayotte" is read whole by the prose reader and short by nameAt: the longer stands.
  const next = source.slice(own.length + 1).split(' ')[0]
  return REPORT_WORDS.has(next.toLowerCase()) || (next === next.toLowerCase() && !NAME_JOINS.has(next))
}

// Small words inside names, in the languages reports are read in.
const NAME_JOINS = new Set(['of', 'for', 'and', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'y', 'et', 'al'])

/** A line's words run together in lower case, as `bare` writes a name, whatever the spacing of its tokens. */
function lineText(tokens: Token[], line: Line): string {
  return tokens
    .slice(line.from, line.to)
    .map((t) => t.low)
    .join('')
}

const bare = (name: string) => name.toLowerCase().replace(/\s+/g, '')

/** "Deaths: Ministry of Health (GNS); displaced: IOM DTM.": clauses of a label, a colon, then its body. */
export function labelCredits(tokens: Token[], lows: string[], line: Line): Map<Metric, string> {
  const out = new Map<Metric, string>()
  for (let k = line.from; k < line.to; ) {
    let end = k
    while (end < line.to && lows[end] !== ';') end++
    const colon = lows.indexOf(':', k + 1)
    if (colon > k && colon < Math.min(end - 1, k + 4)) {
      const meaning = readLabel(tokens, lows, k, colon)
      const name = meaning?.metric ? noteCredit(tokens, lows, colon + 1, end) : null
      if (meaning?.metric && name && !out.has(meaning.metric)) out.set(meaning.metric, name)
    }
    k = end + 1
  }
  return out
}

/**
 * "Note: death toll from the Sindh PDMA; other figures from NDMA": clauses parted by semicolons, each a
 * label, then "from" or "by" and a body, credit that label's metric.
 */
function clauseSources(tokens: Token[], lows: string[], line: Line): Map<Metric, string> {
  const out = new Map<Metric, string>()
  let k = line.from
  if (lows[k + 1] === ':') k += 2
  while (k < line.to) {
    let end = k
    while (end < line.to && lows[end] !== ';') end++
    for (let p = k + 1; p < end - 1; p++) {
      if (lows[p] !== 'from' && lows[p] !== 'by') continue
      const meaning = readLabel(tokens, lows, k, p)
      const name = noteCredit(tokens, lows, p + 1, end)
      if (meaning?.metric && name && !out.has(meaning.metric)) out.set(meaning.metric, name)
      break
    }
    k = end + 1
  }
  return out
}
