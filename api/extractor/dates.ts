// Dates: the start of a reference period ("since late April" -> since "late April", 2019-04-21) and the
// day a figure describes ("on Monday" resolved against the publication date, never into the future).
// Hand-written rather than chrono-node: the phrases are few, and chrono would need to run over every
// sentence (it is the slowest step by far when tried) and still needs the "never in the future" rule.

import { SMALL_NUMBERS } from './number-words.ts'
import type { Token } from './tokens.ts'
import { MONTH_NUMBERS, REPORTING_VERBS, WEEKDAY_NUMBERS } from './words.ts'

export interface SincePhrase {
  text: string
  /** YYYY-MM-DD, or null when it cannot be resolved. */
  date: string | null
  at: number
  /** The period's last day when the text names one: "between January and 22 March". */
  until?: string | null
}

const MODIFIER_DAY: Record<string, number> = { early: 1, mid: 11, late: 21, end: 21 }
const SINCE_MARKERS: string[][] = [['since'], ['ever', 'since'], ['considering', 'the', 'fact', 'that']]
const PERIOD_STARTS = new Set(['beginning', 'start', 'outbreak', 'onset'])
/** "the war, which began", "the conflict that started": the start of the conflict the figures count from. */
function startsConflict(lows: string[], i: number): boolean {
  if (lows[i - 1] !== 'which' && lows[i - 1] !== 'that') return false
  // "The conflict in Myanmar, which began": the conflict noun may take a short complement.
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) if (CONFLICTS.has(lows[k])) return true
  return false
}
const CONFLICTS = new Set(
  'war conflict fighting crisis offensive invasion uprising insurgency violence revolution siege'.split(' '),
)

interface Ymd {
  y: number
  m: number
  d: number
}

export function parseIso(date: string | null | undefined): Ymd | null {
  if (!date) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!m) return null
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
}

export function iso(y: number, m: number, d: number): string {
  // Most dates need no calendar arithmetic; only overflowing days and months go through Date.
  if (m >= 1 && m <= 12 && d >= 1 && d <= 28 && y >= 1000 && y <= 9999) {
    return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
  }
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.toISOString().slice(0, 10)
}

function addDays(date: Ymd, days: number): string {
  return iso(date.y, date.m, date.d + days)
}

/** The latest year in which month m (day d) does not lie after the publication date. */
function yearFor(m: number, d: number, pub: Ymd): number {
  return m < pub.m || (m === pub.m && d <= pub.d) ? pub.y : pub.y - 1
}

/** Reads the periods a sentence (tokens from..to) names, dated against the publication date `pub`. */
type PeriodReader = (
  tokens: Token[],
  lows: string[],
  from: number,
  to: number,
  pub: Ymd | null,
) => SincePhrase[]

/** Finds "since ..." in a sentence and reads the date it names, up to 14 words on. */
export const findSince: PeriodReader = (tokens, lows, from, to, pub) => {
  const out: SincePhrase[] = []
  for (let i = from; i < to; i++) {
    const w = lows[i]
    // "Syria's war, which began in 2011, has killed ...": the war's start is the period's start.
    // (Only a war's start, in a month or year: "the assault, which began on Thursday" is one incident.)
    if (
      (w === 'began' || w === 'started' || w === 'erupted') &&
      startsConflict(lows, i) &&
      lows[i + 1] === 'in'
    ) {
      const d = readDate(tokens, lows, i + 2, to, pub, null)
      if (d) out.push({ text: spanText(tokens, i + 2, d.end), date: d.date, at: i })
      continue
    }
    // "between January and 22 March": a period with both ends.
    if (w === 'between') {
      const first = readDate(tokens, lows, i + 1, to, pub, null)
      if (first && lows[first.end] === 'and') {
        const last = readDate(tokens, lows, first.end + 1, to, pub, null)
        if (last && first.date && last.date && first.date < last.date) {
          out.push({ text: spanText(tokens, i + 1, first.end), date: first.date, at: i, until: last.date })
        }
      }
      continue
    }
    if (w !== 'since' && w !== 'ever' && w !== 'considering') continue
    const marker = SINCE_MARKERS.find((m) => m.every((x, k) => lows[i + k] === x))
    if (!marker) continue
    const phrase = readPeriodStart(tokens, lows, i + marker.length, to, pub)
    if (phrase) out.push({ ...phrase, at: i })
  }
  return out
}

