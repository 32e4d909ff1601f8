// Pure formatters: figures with their qualifiers, dates and changes, as the dashboard shows them.
// No DOM, no clock (callers pass `now`), one locale (English), so they are easy to test.

import type { Change, Figure, Metric, Qualifier, Status } from './types.ts'

const MINUS = '\u2212'
const EN_DASH = '\u2013'
const THIN_SPACE = '\u2009'

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** 1200 → "1,200"; 7.25 → "7.3"; negative numbers with a real minus sign. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–'
  const text = (Number.isInteger(n) ? integer : decimal).format(Math.abs(n))
  return n < 0 ? `${MINUS}${text}` : text
}

/** 520000 → "520K", 2000000 → "2M", 1250 → "1.3K", 860 → "860". For axes and sparklines. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n)
  const sign = n < 0 ? MINUS : ''
  const unit = (value: number, suffix: string) => `${sign}${decimal.format(value)}${suffix}`
  if (abs >= 1e9) return unit(abs / 1e9, 'B')
  if (abs >= 1e6) return unit(abs / 1e6, 'M')
  if (abs >= 1e3) return unit(abs / 1e3, 'K')
  return `${sign}${decimal.format(abs)}`
}

/**
 * A figure as people write it: exact "1,200", at least "≥ 860", about "~ 1,200", at most "≤ 30",
 * a range "20–30", a vague amount ("dozens") as its smallest reading with a plus, "24+".
 */
export function formatFigure(f: Figure): string {
  const low = formatNumber(f.low)
  switch (f.qualifier) {
    // "At least 90" is not "more than 90": the sign includes the figure itself, as the source does.
    case 'at_least':
      return `≥ ${low}`
    case 'approx':
      return `~ ${low}`
    case 'at_most':
      return `≤ ${formatNumber(f.high ?? f.low)}`
    case 'vague':
      return `${low}+`
    case 'range':
      return f.high !== null && f.high !== f.low ? `${low}${EN_DASH}${formatNumber(f.high)}` : low
    default:
      return f.high !== null && f.high !== f.low ? `${low}${EN_DASH}${formatNumber(f.high)}` : low
  }
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: 'exact',
  at_least: 'at least',
  approx: 'about',
  at_most: 'at most',
  range: 'range',
  vague: 'vague',
}

/** "at_least" → "at least". */
export function formatQualifier(q: Qualifier): string {
  return QUALIFIER_WORDS[q] ?? q
}

/** The figure in words, for screen readers and tooltips: "at least 860", "between 20 and 30". */
export function describeFigure(f: Figure): string {
  const low = formatNumber(f.low)
  switch (f.qualifier) {
    case 'at_least':
      return `at least ${low}`
    case 'approx':
      return `about ${low}`
    case 'at_most':
      return `at most ${formatNumber(f.high ?? f.low)}`
    case 'vague':
      return `${low} or more (vague)`
    case 'range':
      return f.high !== null ? `between ${low} and ${formatNumber(f.high)}` : low
    default:
      return low
  }
}

const METRIC_WORDS: Record<Metric, string> = {
  killed: 'killed',
  injured: 'injured',
  casualties: 'casualties',
  displaced: 'displaced',
  refugees: 'refugees',
  missing: 'missing',
  detained: 'detained',
  affected: 'affected',
  facilities: 'facilities hit',
  homes: 'homes destroyed',
}

export function formatMetric(m: Metric): string {
  return METRIC_WORDS[m] ?? m
}

