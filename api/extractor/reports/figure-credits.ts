// Credits beside one figure rather than over the report: "Civilians killed: 1,225 (SOHR)", "Deaths (ACLED,
// 2017–2024) – 4,900+", "• 170 villagers killed in attacks (prosecutor)". Split from report-source.ts.

import { headClass } from '../nouns.ts'
import { DATA_NOUNS, isTitleWord } from '../source-names.ts'
import type { Token } from '../tokens.ts'
import { words } from '../words.ts'
import { closing, isBodyHead, nameAt, organisation, orgPhraseAt, SOURCE_LEADS } from './body-names.ts'
import { creditUnderHeadings } from './heading-credits.ts'
import { readLabel } from './labels.ts'
import type { Line } from './lines.ts'
import { REPORT_KINDS } from './title-issuer.ts'

const COUNTED = new Set(['people', 'households'])
const MAX_SENTENCE_TAIL = 40

/**
 * "Civilians killed: 1,225 (SOHR) | Security personnel killed: 273": a body in parentheses right after a
 * figure credits that figure alone, not the report. Sets the source of each such claim (where it has none)
 * and returns the positions of those parentheses, which then name no report-wide source.
 */
export function figureCredits(
  tokens: Token[],
  lows: string[],
  lines: Line[],
  claims: { start: number; end: number; source: string | null }[],
): Set<number> {
  const owned = new Set<number>()
  headingCredits(tokens, lows, lines, claims, owned)
  for (const c of claims) {
    const last = tokenEndingAt(tokens, c.end)
    if (last < 0) continue
    const end = lineEnd(tokens, lines, last)
    // "... killed 31 people and injured 87 (MoPH, 12 May). In Marib, ...": the bracket closing the sentence.
    // (A sentence's bracket stands near its figures: looking no further keeps a long paragraph linear.)
    const reach = Math.min(end - 1, last + MAX_SENTENCE_TAIL)
    let stop = last + 1
    while (stop < reach && lows[stop] !== '.') stop++
    const tail =
      (stop < reach ? lineEndCredit(tokens, lows, last, stop + 1) : null) ??
      lineEndCredit(tokens, lows, last, end)
    if (tail) {
      c.source ??= tail.credit
      owned.add(tail.open)
      continue
    }
    const inner = labelCredit(tokens, lows, c, last)
    if (inner) {
      c.source ??= inner.credit
      owned.add(inner.open)
      continue
    }
    // "Civilians killed: 1,225 (SOHR)", "3,958 dead (WHO)"
    const open = last + 1
    if (lows[open] !== '(' || tokens[open].newlines > 1) continue
    const close = closing(lows, open, tokens.length)
    // "185,000\n(IOM)": on the line under a tile's figure, the bracket must stand alone.
    if (tokens[open].newlines === 1 && (tokens[close + 1]?.newlines ?? 1) === 0) continue
    // "internally displaced persons (IDPs)": an acronym of whom the figure counts credits no one.
    const acronym = close === open + 2 && /^[A-Z]{2,}s?$/.test(tokens[open + 1].text)
    if (acronym && COUNTED.has(headClass(lows[open + 1], tokens[open + 1].text))) continue
    const name = nameAt(tokens, lows, open + 1, close)
    const phrase = orgPhraseAt(tokens, lows, open + 1, close)
    const credit = name && organisation(name) ? name : phrase?.end === close ? phrase.text : null
    if (!credit || close >= tokens.length) continue
    // The bracket under a tile's figure is that figure's own credit, whatever the reading of the lines
    // above it (the previous tile's "(MoPH)" runs into this one's label when no full stop parts them).
    if (tokens[open].newlines === 1) c.source = credit
    c.source ??= credit
    owned.add(open)
  }
  return owned
}

/** "Deaths (ACLED, 2017–2024) – 4,900+": a body in parentheses inside a key figure's label credits it. */
function labelCredit(
  tokens: Token[],
  lows: string[],
  c: { start: number; end: number },
  last: number,
): { credit: string; open: number } | null {
  for (let k = last - 1; k > 0 && tokens[k].start >= c.start; k--) {
    if (lows[k] !== '(') continue
    let close = k + 1
    while (close < last && lows[close] !== ')' && lows[close] !== ',') close++
    const name = close < last ? nameAt(tokens, lows, k + 1, close) : null
    return name && organisation(name) ? { credit: name, open: k } : null
  }
  return null
}

