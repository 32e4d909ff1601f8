// A report's issuer set out on a line of its own, as a letterhead or a footer lays it out rather than as a
// title says it: the body's name alone ("National Disaster Risk Reduction and Management Council",
// "Disaster and Emergency Management Presidency (AFAD)", "UN Resident Coordinator's Office, 16 September
// 2024"), a logo's acronym and its tagline flattened to text ("UNHCR The UN Refugee Agency"), a segment of a
// piped line ("Pakistan | NDMA | Monsoon 2024 Sitrep", "Lebanon Flash Update #3 | OCHA | 2 October 2024"),
// and a copyright line ("© IOM DTM 2024").

import { lookupPlace } from '../gazetteer/index.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import { MONTH_NUMBERS, words } from '../words.ts'
import {
  AGENCIES,
  CONNECTORS,
  DASHES,
  DIVISIONS,
  isAcronym,
  isBodyHead,
  isPlaceLike,
  NOT_NAMES,
  nameAt,
  organisation,
} from './body-names.ts'

// Words a title uses for what it is; a line holding one is the report's name, not its issuer.
const TITLE_NOUNS = words(`
  report update snapshot factsheet bulletin sitrep dashboard briefing overview summary alert note figures
  highlights release
`)
// With the words that describe a report, which bodies' names use too ("Emergency", "Humanitarian").
const TITLE_WORDS = new Set([
  ...TITLE_NOUNS,
  ...words('flash situation situational humanitarian operational emergency weekly daily monthly key'),
])

/** A whole line that is one body's name, then at most its acronym in brackets and a date. */
export function nameLine(tokens: Token[], lows: string[], from: number, to: number): string | null {
  const name = nameAt(tokens, lows, from, to)
  if (!name || !organisation(name) || isPlaceLike(name) || AGENCIES.has(name.toLowerCase())) return null
  const parts = name.split(' ')
  if (parts.length < 2 || parts.some((w) => TITLE_NOUNS.has(w.toLowerCase()))) return null
  // A body's head word names it ("Council", "Cluster", "Office"); an opening acronym alone may be a word
  // of an all-capital title ("LOS ANGELES FIRES", "HARD NUMBERS").
  if (!parts.some((w) => isBodyHead(w.toLowerCase()))) return null
  // "North Darfur State": a place and the kind of division it is.
  if (DIVISIONS.has(parts[parts.length - 1].toLowerCase())) return null
  let k = (lows[from] === 'the' ? from + 1 : from) + parts.length
  let short: string | null = null
  if (lows[k] === '(' && lows[k + 2] === ')' && isAcronym(tokens[k + 1].text)) {
    short = tokens[k + 1].text
    k += 3
  }
  // "Humanitarian Country Team in Nepal": the country a body serves closes its name.
  const served = servedPlace(tokens, lows, k, to)
  if (served > k)
    return (
      short ??
      `${name} ${tokens
        .slice(k, served)
        .map((t) => t.text)
        .join(' ')}`
    )
  // "Protection Cluster (Türkiye cross-border)": a bracket saying where it works, after the name.
  if (lows[k] === '(' && isPlaceLike(tokens[k + 1]?.text ?? '') && lows[to - 1] === ')') return name
  if (k < to && lows[k] !== ',' && lows[k] !== '|' && lows[k] !== '-' && lows[k] !== '–' && lows[k] !== '—')
    return null
  return k >= to || onlyDate(tokens, lows, k + 1, to) ? (short ?? name) : null
}

/** The end of "in Viet Nam" at `k` when it closes the line from `k` to `to`: a place the body serves; else `k`. */
function servedPlace(tokens: Token[], lows: string[], k: number, to: number): number {
  if (lows[k] !== 'in' || k + 1 >= to || to - k > 4) return k
  const place = tokens
    .slice(k + 1, to)
    .map((t) => t.text)
    .join(' ')
  return lookupPlace(place) ? to : k
}

/** A logo's acronym, then its tagline in capitalised words and nothing else: "UNHCR The UN Refugee Agency". */
export function taglineIssuer(tokens: Token[], lows: string[], from: number, to: number): string | null {
  const head = tokens[from]
  if (!isAcronym(head.text) || isPlaceLike(head.text) || AGENCIES.has(lows[from]) || to - from < 3)
    return null
  // "UN Resident Coordinator's Office": "UN" opens a body's name as a word of it, it takes no tagline.
  if (head.text === 'UN') return null
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]
    if (t.kind !== 'word' || TITLE_WORDS.has(lows[k])) return null
    if (!isCapitalized(t) && !CONNECTORS.has(lows[k])) return null
  }
  // The tagline says what the body is, in words of its own ("The UN Refugee Agency", "UN Migration").
  return isCapitalized(tokens[from + 1]) && tokens[from + 1].text !== tokens[from + 1].text.toUpperCase()
    ? head.text
    : null
}

