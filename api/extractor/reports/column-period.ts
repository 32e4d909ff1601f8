// The period a table's column header names for its cells: "Since 8 Oct 2023", "Cumulative (23 Sep–1 Dec)",
// "Last 24 h". A row label says what is counted ("Killed | 11 | 4,047"), the column says since when.

import { findDays, findSince, iso, type parseIso } from '../dates.ts'
import type { Token } from '../tokens.ts'

export interface ColumnPeriod {
  since: string
  sinceDate: string | null
  /** The end of a written range ("23 Sep–1 Dec"): the day its figures describe. */
  until: string | null
}

const DASHES = new Set(['-', '–', '—', 'to'])
const LAST = new Set(['last', 'past'])
// Units of "Last 24 h", "Past 7 days", in days (hours count as the day before publication).
const UNIT_DAYS: Record<string, number> = {
  h: 0,
  hrs: 0,
  hr: 0,
  hours: 0,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
}

/** The period named by a column's header tokens (a few, with their punctuation), or null. */
export function columnPeriod(
  text: string,
  tokens: Token[],
  pub: ReturnType<typeof parseIso>,
): ColumnPeriod | null {
  const lows = tokens.map((t) => t.low)
  const from = 0
  const to = tokens.length
  const written = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end)
  const [since] = findSince(tokens, lows, from, to, pub)
  if (since) return { since: since.text, sinceDate: since.date, until: null }
  if (!pub) return null
  // "Last 24 h", "Past 7 days": counted back from the publication date.
  for (let k = from; k + 2 < to + 1; k++) {
    if (!LAST.has(lows[k]) || tokens[k + 1]?.kind !== 'num') continue
    const n = Number(tokens[k + 1].text)
    const unit = UNIT_DAYS[lows[k + 2]]
    if (!n || unit === undefined || k + 2 >= to) continue
    const days = unit === 0 ? Math.max(1, Math.ceil(n / 24)) : n * unit
    return { since: written(k, k + 3), sinceDate: iso(pub.y, pub.m, pub.d - days), until: null }
  }
  // "Cumulative (23 Sep–1 Dec)": a range's first day starts the period, its last dates the figures.
  const days = findDays(tokens, lows, from, to, pub)
  if (days.length !== 2) return null
  let dash = days[0].at + 1
  while (dash < days[1].at && !DASHES.has(lows[dash])) dash++
  if (dash >= days[1].at) return null
  let end = dash
  while (end > days[0].at + 1 && tokens[end - 1].kind === 'punct') end--
  return { since: written(days[0].at, end), sinceDate: days[0].date, until: days[1].date }
}