/**
 * "• 170 villagers killed in attacks on three villages (prosecutor)": a role or body in parentheses closing
 * the figure's own line, with nothing after it, credits that line's figures.
 */
function lineEndCredit(
  tokens: Token[],
  lows: string[],
  at: number,
  end: number,
): { credit: string; open: number } | null {
  // "(prosecutor)", "[regional governor]", "... injured (OHCHR)." with the sentence's stop after it.
  const close = end - (lows[end - 1] === '.' ? 2 : 1)
  const opener = lows[close] === ')' ? '(' : lows[close] === ']' ? '[' : null
  if (!opener) return null
  // "(Afghan National Disaster Management Authority, 9 Oct)": a body's full name and the day it counted.
  let open = close - 1
  while (open > close - MAX_CREDIT && lows[open] !== opener) open--
  if (lows[open] !== opener || open <= at + 1 || close - open < 2) return null
  // "3,958 dead (WHO); 9,000 missing; 43,000 displaced (IOM)": past another item the credit is that item's.
  for (let k = at + 1; k < open; k++) if (ITEM_BREAKS.has(lows[k])) return null
  const head = lows[close - 1]
  const name = nameAt(tokens, lows, open + 1, close)
  if (name && organisation(name)) return { credit: name, open }
  if (!isTitleWord(head) && !isBodyHead(head) && !SPEAKERS.has(head)) return null
  for (let k = open + 1; k < close; k++) if (tokens[k].kind !== 'word') return null
  const words = tokens.slice(open + 1, close).map((t) => t.text)
  return { credit: words.join(' '), open }
}

const ITEM_BREAKS = new Set([';', '|', '·', '•'])
const MAX_CREDIT = 12
// Plural speakers that credit an item as a body does: "(local sources)", "(witnesses)".
const SPEAKERS = words('sources witnesses residents activists officials medics rescuers')

/**
 * The index just past the last token of token `at`'s line: the end of the line of splitLines (lines.ts)
 * holding it, found by halving; a token of a rule line (which splitLines drops) is followed to its newline.
 */
function lineEnd(tokens: Token[], lines: Line[], at: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (lines[mid].to <= at) lo = mid + 1
    else if (lines[mid].from > at) hi = mid - 1
    else return lines[mid].to
  }
  let k = at + 1
  while (k < tokens.length && tokens[k].newlines === 0) k++
  return k
}

/** Index of the first of `sorted` (by start) starting at or after `offset`, found by halving. */
function firstFrom(sorted: { start: number }[], offset: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the token ending at offset `end` (tokens are in text order), or -1. */
function tokenEndingAt(tokens: Token[], end: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end < end) lo = mid + 1
    else if (tokens[mid].end > end) hi = mid - 1
    else return mid
  }
  return -1
}

/**
 * "Official toll (Ministry of Interior, 10 Sept): Dead 2,122 · Hurt 2,421", "Civilian impact (health facility
 * reports, 1-9 March): killed 64; ...": a label crediting a body in brackets before its colon credits the
 * figures after it, and the item lines under it (lines that do not end as sentences do) up to a blank line.
 */
