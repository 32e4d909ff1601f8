// A hand-entered "since" ("late April", "the start of the offensive in December") read into the date
// the period starts, the way the extractor reads it in articles, against the figure's date.
import { findSince, parseIso } from '../extractor/dates.ts'
import { tokenize } from '../extractor/tokens.ts'

export function sinceDate(since: string | null | undefined, reference: string | null): string | null {
  if (!since?.trim()) return null
  const text = /^\s*since\b/i.test(since) ? since : `since ${since}`
  const tokens = tokenize(text)
  const lows = tokens.map((t) => t.low)
  return findSince(tokens, lows, 0, tokens.length, parseIso(reference))[0]?.date ?? null
}
