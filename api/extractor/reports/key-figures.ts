// Key figures and fact boxes: a label and its figure, one item per line or several on a line parted by
// "|", ";" or "·". The label comes first ("Deaths: 1,486", "Deaths - 84", "IDPs 1.2M", "Deaths ..... 54",
// "deaths (238)", "Fled to Chad: 20,000") or after the figure ("12,400 | people displaced", "2,946: people
// confirmed dead", "1.1M\nINTERNALLY DISPLACED"). The label is read with the trigger lexicon, like prose;
// a figure no label stands beside is left to the other frames.

import { CONFIDENCE } from '../confidence.ts'
import { crossesBorder, npEnd, resolveMetric } from '../link-frames/index.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type HeadClass, headClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import type { Metric } from '../types.ts'
import { readNounPhrase } from '../who.ts'
import { MONTH_NUMBERS } from '../words.ts'
import { labelBelow } from './tiles.ts'

const DASHES = new Set(['-', '–', '—', '→'])
const EMPHASIS = new Set(['*', '_'])
// What parts one item of a box from the next.
const ITEM_BREAKS = new Set(['|', ';', '·', '•', '▪', '*', ',', '.', '(', ')', ':', '/'])
// Marks of a change since the last report that may follow a box's figure ("2,011 ▲12%"): not its label.
const CHANGE_MARKS = new Set(['▲', '▼', '↑', '↓', '△', '▽', '⬆', '⬇'])
// What opens a box item other than a new line.
const ITEM_STARTS = new Set(['|', ';', '·', '•', '▪', '*'])
// What stands between a figure and the label after it.
const AFTER_FIGURE = new Set([':', '|', '-', '–', '—', '→'])
// Short words a box writes before a figure for "about": "approx. 15,000", "c. 300".
const ABOUT = new Set(['approx', 'est', 'c', 'ca'])
const MAX_LABEL = 8
const COMPLEMENT_STARTS = new Set([
  'in',
  'of',
  'from',
  'to',
  'into',
  'for',
  'by',
  'at',
  'since',
  'across',
  'under',
  'this',
  'last',
  'per',
  'during',
])

export function keyFigure(
  ctx: LinkContext,
  c: Candidate,
  sentenceFrom: number,
  sentenceTo: number,
): Link | null {
  const { tokens, lows } = ctx
  takeAbout(ctx, c)
  // "**Dead:** 233": Markdown emphasis closing after the label's colon.
  let bare = c.num.from
  while (bare > sentenceFrom + 1 && EMPHASIS.has(lows[bare - 1]) && !tokens[bare - 1].space) bare--
  const sep = lows[bare - 1]
  // "Displaced (new / total): 12,400 / 286,000": the figure after the slash is the label's second.
  const pair = sep === '/' ? pairedAfter(ctx, bare - 1, sentenceFrom) : -1
  if (pair > 0) {
    const first: Candidate = { ...c, num: { ...c.num, from: pair + 1 } }
    const metric = keyFigure(ctx, first, sentenceFrom, sentenceTo)?.metric
    if (first.np !== c.np && c.np.to === c.np.from) c.np = first.np
    return metric ? link(metric, c.num.from, npEnd(c)) : null
  }
  let end: number
  let close = 0
  let itemFrom = sentenceFrom
  if (sep === ':') end = bare - 1
  else if (DASHES.has(sep) && tokens[c.num.from - 1].space && tokens[c.num.from].space) end = c.num.from - 1
  else if (sep === '.' && lows[c.num.from - 2] === '.') {
    // Dot leaders: "Deaths ........ 54". The dots end sentences, so the label is looked for on the line.
    end = c.num.from - 1
    while (end > 0 && lows[end - 1] === '.' && tokens[end].newlines === 0) end--
    if (tokens[end].newlines > 0) return null
    itemFrom = lineStart(ctx, end)
  } else if (sep === '(' && lows[c.num.to] === ')') {
    // "deaths (238)"
    end = c.num.from - 1
    close = 1
  } else {
    // "IDPs 1.2M": a label straight before a figure that closes its item.
    const after = c.num.to >= sentenceTo ? '' : lows[c.num.to]
    if (
      after &&
      !ITEM_BREAKS.has(after) &&
      !CHANGE_MARKS.has(after) &&
      tokens[c.num.to].newlines === 0 &&
      !cellGap(tokens, c.num.to)
    )
      return labelAfter(ctx, c, sentenceTo)
    if (c.np.to > c.np.from) return null
    end = c.num.from
  }
  let start = end
  while (start > itemFrom && end - start < MAX_LABEL) {
    if (tokens[start].newlines > 0 || cellGap(tokens, start)) break
    // "Deaths (ACLED, 2017–2024) – 4,900+": an aside in the label says whose or when; the label goes on.
    const aside = lows[start - 1] === ')' ? asideStart(ctx, start - 1, itemFrom) : -1
    if (aside > itemFrom) {
      start = aside
      continue
    }
    const w = lows[start - 1]
    // "killed Jan–Mar", "deaths in 2022": an unspaced dash and a year belong to the label.
    const inLabel =
      (DASHES.has(w) && !tokens[start - 1].space && !tokens[start].space) ||
      isYearToken(tokens[start - 1]) ||
      periodNumber(ctx, start - 1, end)
    if (!inLabel && (ITEM_BREAKS.has(w) || DASHES.has(w) || tokens[start - 1].kind === 'num')) break
    start--
  }
  // Without a separator the label must be the whole item: nothing of a sentence before it.
  if (
    end === c.num.from &&
    start > itemFrom &&
    !ITEM_BREAKS.has(lows[start - 1]) &&
    !DASHES.has(lows[start - 1]) &&
    !cellGap(tokens, start)
  )
    return labelAfter(ctx, c, sentenceTo)
  if (start >= end) return labelAfter(ctx, c, sentenceTo)
  // "# IDP HHs: 176,243": the mark for "number of" opens the label, it is no part of it.
  if (lows[start] === '#' && start + 1 < end) start++
  const metric = readItemLabel(ctx, c, start, end)
  if (!metric || mixedArrivals(ctx, start, end)) return null
  return link(metric, start, npEnd(c) + close)
}