function headingCredits(
  tokens: Token[],
  lows: string[],
  lines: Line[],
  claims: { start: number; source: string | null }[],
  owned: Set<number>,
): void {
  const spans = lines.map((l) => ({
    start: tokens[l.from].start,
    end: tokens[l.to - 1].end,
    paragraph: tokens[l.from].newlines >= 2,
    sentence: lows[l.to - 1] === '.',
  }))
  // The lines holding a figure, walked in step with the claims (both in text order) to stay linear.
  const figured = new Set<number>()
  const starts = claims.map((c) => c.start).sort((a, b) => a - b)
  let at = 0
  for (let i = 0; i < spans.length; i++) {
    while (at < starts.length && starts[at] < spans[i].start) at++
    if (at < starts.length && starts[at] < spans[i].end) figured.add(i)
  }
  // "Arrivals since 15 April 2023, as of 30 Sep 2024 (UNHCR)" over "• Chad: 681K" lines: the credit holds
  // for the lines of figures straight under it. The first line is the report's title (report-source.ts).
  const sorted = [...claims].sort((a, b) => a.start - b.start)
  for (let i = 1; i < lines.length; i++) {
    const heading = figured.has(i) ? null : closingCredit(tokens, lows, lines[i])
    if (!heading) continue
    owned.add(heading.open)
    for (let j = i + 1; j < lines.length && figured.has(j) && !spans[j].paragraph; j++) {
      for (
        let n = firstFrom(sorted, spans[j].start);
        n < sorted.length && sorted[n].start < spans[j].end;
        n++
      )
        sorted[n].source ??= heading.credit
      if (spans[j].sentence) break
    }
  }
  creditUnderHeadings(
    spans,
    (i) => {
      const heading = headingCredit(tokens, lows, lines[i])
      if (!heading) return null
      owned.add(heading.open)
      // "Internally displaced (DTM): 6.6M": a key figure's own label credits that figure alone.
      return { credit: heading.credit, from: tokens[heading.colon].end, alone: (n) => heading.label && n < 2 }
    },
    claims,
  )
}

/**
 * "Arrivals since 15 April 2023, as of 30 Sep 2024 (UNHCR)": a line with no figure of its own that closes on
 * a body in brackets heads the item lines under it, as "Label (Body):" does.
 */
function closingCredit(
  tokens: Token[],
  lows: string[],
  line: Line,
): { credit: string; open: number; colon: number; label: boolean } | null {
  const close = line.to - 1
  if (lows[close] !== ')' || close - line.from < 3) return null
  // "Situation Report No. 4 (IOM, 18 September)": a line naming the report names its issuer (title-issuer.ts).
  for (let k = line.from; k < close; k++) if (REPORT_KINDS.has(lows[k])) return null
  let open = close - 1
  while (open > Math.max(line.from, close - MAX_CREDIT) && lows[open] !== '(') open--
  if (lows[open] !== '(' || open === line.from) return null
  const name = nameAt(tokens, lows, open + 1, close)
  if (!name || !organisation(name)) return null
  const after = (lows[open + 1] === 'the' ? open + 2 : open + 1) + name.split(' ').length
  return after === close || lows[after] === ',' ? { credit: name, open, colon: close, label: false } : null
}

/** The body in "Label (Body, 10 Sept): ..." on a line of its own, its bracket and its colon; else null. */
function headingCredit(
  tokens: Token[],
  lows: string[],
  line: Line,
): { credit: string; open: number; colon: number; label: boolean } | null {
  let open = line.from
  while (open < Math.min(line.to, line.from + 6) && tokens[open].kind === 'word') open++
  if (open === line.from || lows[open] !== '(') return null
  const close = closing(lows, open, line.to)
  // "Casualties (source: Ministry of Public Health)" alone on its line heads the items under it.
  const alone = close + 1 === line.to && SOURCE_LEADS.has(lows[open + 1]) && lows[open + 2] === ':'
  if (lows[close + 1] !== ':' && !alone) return null
  const colon = alone ? close : close + 1
  const first = alone ? open + 3 : open + 1
  let end = first
  while (end < close && lows[end] !== ',') end++
  const label = !alone && readLabel(tokens, lows, line.from, open)?.metric !== undefined
  const name = nameAt(tokens, lows, first, end)
  if (name && organisation(name)) return { credit: name, open, colon, label }
  const phrase = orgPhraseAt(tokens, lows, first, end)
  if (phrase?.end === end) return { credit: phrase.text, open, colon, label }
  // "(health facility reports)": the records the figures were counted from.
  const words = tokens.slice(open + 1, end)
  const size = end - open - 1
  if (size >= 2 && size <= 4 && DATA_NOUNS.has(lows[end - 1]) && words.every((t) => t.kind === 'word'))
    return { credit: words.map((t) => t.text).join(' '), open, colon, label }
  return null
}