/**
 * "Pakistan | NDMA | Monsoon 2024 Sitrep — 25 August": of a line parted by bars, the one segment that is a
 * body, where every other segment is a place, a date or the report's name.
 */
export function pipedIssuer(tokens: Token[], lows: string[], from: number, to: number): string | null {
  const bars: number[] = [from - 1]
  for (let k = from; k < to; k++) if (lows[k] === '|') bars.push(k)
  // "Republic of Malawi - Department of Disaster Management Affairs": without bars, spaced dashes part a
  // body from the state it belongs to (not from a report's name: "Myanmar Conflict Monitor - Weekly Update").
  const dashed = bars.length < 2
  if (dashed) for (let k = from + 1; k < to - 1; k++) if (DASHES.has(lows[k]) && tokens[k].space) bars.push(k)
  if (bars.length < 2) return null
  bars.push(to)
  let issuer: string | null = null
  for (let i = 0; i + 1 < bars.length; i++) {
    const a = bars[i] + 1
    const b = bars[i + 1]
    if (b <= a) continue
    const body = segmentBody(tokens, lows, a, b)
    if (body) {
      if (issuer) return null
      issuer = body
    } else if (dashed ? !namesState(tokens, lows, a, b) : !describesReport(tokens, lows, a, b)) return null
  }
  return issuer
}

function segmentBody(tokens: Token[], lows: string[], a: number, b: number): string | null {
  const text = tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ')
  if (b - a <= 2 && tokens.slice(a, b).every((t) => /^[A-Z]{2,6}$/.test(t.text) && !NOT_NAMES.has(t.text)))
    return isPlaceLike(text) || AGENCIES.has(text.toLowerCase()) ? null : text
  const name = nameAt(tokens, lows, a, b)
  return name &&
    name.split(' ').length === b - (lows[a] === 'the' ? a + 1 : a) &&
    nameLine(tokens, lows, a, b)
    ? name
    : null
}

const STATES = words('republic kingdom state federation commonwealth')

/** "Republic of Malawi", "Malawi": the state a body belongs to, named by its country. */
function namesState(tokens: Token[], lows: string[], a: number, b: number): boolean {
  const text = tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ')
  if (lookupPlace(text)?.kind === 'country') return true
  return (
    STATES.has(lows[a]) && lows[a + 1] === 'of' && lookupPlace(text.slice(text.indexOf(' of ') + 4)) !== null
  )
}

/** A segment that is a place, a date, or names the report ("Monsoon 2024 Sitrep", "Issue 11"). */
function describesReport(tokens: Token[], lows: string[], a: number, b: number): boolean {
  const text = tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ')
  if (lookupPlace(text) || isPlaceLike(text)) return true
  if (onlyDate(tokens, lows, a, b)) return true
  // "Mozambique – Cyclone Chido", "Sudan: El Fasher": a place, then what the report is about.
  if (b - a > 2 && isPlaceLike(tokens[a].text) && (DASHES.has(lows[a + 1]) || lows[a + 1] === ':'))
    return true
  if (namesState(tokens, lows, a, b)) return true
  return tokens.slice(a, b).some((t) => TITLE_WORDS.has(t.low) || /^(?:sitrep|round|issue|no)$/i.test(t.text))
}

/** Tokens from `a` to `b` are only a date: day numbers, months and years. */
export function onlyDate(tokens: Token[], lows: string[], a: number, b: number): boolean {
  if (b <= a) return false
  let month = false
  let year = false
  for (let k = a; k < b; k++) {
    if (MONTH_NUMBERS.has(lows[k])) month = true
    else if (/^(?:19|20)\d\d$/.test(lows[k])) year = true
    else if (!(tokens[k].kind === 'num' && /^\d{1,2}$/.test(lows[k])) && !/^[-–—/,.]$/.test(lows[k]))
      return false
  }
  return month || year
}

/** "© IOM DTM 2024. All rights reserved.", "Copyright OCHA 2025": the body that owns the report. */
export function copyrightHolder(tokens: Token[], lows: string[], from: number, to: number): string | null {
  let k = from
  if (lows[k] === '©' || lows[k] === 'copyright') k++
  else if (lows[k] === '(' && lows[k + 1] === 'c' && lows[k + 2] === ')') k += 3
  else return null
  if (lows[k] === '©') k++
  while (k < to && tokens[k].kind === 'num') k++
  const name = nameAt(tokens, lows, k, to)
  return name && organisation(name) ? name : null
}