function readPeriodStart(
  tokens: Token[],
  lows: string[],
  i: number,
  to: number,
  pub: Ymd | null,
): Omit<SincePhrase, 'at'> | null {
  let modifier: string | null = null
  let j = i
  // "since the beginning of December" -> "December" (the seeds' convention).
  if (lows[j] === 'the' && PERIOD_STARTS.has(lows[j + 1]) && lows[j + 2] === 'of') j += 3
  if (lows[j] === 'the' && lows[j + 1] === 'end' && lows[j + 2] === 'of') {
    modifier = 'end'
    j += 3
  }
  const start = j
  const mid = lows[j]?.startsWith('mid-') ? MONTH_NUMBERS.get(lows[j].slice(4)) : undefined
  // "past due" is a machine rewrite of "late".
  if (lows[j] === 'past' && lows[j + 1] === 'due') {
    modifier = 'late'
    j += 2
  } else if (lows[j] === 'early' || lows[j] === 'mid' || lows[j] === 'late') {
    modifier = lows[j]
    j++
    if (lows[j] === '-') j++
  } else if (mid !== undefined) {
    const m = mid
    return { text: tokens[j].text, date: pub ? iso(yearFor(m, 11, pub), m, 11) : null }
  }
  const direct = readDate(tokens, lows, j, to, pub, modifier)
  if (direct) {
    const written = spanText(tokens, lows[start] === 'past' ? j : start, direct.end)
    return { text: lows[start] === 'past' ? `late ${written}` : written, date: direct.date }
  }
  if (lows[j] === 'the' && lows[j + 1] === 'year' && j === i + 3) {
    return { text: 'the start of the year', date: pub ? iso(pub.y, 1, 1) : null }
  }
  // "since it began in 2011", "since the war began on October 7"
  for (let k = j; k < Math.min(to, i + 16); k++) {
    if (lows[k] === ',' || lows[k] === ';') break
    if (lows[k] !== 'in' && lows[k] !== 'on') continue
    const d = readDate(tokens, lows, k + 1, to, pub, null)
    if (d) return { text: spanText(tokens, k + 1, d.end), date: d.date }
  }
  return null
}

/** "the past three months", "the last week": a period counted back from the publication date. */
export const findRecentPeriods: PeriodReader = (tokens, lows, from, to, pub) => {
  const out: SincePhrase[] = []
  for (let i = from; i + 1 < to; i++) {
    // "so far this year", "killed 60 this year"; not "earlier this year", a point in it.
    if (
      lows[i] === 'this' &&
      lows[i + 1] === 'year' &&
      !/^(earlier|later|of|until)$/.test(lows[i - 1] ?? '')
    ) {
      out.push({ text: spanText(tokens, i, i + 2), date: pub ? iso(pub.y, 1, 1) : null, at: i })
      continue
    }
    // "killed 8,000 people in 2023", "38 civilians were killed in October": a whole month or year gone by.
    // ("as many as in June", "more than in 2022": a comparison, not the period.)
    if (WHOLE_PERIOD.has(lows[i]) && !NOT_PERIOD_BEFORE.has(lows[i - 1] ?? '')) {
      const whole = wholePeriod(tokens, lows, i + 1, to, pub)
      if (whole) {
        out.push({ ...whole, at: i })
        continue
      }
    }
    if (i + 2 >= to) break
    if (lows[i] !== 'the' || (lows[i + 1] !== 'past' && lows[i + 1] !== 'last')) continue
    if (!/^(over|in|during|within|for)$/.test(lows[i - 1] ?? '')) continue
    let j = i + 2
    let n = 1
    const count = Number(tokens[j].text) || SMALL_COUNTS[lows[j]]
    if (count) {
      n = count
      j++
    }
    const unit = UNIT_DAYS[lows[j]]
    if (!unit) continue
    const days = unit === 30 || unit === 365 ? 0 : n * unit
    let date: string | null = null
    if (pub) {
      if (unit === 30) date = iso(pub.y, pub.m - n, pub.d)
      else if (unit === 365) date = iso(pub.y - n, pub.m, pub.d)
      else date = addDays(pub, -days)
    }
    out.push({ text: spanText(tokens, i, j + 1), date, at: i })
  }
  return out
}
const WHOLE_PERIOD = new Set(['in', 'during', 'throughout'])
const NOT_PERIOD_BEFORE = new Set(['began', 'started', 'erupted', 'broke', 'as', 'than'])

