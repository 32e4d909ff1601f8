// Calendar arithmetic on 'YYYY-MM-DD' strings. Everything runs in UTC day numbers so that a series
// never shifts by a day with the server's time zone.

import { memoize } from '../text/memo.ts'

const DAY_MS = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days since 1970-01-01 for a 'YYYY-MM-DD' string; throws on anything else so bad data fails loudly.
 * Remembered: a long series' analysis asks for the same few thousand dates over and over (every change,
 * increment, step and pair of reports).
 */
export const dayNumber = memoize(parseDay)

function parseDay(date: string): number {
  const m = ISO_DATE.exec(date)
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (new Date(ms).getUTCDate() !== Number(m[3])) throw new Error(`no such day: ${date}`)
  return ms / DAY_MS
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days)
}

export type BucketUnit = 'day' | 'week' | 'month'

export interface Period {
  /** Label a chart can show: '2020-02-06', '2020-W06' (ISO week) or '2020-02'. */
  period: string
  /** First and last day of the period, inclusive. */
  start: string
  end: string
}

/** The day, ISO week (Monday start) or calendar month a date falls in. */
export function periodOf(date: string, unit: BucketUnit): Period {
  const day = dayNumber(date)
  if (unit === 'day') return { period: date, start: date, end: date }
  if (unit === 'month') {
    const y = Number(date.slice(0, 4))
    const m = Number(date.slice(5, 7))
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    return { period: date.slice(0, 7), start: `${date.slice(0, 7)}-01`, end: `${date.slice(0, 7)}-${last}` }
  }
  // 1970-01-01 was a Thursday; (day + 3) mod 7 is 0 on Mondays.
  const monday = day - ((((day + 3) % 7) + 7) % 7)
  // The ISO week-year is the year of the week's Thursday.
  const thursday = fromDayNumber(monday + 3)
  const year = Number(thursday.slice(0, 4))
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1
  return {
    period: `${year}-W${String(week).padStart(2, '0')}`,
    start: fromDayNumber(monday),
    end: fromDayNumber(monday + 6),
  }
}

/** The period after `p`, for filling gaps so a chart's time axis has no holes. */
export function nextPeriod(p: Period, unit: BucketUnit): Period {
  return periodOf(addDays(p.end, 1), unit)
}