const STATUS_WORDS: Record<Status, string> = {
  pending: 'Pending',
  verified: 'Verified',
  rejected: 'Rejected',
}
export function formatStatus(s: Status): string {
  return STATUS_WORDS[s] ?? s
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An ISO day's year, month name and day; null when it is not one ("2019-13-01" included). */
function parseDay(iso: string): { year: number; month: string; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  const month = m && MONTHS[Number(m[2]) - 1]
  return m && month ? { year: Number(m[1]), month, day: Number(m[3]) } : null
}

/** "2019-08-20" → "20 Aug 2019"; null → "no date". Read as a calendar day, never shifted by time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'no date'
  const d = parseDay(iso)
  if (!d) return iso
  return `${d.day} ${d.month} ${d.year}`
}

/**
 * What an increment says, with the period it grew over (a bar on one day would read as one day's toll):
 * "+500 between 13 Jun and 20 Aug 2019", "+40 between 28 Dec 2019 and 3 Jan 2020".
 */
export function formatIncrement(inc: { delta: number; from: string; to: string }): string {
  const sameYear = inc.from.slice(0, 4) === inc.to.slice(0, 4)
  const from = sameYear ? formatDayMonth(inc.from) : formatDate(inc.from)
  return `${formatSigned(inc.delta)} between ${from} and ${formatDate(inc.to)}`
}

/** "2019-08-20" → "20 Aug". */
export function formatDayMonth(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = parseDay(iso)
  return d ? `${d.day} ${d.month}` : iso
}

/** A timestamp in a time zone, UTC unless given: "21 Nov 2026, 10:00 UTC", "21 Nov 2026, 11:00 Europe/Zurich". */
export function formatDateTime(iso: string | null | undefined, timeZone = 'UTC'): string {
  if (!iso) return '–'
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return iso
  // The wall-clock time in that zone (a schedule's own), read from Intl's parts: no clock, no locale.
  let parts: Record<string, string>
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(t)
        .map((p) => [p.type, p.value]),
    )
  } catch {
    return timeZone === 'UTC' ? iso : formatDateTime(iso)
  }
  const month = MONTHS[Number(parts.month) - 1]
  return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute} ${timeZone}`
}

/** "3 hours ago", "yesterday", "12 days ago"; `now` is passed in. */
export function formatAgo(iso: string, now: Date): string {
  const then = new Date(iso).getTime()
  if (Number.isNaN(then)) return iso
  const seconds = Math.round((now.getTime() - then) / 1000)
  if (seconds < 60) return 'just now'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`
  const days = Math.round(hours / 24)
  if (days === 1) return 'yesterday'
  if (days < 60) return `${days} days ago`
  return formatDate(new Date(then).toISOString().slice(0, 10))
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  )
}

/** A signed whole number: "+500", "−120", "0". */
export function formatSigned(n: number): string {
  if (n === 0) return '0'
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n)
}

/** A percentage with its sign: 138.94 → "+138.9%", -12 → "−12%". */
export function formatPercent(pct: number): string {
  const text = `${decimal.format(Math.abs(pct))}%`
  if (pct === 0) return '0%'
  return pct > 0 ? `+${text}` : `${MINUS}${text}`
}

/** The change since the previous figure: "+500 (+138.9%)", "no change", "first figure". */
export function formatChange(change: Change | null | undefined): string {
  if (!change) return 'first figure'
  if (change.abs === 0) return 'no change'
  const pct = change.pct === null || change.pct === undefined ? '' : ` (${formatPercent(change.pct)})`
  return `${formatSigned(change.abs)}${pct}`
}

/** "+7.5 a day over 68 days". */
export function formatRate(change: Change | null | undefined): string {
  if (!change || change.per_day === null || change.per_day === undefined) return ''
  const days = change.days ? ` over ${formatNumber(change.days)} day${change.days === 1 ? '' : 's'}` : ''
  const perDay =
    change.per_day === 0
      ? '0'
      : `${change.per_day > 0 ? '+' : MINUS}${decimal.format(Math.abs(change.per_day))}`
  return `${perDay} a day${days}`
}

/** Which way a change goes, for its arrow and colour. */
export function changeDirection(change: Change | null | undefined): 'up' | 'down' | 'flat' | 'none' {
  if (!change) return 'none'
  return change.abs > 0 ? 'up' : change.abs < 0 ? 'down' : 'flat'
}

/** Confidence 0..1 as a percentage: 0.91 → "91%". */
export function formatConfidence(c: number): string {
  return `${Math.round(c * 100)}%`
}

/** "Idlib, SYR" from the parts a claim has. */
export function formatPlace(location: string | null, country: string | null): string {
  if (location && country) return `${location}, ${country}`
  return location ?? country ?? 'no place'
}

export { EN_DASH, MINUS, THIN_SPACE }

/** Languages the extractor reads; the API's word per article (`language_supported`) is believed first. */
const READ_LANGUAGES = new Set(['en', 'fr', 'es', 'ar'])

/**
 * The name of an article's language when Tally does not read it ("French"), else null: its claims are
 * then missing, not absent, and the page must say so rather than show a silent zero.
 */
export function unreadLanguage(a: {
  language: string | null
  language_supported?: boolean | null
}): string | null {
  if (!a.language) return null
  const code = a.language.toLowerCase().split('-')[0]!
  if (a.language_supported ?? READ_LANGUAGES.has(code)) return null
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