/** "2023", "October", "October 2016" (a month or a year, not a day) that has already begun before publication. */
function wholePeriod(
  tokens: Token[],
  lows: string[],
  j: number,
  to: number,
  pub: Ymd | null,
): Omit<SincePhrase, 'at'> | null {
  if (j >= to) return null
  const t = tokens[j]
  if (t.kind === 'num' && /^(19|20)\d\d$/.test(t.text)) {
    const y = Number(t.text)
    if (pub && y > pub.y) return null
    // "in 2023, 1,000 were killed" and "killed in 2023" alike; "in 2023 figures" is no period.
    if (tokens[j + 1]?.kind === 'word' && !/^(and|alone|so|when|as)$/.test(lows[j + 1])) return null
    return { text: t.text, date: iso(y, 1, 1) }
  }
  const m = MONTH_NUMBERS.get(lows[j])
  if (m === undefined || t.text[0] === lows[j][0] || lows[j] === 'may') return null
  // "in October 7" is a day, not a month.
  if (tokens[j + 1]?.kind === 'num' && !/^(19|20)\d\d$/.test(tokens[j + 1].text)) return null
  const year = tokens[j + 1]?.kind === 'num' ? Number(tokens[j + 1].text) : pub ? yearFor(m, 1, pub) : null
  if (!year) return null
  const end = tokens[j + 1]?.kind === 'num' ? j + 2 : j + 1
  return { text: spanText(tokens, j, end), date: iso(year, m, 1) }
}

// "the past three months", "the last few weeks": the number words from two to ten, and vague ones.
const SMALL_COUNTS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(SMALL_NUMBERS).filter(([, n]) => n >= 2 && n <= 10)),
  few: 3,
  several: 3,
}
const UNIT_DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
  hours: 1,
  '24': 1,
}

/** The exact words of tokens [from, to), with their original spacing. */
function spanText(tokens: Token[], from: number, to: number): string {
  let out = ''
  for (let k = from; k < to; k++) out += (k > from && tokens[k].space ? ' ' : '') + tokens[k].text
  return out
}

interface ReadDate {
  date: string | null
  end: number
}

// Out of readDate: a closure made per call costs a defineProperty of its name under tsx and the build
// (esbuild's keepNames), and readDate runs at every word that may start a date.
const isMonthAt = (tokens: Token[], lows: string[], k: number, to: number) =>
  k < to && MONTH_NUMBERS.get(lows[k]) !== undefined && tokens[k].text[0] !== lows[k][0]
const dayAt = (tokens: Token[], k: number, to: number) =>
  k < to && tokens[k].kind === 'num' && /^\d{1,2}$/.test(tokens[k].text) ? Number(tokens[k].text) : 0

/** A date at token j: "April", "late April", "December 2019", "October 7", "7 October", "Feb. 8", "2011", "Thursday". */
function readDate(
  tokens: Token[],
  lows: string[],
  j: number,
  to: number,
  pub: Ymd | null,
  modifier: string | null,
): ReadDate | null {
  if (j >= to) return null
  let month = 0
  let day = modifier ? MODIFIER_DAY[modifier] : 1
  let end = j
  if (isMonthAt(tokens, lows, j, to)) {
    month = MONTH_NUMBERS.get(lows[j]) ?? 0
    end = j + 1
    // "Feb. 8": the dot of an abbreviated month, only when a day follows.
    if (lows[end] === '.' && lows[j].length <= 4 && dayAt(tokens, end + 1, to) > 0) end++
    const d = modifier ? 0 : dayAt(tokens, end, to)
    if (d >= 1 && d <= 31) {
      day = d
      end++
    }
  } else if (dayAt(tokens, j, to) >= 1 && dayAt(tokens, j, to) <= 31 && isMonthAt(tokens, lows, j + 1, to)) {
    day = dayAt(tokens, j, to)
    month = MONTH_NUMBERS.get(lows[j + 1]) ?? 0
    end = j + 2
  }
  if (month) {
    let year = yearAt(tokens, end) ?? (lows[end] === ',' ? yearAt(tokens, end + 1) : null)
    if (year) end = lows[end] === ',' ? end + 2 : end + 1
    if (!year && pub) year = yearFor(month, day, pub)
    return { date: year ? iso(year, month, day) : null, end }
  }
  const year = yearAt(tokens, j)
  if (year) return { date: iso(year, modifier ? MONTH_OF_MODIFIER[modifier] : 1, 1), end: j + 1 }
  const weekday = WEEKDAY_NUMBERS.get(lows[j])
  if (weekday !== undefined && tokens[j].text[0] !== lows[j][0]) {
    return { date: pub ? weekdayBefore(weekday, pub) : null, end: j + 1 }
  }
  return null
}
const MONTH_OF_MODIFIER: Record<string, number> = { early: 1, mid: 6, late: 9, end: 12 }

