// Pure text helpers for showing figures in their context: highlight spans, sentences, numbers.

import { SMALL_NUMBERS } from '../../../api/extractor/number-words.ts'
import type { Figure } from './types.ts'

export interface Span<T> {
  start: number
  end: number
  value: T
}

export interface Segment<T> {
  text: string
  start: number
  /** The span this piece belongs to, or null for plain text between spans. */
  span: Span<T> | null
}

/**
 * Cuts `text` into plain and highlighted pieces. Spans out of range are clipped, empty ones dropped;
 * where spans overlap the earlier one wins and the later one starts after it.
 */
export function segments<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment<T>[] = []
  let at = 0
  for (const s of sorted) {
    const start = Math.max(s.start, at)
    if (start >= s.end) continue
    if (start > at) out.push({ text: text.slice(at, start), start: at, span: null })
    out.push({ text: text.slice(start, s.end), start, span: s })
    at = s.end
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, span: null })
  return out
}

/** Where a quote sits in a text: the claim's offsets when they hold, else the first match, else null. */
export function locateQuote(
  text: string,
  quote: string,
  start: number | null,
  end: number | null,
): { start: number; end: number } | null {
  if (start !== null && end !== null && text.slice(start, end) === quote) return { start, end }
  const at = text.indexOf(quote)
  return at >= 0 ? { start: at, end: at + quote.length } : null
}

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g

/** The sentence around [start, end): text before the quote, the quote, text after, within one sentence. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  maxChars = 400,
): { before: string; match: string; after: string } {
  let from = 0
  let to = text.length
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = (m.index ?? 0) + m[0].length
    if (boundary <= start) from = boundary
    else if ((m.index ?? 0) >= end) {
      to = (m.index ?? 0) + m[0].trimEnd().length
      break
    }
  }
  // Paragraph breaks end sentences too.
  const para = text.lastIndexOf('\n', start - 1)
  if (para + 1 > from) from = para + 1
  const nextPara = text.indexOf('\n', end)
  if (nextPara >= 0 && nextPara < to) to = nextPara
  let before = text.slice(from, start)
  let after = text.slice(end, to)
  const room = Math.max(0, maxChars - (end - start))
  if (before.length > room / 2) before = `…${before.slice(before.length - Math.floor(room / 2)).trimStart()}`
  if (after.length > room / 2) after = `${after.slice(0, Math.floor(room / 2)).trimEnd()}…`
  return { before: before.trimStart(), match: text.slice(start, end), after: after.trimEnd() }
}

// The number words are the extractor's own (one list for both; it is a small, dependency-free module),
// with the vague amounts a passage may give ("dozens"), read as their smallest likely value.
const NUMBER_WORDS: Record<string, number> = {
  ...SMALL_NUMBERS,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
}
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6 }

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const NUMBER_RE = new RegExp(
  String.raw`\b(${NUMBER})(?:\s*(thousand|million|billion)\b)?|\b(${Object.keys(NUMBER_WORDS).join('|')})\b(?:\s+(thousand|million|billion)\b)?`,
  'gi',
)

/** The value one match of NUMBER_RE stands for: digits or a number word, times its scale. */
function matchValue(m: RegExpMatchArray): number {
  const [, digits, digitScale, word, wordScale] = m
  const base = digits
    ? Number(digits.replaceAll(',', ''))
    : (NUMBER_WORDS[word?.toLowerCase() ?? ''] ?? Number.NaN)
  const scale = digits ? digitScale : wordScale
  return base * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1)
}

/** Where the figure's number is inside a quote ("more than [860] civilians"), or null. */
export function findNumber(quote: string): { start: number; end: number; value: number } | null {
  NUMBER_RE.lastIndex = 0
  const m = NUMBER_RE.exec(quote)
  if (!m) return null
  return { start: m.index, end: m.index + m[0].length, value: matchValue(m) }
}

/**
 * A first guess at the figure in a selected passage, for the "add a claim" form:
 * "more than 360" → at least 360; "between 20 and 30" → range; "about 1,200" → approx.
 */
export function guessFigure(passage: string): Figure | null {
  const numbers: number[] = []
  NUMBER_RE.lastIndex = 0
  for (const m of passage.matchAll(NUMBER_RE)) {
    const value = matchValue(m)
    if (Number.isFinite(value)) numbers.push(value)
  }
  const [low, second] = numbers
  if (low === undefined) return null
  const text = passage.toLowerCase()
  if (second !== undefined && /\bbetween\b|\bfrom\b.*\bto\b|\d\s*(?:-|–|to)\s*\d/.test(text)) {
    return { low: Math.min(low, second), high: Math.max(low, second), qualifier: 'range' }
  }
  if (/\b(more than|over|at least|upwards of|in excess of|exceed)/.test(text)) {
    return { low, high: null, qualifier: 'at_least' }
  }
  if (/\b(up to|as many as|at most|fewer than|less than|no more than)\b/.test(text)) {
    return { low, high: low, qualifier: 'at_most' }
  }
  if (/\b(about|around|nearly|almost|approximately|some|roughly|estimated)\b/.test(text)) {
    return { low, high: null, qualifier: 'approx' }
  }
  if (/\b(dozens|hundreds|thousands|scores)\b/.test(text)) return { low, high: null, qualifier: 'vague' }
  return { low, high: low, qualifier: 'exact' }
}