/** "12,400 | people displaced", "2,946: people confirmed dead", "1.1M\nINTERNALLY DISPLACED". */
function labelAfter(ctx: LinkContext, c: Candidate, sentenceTo: number): Link | null {
  const { tokens, lows } = ctx
  const from = c.num.from
  // The figure opens its item: a line, or a "|" or ";" box item (after a ":" it is a label's figure).
  const opens = from === 0 || tokens[from].newlines > 0 || ITEM_STARTS.has(lows[from - 1])
  if (!opens || c.np.to > c.np.from) return null
  let start = c.num.to
  let limit = sentenceTo
  if (AFTER_FIGURE.has(lows[start]) && tokens[start].newlines === 0) start++
  // A figure alone on its line, its label below, in a run of tiles that reads that way.
  else if (
    tokens[start]?.newlines > 0 &&
    (from === 0 || tokens[from].newlines > 0) &&
    labelBelow(tokens, lows, from)
  )
    limit = tokens.length
  else return null
  let end = start
  while (end < limit && end - start < MAX_LABEL && !ITEM_BREAKS.has(lows[end])) {
    if (end > start && tokens[end].newlines > 0) break
    if (tokens[end].kind === 'num') break // "DISPLACED SINCE 12 AUGUST"
    end++
  }
  if (end === start) return null
  let metric = readItemLabel(ctx, c, start, end)
  // "42\nHealth facilities\ndamaged": a tile's label wrapped onto a second line.
  if (!metric && limit === tokens.length && end < limit && tokens[end].newlines === 1) {
    let next = end + 1
    while (next < limit && tokens[next].newlines === 0 && tokens[next].kind !== 'num') next++
    if (next - start <= MAX_LABEL && (next === limit || tokens[next].newlines > 0)) {
      metric = readItemLabel(ctx, c, start, next)
      end = next
    }
  }
  if (!metric) return null
  return link(metric, from, Math.max(c.np.to, triggerEnd(lows, start, end)))
}

/** Where the bracketed aside closing at `close` opens, on one line and after `from`; -1 if it does not. */
function asideStart(ctx: LinkContext, close: number, from: number): number {
  for (let k = close - 1; k > from && close - k <= MAX_LABEL; k--) {
    if (ctx.tokens[k + 1].newlines > 0) return -1
    if (ctx.lows[k] === '(') return k
  }
  return -1
}