function yearAt(tokens: Token[], j: number): number | null {
  const t = tokens[j]
  if (t?.kind !== 'num' || !/^(19|20)\d\d$/.test(t.text)) return null
  return Number(t.text)
}

function weekdayBefore(weekday: number, pub: Ymd): string {
  const dow = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay()
  return addDays(pub, -((dow - weekday + 7) % 7))
}

const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight', 'overnight', 'last'])

export interface DayMention {
  at: number
  date: string
  /** Named as the incident's own day: "Friday's earthquake", "Saturday's attack". */
  event?: boolean
}

/**
 * Days of incidents named in a sentence: "on Monday", "yesterday", "on June 12", resolved against the
 * publication date and never after it. A day attached to a reporting verb ("said on Thursday") dates the
 * statement, not the event, and is left out.
 */
export function findDays(tokens: Token[], lows: string[], from: number, to: number, pub: Ymd): DayMention[] {
  const out: DayMention[] = []
  let published = ''
  for (let i = from; i < to; i++) {
    const w = lows[i]
    const tok = tokens[i]
    if (tok.kind === 'punct') continue
    // Only capitalised words, numbers and three adverbs can name a day.
    if (tok.kind === 'word' && tok.text[0] === w[0] && !RELATIVE_DAYS.has(w)) continue
    let date: string | null = null
    let end = i + 1
    let event = false
    // "Friday's quake", "Friday night's earthquake"
    const possessive = tok.kind === 'word' && w.endsWith("'s") ? w.slice(0, -2) : ''
    const weekday = WEEKDAY_NUMBERS.get(w)
    const ownWeekday = possessive ? WEEKDAY_NUMBERS.get(possessive) : undefined
    const month = MONTH_NUMBERS.get(w)
    const monthAfter = MONTH_NUMBERS.get(lows[i + 1])
    if (weekday !== undefined && tokens[i].text[0] !== w[0]) {
      date = weekdayBefore(weekday, pub)
      event = PART_OF_DAY.has(lows[i + 1] ?? '')
    } else if (possessive && ownWeekday !== undefined) {
      // "Friday's earthquake", "Saturday's attack": the incident's day.
      date = weekdayBefore(ownWeekday, pub)
      event = true
    } else if (w === 'yesterday') date = addDays(pub, -1)
    else if (w === 'today' || w === 'tonight') date = iso(pub.y, pub.m, pub.d)
    // "overnight" in a report is the night before it; "last week" is dated a week back.
    else if (w === 'overnight') date = addDays(pub, -1)
    else if (w === 'last' && lows[i + 1] === 'week') {
      date = addDays(pub, -7)
      end = i + 2
    } else if (month !== undefined && tokens[i].text[0] !== w[0] && dayAfterMonth(tokens, i) > 0) {
      // "June 12", "Feb. 6"
      const at = tokens[i + 1].kind === 'num' ? i + 1 : i + 2
      const day = Number(tokens[at].text)
      if (day >= 1 && day <= 31) {
        const y = yearAt(tokens, at + 1) ?? yearAt(tokens, at + 2) ?? yearFor(month, day, pub)
        date = iso(y, month, day)
        end = at + 1
      }
    } else if (tokens[i].kind === 'num' && monthAfter !== undefined && /^\d{1,2}$/.test(tokens[i].text)) {
      // "On 11 April"
      const day = Number(tokens[i].text)
      const m = monthAfter
      if (day >= 1 && day <= 31 && tokens[i + 1].text[0] !== lows[i + 1][0]) {
        date = iso(yearAt(tokens, i + 2) ?? yearFor(m, day, pub), m, day)
        end = i + 2
      }
    }
    if (!date) continue
    if (!published) published = iso(pub.y, pub.m, pub.d)
    if (date > published || nextToReportingVerb(lows, i, end)) continue
    // "KATHMANDU, Nov 4 (Reuters) -", "Blantyre, 17 March 2023 -", "By X | 24 July 2022": the report's date.
    if (isDatelineDate(tokens, lows, i, end, from)) continue
    // "since fighting broke out on 15 April": the start of a period, however it is worded.
    if (inSincePhrase(tokens, lows, i, from)) continue
    // "since 1 December", "from June 12": a period's start, not the day of the figure.
    const prev = lows[i - 1] === 'on' ? lows[i - 2] : lows[i - 1]
    // "between 16 and 17 December": the end of a span, not one day.
    if (prev === 'and' && (lows[i - 3] === 'between' || lows[i - 4] === 'between')) continue
    if (
      !event &&
      (prev === 'since' ||
        prev === 'from' ||
        prev === 'until' ||
        prev === 'between' ||
        prev === 'began' ||
        prev === 'started')
    )
      continue
    out.push({ at: i, date, event })
  }
  return out
}

/** The token index of the day after a month ("June 12", "Feb. 6"), or 0. */
const PART_OF_DAY = new Set(["night's", "morning's", "evening's", "afternoon's"])

function dayAfterMonth(tokens: Token[], i: number): number {
  if (tokens[i + 1]?.kind === 'num') return i + 1
  if (
    tokens[i + 1]?.text === '.' &&
    !tokens[i + 1].space &&
    tokens[i + 2]?.kind === 'num' &&
    tokens[i].text.length <= 4
  )
    return i + 2
  return 0
}

function inSincePhrase(tokens: Token[], lows: string[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 7); k--) {
    if (tokens[k].kind === 'punct') return false
    if (lows[k] === 'since') return true
  }
  return false
}

/** A date in a dateline or a byline: at the head of its line before a dash or an agency, or between bars. */
function isDatelineDate(tokens: Token[], lows: string[], i: number, end: number, from: number): boolean {
  if (lows[i - 1] === '|' || lows[end] === '|' || (lows[end] === ',' && tokens[end + 1]?.text.includes(':')))
    return true
  let lineStart = i
  while (lineStart > from && tokens[lineStart].newlines === 0 && i - lineStart < 8) lineStart--
  if (tokens[lineStart].newlines === 0 && lineStart !== 0) return false
  if (i - lineStart > 7) return false
  let comma = false
  for (let k = lineStart; k < i; k++) {
    if (lows[k] === ',') comma = true
    // A dateline is names only: "KATHMANDU, Nov 4", not "Yemen cholera, figures as of 3 March".
    else if (tokens[k].kind === 'word' && tokens[k].text[0] === lows[k][0]) return false
  }
  if (!comma) return false
  let k = end
  if (lows[k] === ',' && tokens[k + 1]?.kind === 'num') k += 2
  else if (tokens[k]?.kind === 'num' && /^(19|20)\d\d$/.test(tokens[k].text)) k++
  if (lows[k] === ')') k++
  const next = lows[k] ?? ''
  return next === '(' || next === '-' || next === '—' || next === '–' || next === ':' || next === '--'
}

/** The day mentioned nearest to token `near`. */
export function nearestDay(days: DayMention[], near: number): string | null {
  let best: DayMention | null = null
  for (const d of days) if (!best || Math.abs(d.at - near) < Math.abs(best.at - near)) best = d
  return best?.date ?? null
}

function nextToReportingVerb(lows: string[], i: number, end: number): boolean {
  let k = i - 1
  if (lows[k] === 'on' || lows[k] === 'late' || lows[k] === 'early') k--
  if (REPORTING_VERBS.has(lows[k]) || PUBLISHING.has(lows[k])) return true
  // "said in a statement on Monday", "told a news conference on Friday"
  for (let m = k, n = 0; m >= 0 && n < 5 && STATEMENT_WORDS.has(lows[m]); m--, n++) {
    if (REPORTING_VERBS.has(lows[m - 1]) || PUBLISHING.has(lows[m - 1])) return true
  }
  // "..., announced the local youth association on Monday": the speaker stands between verb and day.
  if (lows[i - 1] === 'on') {
    for (let m = i - 2, n = 0; m > 0 && n < 6 && /^[a-z]/.test(lows[m]); m--, n++) {
      if (REPORTING_VERBS.has(lows[m]) && lows[m - 1] === ',') return true
    }
  }
  let m = end
  if (lows[m] === 'morning' || lows[m] === 'evening' || lows[m] === 'night' || lows[m] === 'afternoon') m++
  return REPORTING_VERBS.has(lows[m]) || (lows[m] === 'that' && REPORTING_VERBS.has(lows[k]))
}

// "a statement issued on Sunday", "a report released on Tuesday": the day of the telling.
const STATEMENT_WORDS = new Set(
  'in a an the its his her their statement report interview briefing update post conference press news televised video message address speech'.split(
    ' ',
  ),
)
const PUBLISHING = new Set(['issued', 'released', 'published', 'posted', 'broadcast', 'aired'])

export function isoOf(pub: Ymd): string {
  return iso(pub.y, pub.m, pub.d)
}