/**
 * Two spaces or a tab between tokens of one line part the cells of a flattened table or a row of tiles
 * ("ETHIOPIA  IDPs 3.3M  Schools closed 2,140"): a label does not run across them.
 */
const cellGap = (tokens: Token[], k: number) =>
  k > 0 && tokens[k].newlines === 0 && tokens[k].start - tokens[k - 1].end >= 2

const isYearToken = (t: { kind: string; text: string }) => t.kind === 'num' && /^(19|20)\d\d$/.test(t.text)

// What a number in a label counts when it says when: "in the last 30 days", "past 24 hours".
const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'hours', 'h', 'hrs'])

/**
 * "Deaths since 3 March: 412", "IDPs as of March 15: 9,100", "Newly displaced in the last 30 days: 21,300":
 * a day of a month or a span of days in the label says when, it is not a figure of its own.
 */
function periodNumber(ctx: LinkContext, at: number, end: number): boolean {
  const t = ctx.tokens[at]
  if (t.kind !== 'num' || !/^\d{1,2}$/.test(t.text)) return false
  const next = at + 1 < end ? ctx.lows[at + 1] : ''
  return MONTH_NUMBERS.has(next) || SPAN_UNITS.has(next) || MONTH_NUMBERS.has(ctx.lows[at - 1] ?? '')
}

function lineStart(ctx: LinkContext, at: number): number {
  let k = at
  while (k > 0 && ctx.tokens[k].newlines === 0) k--
  return k
}

/** The metric a label names, read up to `end`; the label's group becomes the figure's. */
function readItemLabel(ctx: LinkContext, c: Candidate, start: number, end: number): Metric | null {
  const { tokens, lows } = ctx
  let cls: HeadClass = c.np.cls
  // The head comes before any complement: "Refugees in neighbouring countries".
  for (let k = start; k < end && !COMPLEMENT_STARTS.has(lows[k]); k++) {
    const hc = headClass(lows[k], tokens[k].text, lows[k - 1])
    if (hc === 'facility' || hc === 'home' || hc === 'households') cls = hc
    if (hc === 'thing') return null // "Livestock perished: 1,164,270"
  }
  const metric = labelMetric(ctx, c, start, end, cls)
  // "Damage:\n- Houses: 193\n- Bridges: 19": a label naming only the homes counts what the heading says.
  if (!metric && (cls === 'home' || cls === 'facility') && end - start <= 2) {
    const heading = headingAbove(ctx, start)
    const said = heading >= 0 ? labelMetric(ctx, c, lineStart(ctx, heading), heading, cls) : null
    if (said) c.np = readNounPhrase(tokens, lows, start, end)
    return said
  }
  if (metric || cls !== c.np.cls) return metric
  // "Heavily damaged: 95,402" under "Buildings collapsed: 20,662": a label naming only what happened
  // counts what the labels just above it count.
  if (!onlyWhatHappened(lows, start, end)) return null
  const above = classAbove(ctx, start)
  if (above < 0) return null
  const np = readNounPhrase(tokens, lows, above, above + 1)
  const inherited = labelMetric(ctx, c, start, end, headClass(lows[above], tokens[above].text))
  if (inherited && c.np.to === c.np.from && np.to > np.from) c.np = np
  return inherited
}

/** The colon closing a heading line ("Damage:") over the items just above `at`, or -1. */
function headingAbove(ctx: LinkContext, at: number): number {
  const { tokens, lows } = ctx
  for (let k = at - 1; k > 0 && at - k <= ABOVE_TOKENS; k--) {
    if (tokens[k + 1].newlines > 1) return -1
    if (lows[k] === ':' && tokens[k + 1].newlines > 0) return k - lineStart(ctx, k) <= 3 ? k : -1
  }
  return -1
}

/** "Heavily damaged", "Destroyed", "Partially damaged": a trigger and adverbs of degree, no noun. */
function onlyWhatHappened(lows: string[], start: number, end: number): boolean {
  let k = start
  let found = false
  while (k < end) {
    const t = triggerAt(lows, k, end, 'p') ?? triggerAt(lows, k, end, 'n') ?? triggerAt(lows, k, end, 'v')
    if (t) {
      found = true
      k = t.to
    } else if (/^[a-z]+ly$/.test(lows[k])) k++
    else return false
  }
  return found
}

// How far back a label looks for what the labels above it count.
const ABOVE_TOKENS = 30

/** The last home or facility noun before `at`, on the lines just above (no blank line between), or -1. */
function classAbove(ctx: LinkContext, at: number): number {
  const { tokens, lows } = ctx
  for (let k = at - 1; k >= 0 && at - k <= ABOVE_TOKENS; k--) {
    const hc = headClass(lows[k], tokens[k].text, lows[k - 1])
    if (hc === 'home' || hc === 'facility') return k
    if (hc === 'people' || hc === 'households' || tokens[k].newlines > 1) return -1
  }
  return -1
}

function labelMetric(
  ctx: LinkContext,
  c: Candidate,
  start: number,
  end: number,
  cls: HeadClass,
): Metric | null {
  const { tokens, lows } = ctx
  for (let k = start; k < end; k++) {
    const t = triggerAt(lows, k, end, 'p') ?? triggerAt(lows, k, end, 'n') ?? triggerAt(lows, k, end, 'v')
    if (!t) continue
    let metric = resolveMetric(t.entry, cls)
    if (!metric) continue
    // "Fled to Egypt: 16,000": out of the country, so refugees.
    if (metric === 'displaced' && crossesBorder(ctx, t.to, end)) metric = 'refugees'
    // "Civilians killed: 145", "Houses flooded: 235,000", "Refugees: 138,000": the label names whom it counts.
    if (c.np.to === c.np.from) {
      const np = readNounPhrase(tokens, lows, start, end)
      if (np.to > np.from && np.cls !== 'thing' && np.cls !== 'unknown') c.np = np
    }
    return metric
  }
  return null
}

/** Where the first trigger of a label ends: the quote stops there ("houses damaged", not "... in six provinces"). */
function triggerEnd(lows: string[], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const t = triggerAt(lows, k, end, 'p') ?? triggerAt(lows, k, end, 'n') ?? triggerAt(lows, k, end, 'v')
    if (t) return t.to
  }
  return end
}

/**
 * "Arrivals: 712,000 | Refugees: 138,000 | Returnees: 574,000": arrivals that a box parts into refugees and
 * returnees count both, which is no claim; arrivals said to be refugees ("Refugee arrivals") still count.
 */
// How far a box is searched for the returnees its arrivals take in: its line and the next.
const ARRIVALS_REACH = 60

function mixedArrivals(ctx: LinkContext, start: number, end: number): boolean {
  const { tokens, lows } = ctx
  let k = start
  while (k < end && lows[k] !== 'arrivals') k++
  if (k === end || (k > start && lows[k - 1] !== 'new')) return false
  let line = 0
  const from = lineStart(ctx, start)
  for (let j = from; j < tokens.length && line < 2 && j - from < ARRIVALS_REACH; j++) {
    if (j > start && tokens[j].newlines > 0) line++
    if (lows[j] === 'returnees') return true
  }
  return false
}

/** The colon of "Label: 12,400 / 286,000" when `slash` follows the first figure; else -1. */
function pairedAfter(ctx: LinkContext, slash: number, from: number): number {
  const { tokens, lows } = ctx
  let k = slash - 1
  while (k > from && tokens[k].kind === 'num' && tokens[k].newlines === 0) k--
  if (k >= slash - 1 || lows[k] !== ':' || tokens[slash].newlines > 0) return -1
  // "Killed / injured: 45 / 120" pairs two labels with two figures: the second is not the first's.
  let depth = 0
  for (let j = k - 1; j >= from && tokens[j + 1].newlines === 0 && k - j <= MAX_LABEL; j--) {
    if (lows[j] === ')') depth++
    else if (lows[j] === '(') depth--
    else if (lows[j] === '/' && depth === 0) return -1
  }
  return k
}

/** "approx. 15,000": the figure takes the word, its dot and its meaning. */
function takeAbout(ctx: LinkContext, c: Candidate): void {
  const { lows } = ctx
  const at = c.num.from
  if (c.num.qualifier !== 'exact' || lows[at - 1] !== '.' || !ABOUT.has(lows[at - 2])) return
  c.num = { ...c.num, from: at - 2, qualifier: 'approx', high: null }
}

function link(metric: Metric, from: number, to: number): Link {
  return { kind: 'toll', metric, from, to, modal: false, parent: null, confidence: CONFIDENCE.keyFigure }
}
