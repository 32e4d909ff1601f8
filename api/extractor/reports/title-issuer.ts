// A report's issuer read from its title and letterhead lines: "OCHA Flash Update No. 2", "Sudan: Situation
// Report (OCHA)", "NDMA SITREP 22", "Ministry of Health - Daily Bulletin", "regional snapshot - UNHCR". A
// report states its own figures, and the body its title names is their source (tests/dev-set/reports/README.md).
// Split from report-source.ts.

import { lookupPlace } from '../gazetteer/index.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import { words } from '../words.ts'
import {
  AGENCIES,
  activity,
  CONNECTORS,
  closing,
  isAcronym,
  isBodyHead,
  isDivision,
  isPlaceLike,
  MAX_NAME,
  NOT_NAMES,
  nameAt,
  namesBefore,
  organisation,
  orgPhraseAt,
  orgPhraseBefore,
  REPORT_WORDS,
  SOURCE_LEADS,
} from './body-names.ts'
import { nameLine, onlyDate, pipedIssuer, taglineIssuer } from './letterhead.ts'
import { segmentIssuer } from './title-segments.ts'

export const REPORT_NOUNS = new Set(['bulletin', 'sitrep', 'figures'])
// What a report calls itself ("OCHA Flash Update No. 2", "UNHCR Operational Update", "UNICEF Sudan
// Situation Report"), and the words that only describe it: a title naming one of these names its issuer.
export const REPORT_KINDS = new Set([
  ...REPORT_NOUNS,
  'report',
  'update',
  'snapshot',
  'factsheet',
  'appeal',
  'statement',
  'dashboard',
  'briefing',
  'brief',
  'data',
  'estimates',
])
export const REPORT_DESCRIBERS = words(`
  flash situation situational humanitarian operational emergency daily weekly monthly press regional joint
  rapid special no
`)

/** The issuer a title line names by its layout, from `from` to `to`; `owned` parentheses credit one figure. */
export function titleSource(
  tokens: Token[],
  lows: string[],
  from: number,
  to: number,
  owned?: ReadonlySet<number>,
): string | null {
  // "Sudan: Situation Report (OCHA)", "DSWD DROMIC Report #12": a report states its own figures, and the
  // body its title names is their source (tests/dev-set/reports/README.md).
  const issuer =
    kindBracket(tokens, lows, from, to) ??
    taglineIssuer(tokens, lows, from, to) ??
    nameLine(tokens, lows, from, to) ??
    pipedIssuer(tokens, lows, from, to) ??
    leadingIssuer(tokens, lows, from, to)
  if (issuer) return issuer
  for (let k = from; k < to; k++) {
    // "(UNHCR, December 2024)", "(NDMA situation report)", "(OCHA)" but not "BEIRUT (Reuters) -"
    // After a body's name the parenthesis spells it out ("Rapid Support Forces (RSF)"): no source. After a
    // title's own words ("KEY FIGURES (Ministry of Health)", "24-25 March (OCHA)") it names the source.
    if (
      lows[k] === '(' &&
      !owned?.has(k) &&
      !namesBefore(tokens, lows, from, k) &&
      !(closing(lows, k, to) + 1 < to && ['-', '—', '–'].includes(lows[closing(lows, k, to) + 1]))
    ) {
      // "Key figures (source: Ministry of Health, 12 May)"
      const lead = SOURCE_LEADS.has(lows[k + 1]) && lows[k + 2] === ':' ? k + 3 : k + 1
      const name = nameAt(tokens, lows, lead, to)
      // "(CCCM Cluster / UNHCR PRMN)": two bodies, and no saying whose figure is whose.
      if (name && secondBody(tokens, lows, lead, name, to)) continue
      if (name && (organisation(name) || lead > k + 1)) return name
      // "(regional military administration)": a body named in common nouns.
      const phrase = orgPhraseAt(tokens, lows, k + 1, to)
      if (phrase && lows[phrase.end] === ')' && !isDivision(phrase.text)) return phrase.text
    }
    // "OCHA Flash Update No. 2", "UNICEF Sudan Flash Update", "Ministry of Health - Daily Bulletin"
    if (REPORT_KINDS.has(lows[k]) && lows[k + 1] !== ':' && k > from) {
      const issuer = issuerBefore(tokens, lows, from, k)
      if (issuer) return issuer
    }
    // "Shelter cluster update: Cyclone Beryl", "UKRAINE Health Cluster Bulletin": a body in common nouns
    // opening the title, after the country in capitals.
    if (REPORT_KINDS.has(lows[k]) && k > from) {
      let s = from
      while (s < k - 1 && isShoutedPlace(tokens[s])) s++
      const phrase = orgPhraseAt(tokens, lows, s, k)
      if (phrase?.end === k && !isDivision(phrase.text)) return phrase.text
    }
    // "NDMA SITREP 22", "Civil Protection bulletin"
    if (
      REPORT_NOUNS.has(lows[k]) &&
      lows[k + 1] !== ':' &&
      k > from &&
      isCapitalized(tokens[k - 1]) &&
      !REPORT_NOUNS.has(lows[k - 1])
    ) {
      let s = k - 1
      while (s > from && isCapitalized(tokens[s - 1]) && k - s < 5 && !/^[-:|]$/.test(lows[s - 1])) s--
      // "UKRAINE Health Cluster Bulletin": the country in capitals says where, the body follows.
      while (s < k - 1 && isShoutedPlace(tokens[s])) s++
      const name = nameAt(tokens, lows, s, k)
      if (name && organisation(name) && !activity(name)) return name
    }
    // "Armenian government figures:": a body in common nouns before a report noun.
    if (REPORT_NOUNS.has(lows[k]) && k > from) {
      const phrase = orgPhraseBefore(tokens, lows, from, k)
      if (phrase) return phrase
    }
  }
  // "Haiti: IOM Displacement Tracking Matrix": a title that is a place, then the body that reports.
  const colon = lows.indexOf(':', from)
  if (colon > from && colon < to - 1) {
    const rest = tokens.slice(colon + 1, to)
    const whole = rest.every((t) => t.kind === 'word' && (isCapitalized(t) || CONNECTORS.has(t.low)))
    const name = whole ? nameAt(tokens, lows, colon + 1, to) : null
    if (name && organisation(name)) return name
  }
  // "Herat Earthquake Response Update 5 WHO 16 October 2023": an acronym after the issue, then the date.
  const signed = issuerBeforeDate(tokens, lows, from, to)
  if (signed) return signed
  // "Myanmar regional snapshot - UNHCR", "… 8,500 missing - WHO": an acronym closing a title line.
  const last = tokens[to - 1]
  if (to - from > 2 && ['-', '—', '–'].includes(lows[to - 2]) && /^[A-Z]{2,}$/.test(last.text)) {
    if (!AGENCIES.has(lows[to - 1]) && !NOT_NAMES.has(last.text)) return last.text
  }
  // Only the text's first line is its title; lines under it hold figures whose brackets credit them.
  return from === 0 ? segmentIssuer(tokens, lows, from, to, REPORT_KINDS, REPORT_DESCRIBERS) : null
}

// What follows a title's opening acronym when the acronym is the body that issues it.
const AFTER_ISSUER = new Set([
  ...REPORT_KINDS,
  ...REPORT_DESCRIBERS,
  'report',
  'overview',
  'summary',
  'quarterly',
  'annual',
  '|',
  '/',
  '-',
  '—',
  '–',
])

/**
 * "IOM DTM Sudan - Mobility Update 12", "UNHCR Bangladesh - …", "NDRRMC SitRep No. 9", "BINUH quarterly
 * report": a title that opens with a body's acronym, then the place or the kind of report it issues.
 */
function leadingIssuer(tokens: Token[], lows: string[], from: number, to: number): string | null {
  let k = from
  while (k < to && k - from < 3 && isAcronym(tokens[k].text) && !isPlaceLike(tokens[k].text)) k++
  if (k === from) return null
  // "OCHA" on the line under the title, "IOM DTM, published 14 April 2025": a letterhead.
  if (k >= to || (lows[k] === ',' && tokens.slice(k + 1, to).some((t) => t.kind === 'num'))) {
    const name = tokens[from].text
    const size = k >= to ? 1 : 2
    return k - from <= size && name.length <= 6 && !AGENCIES.has(lows[from])
      ? issuerName(tokens, from, k)
      : null
  }
  // "DR CONGO:", "NW Syria": two capitals before a place say which part of it, not who reports.
  if (
    k - from === 1 &&
    tokens[from].text.length === 2 &&
    isCapitalized(tokens[k]) &&
    isPlaceLike(tokens[k].text)
  )
    return null
  // An all-capital title ("NATIONAL EMERGENCY OPERATIONS CENTRE") spells words, not acronyms; but a short
  // one opening a title that calls itself a report is its issuer ("NDMA MONSOON 2022 DAILY SITUATION REPORT").
  const mixed = (t: Token) => t.kind === 'word' && t.text !== t.text.toUpperCase() && !REPORT_WORDS.has(t.low)
  if (!tokens.slice(k, to).some(mixed)) {
    const head = tokens[from].text
    const report = tokens.slice(k, to).some((t) => REPORT_KINDS.has(t.low) && t.low !== 'data')
    return report && head.length <= 6 && !/S$/.test(head) ? issuerName(tokens, from, from + 1) : null
  }
  // The place the report is about closes the title's head: "UNHCR Bangladesh - …", "IOM Ukraine: …".
  // "UNHCR Bangladesh -", "IOM South Sudan |": the place, of up to three words, then a separator.
  let end = k
  while (end < to && end - k < 3 && tokens[end].kind === 'word' && isCapitalized(tokens[end])) end++
  while (
    end > k &&
    !lookupPlace(
      tokens
        .slice(k, end)
        .map((t) => t.text)
        .join(' '),
    )
  )
    end--
  const place = end > k
  const closes = end >= to || ['-', '—', '–', ':', '|'].includes(lows[end])
  if (!AFTER_ISSUER.has(lows[k]) && !(place && closes)) return null
  const name = issuerName(tokens, from, k)
  return name && AGENCIES.has(name.toLowerCase()) ? null : name
}

/** The words from `from` to `to` as an issuer's name; null when one says what the report is ("FLASH UPDATE"). */
function issuerName(tokens: Token[], from: number, to: number): string | null {
  const parts = tokens.slice(from, to)
  if (parts.some((t) => REPORT_KINDS.has(t.low) || REPORT_DESCRIBERS.has(t.low))) return null
  return parts.map((t) => t.text).join(' ')
}

/**
 * The body a report's title names before what the report is: "OCHA Flash Update" (OCHA), "UNHCR Operational
 * Update" (UNHCR), "UNICEF Sudan Flash Update" (UNICEF: a place after the body only says where), "Ministry
 * of Health - Daily Bulletin", "Emergency Situations Ministry - flood bulletin".
 */
function issuerBefore(tokens: Token[], lows: string[], from: number, kind: number): string | null {
  let end = kind
  // "Displacement Tracking Matrix - Round 9 snapshot": the issue's number stands between body and kind.
  while (
    end > from + 1 &&
    (tokens[end - 1].kind === 'num' || REPORT_WORDS.has(lows[end - 1]) || lows[end - 1] === '#')
  )
    end--
  while (end > from && (REPORT_DESCRIBERS.has(lows[end - 1]) || REPORT_KINDS.has(lows[end - 1]))) end--
  // Only describers ("Daily", "flood") between a dash and the report's kind: the body stands before the dash.
  let plain = end
  while (
    plain > from &&
    end - plain < 2 &&
    tokens[plain - 1].kind === 'word' &&
    !isCapitalized(tokens[plain - 1])
  )
    plain--
  if (plain > from && ['-', '—', '–'].includes(lows[plain - 1])) end = plain - 1
  let start = end
  while (start > from && end - start < MAX_NAME) {
    const t = tokens[start - 1]
    const joins = CONNECTORS.has(lows[start - 1]) && lows[start - 1] !== 'the' && start < end
    if (!(t.kind === 'word' && (isCapitalized(t) || joins))) break
    start--
  }
  while (start < end && !isCapitalized(tokens[start])) start++
  // "UNICEF Sudan": the body, then the place its report is about.
  if (/^[A-Z]{2,}$/.test(tokens[start]?.text ?? '')) {
    let stop = start + 1
    while (
      stop < end &&
      /^[A-Z]{2,}$/.test(tokens[stop].text) &&
      (!lookupPlace(tokens[stop].text) || isBodyHead(lows[stop]))
    )
      stop++
    end = stop
  }
  while (end > start && lookupPlace(tokens[end - 1].text) && !isBodyHead(lows[end - 1])) end--
  if (end <= start) return null
  const name = nameAt(tokens, lows, start, end)
  // "NDRRMC SITUATIONAL REPORT": a name that ends on what describes the report is not all a name.
  const describes = REPORT_DESCRIBERS.has(name?.split(' ').at(-1)?.toLowerCase() ?? '')
  return name && organisation(name) && !isPlaceLike(name) && !describes && !activity(name) ? name : null
}

/** "UKRAINE", "SUDAN": a country written in capitals at a title's head. */
function isShoutedPlace(t: Token): boolean {
  return t.kind === 'word' && t.text.length > 2 && t.text === t.text.toUpperCase() && isPlaceLike(t.text)
}

const ISSUE_WORDS = words('# no round issue edition')

/**
 * "Protection of Civilians snapshot (OCHA oPt)", "Situation Report No. 3 (UNICEF)": a body's name in brackets
 * right after what the report is says who issued it, whatever the words before the report's kind look like.
 */
function kindBracket(tokens: Token[], lows: string[], from: number, to: number): string | null {
  for (let k = from + 1; k < to - 2; k++) {
    if (lows[k] !== '(') continue
    let back = k - 1
    // "Snapshot Round 58 (IOM)", "Situation Report No. 3 (UNICEF)": the issue's number may stand between.
    while (back > from && (tokens[back].kind === 'num' || ISSUE_WORDS.has(lows[back]))) back--
    if (!REPORT_KINDS.has(lows[back]) || lows[back] === 'data' || lows[back] === 'figures') continue
    const close = closing(lows, k, to)
    const name = nameAt(tokens, lows, k + 1, close)
    const size = name ? name.split(' ').length + (lows[k + 1] === 'the' ? 1 : 0) : 0
    if (!name || !organisation(name) || secondBody(tokens, lows, k + 1, name, close)) continue
    if (k + 1 + size === close) return name
    // "(OCHA oPt)": the office's short place name in mixed case closes the body's name.
    const office = tokens[close - 1]
    if (k + 2 + size === close && office.kind === 'word' && /^[a-z]+[A-Z]/.test(office.text))
      return `${name} ${office.text}`
  }
  return null
}

/** Whether `name` (read from `lead`) is followed by "/", "&", "and" or "," and a second body's name. */
function secondBody(tokens: Token[], lows: string[], lead: number, name: string, to: number): boolean {
  const after = (lows[lead] === 'the' ? lead + 1 : lead) + name.split(' ').length
  if (!['/', '&', 'and', ','].includes(lows[after] ?? '')) return false
  const next = nameAt(tokens, lows, after + 1, to)
  return next !== null && organisation(next)
}

/**
 * "… Response Update 5 WHO 16 October 2023": an acronym standing after the issue's number or the report's
 * kind and before the date that closes the title signs it.
 */
function issuerBeforeDate(tokens: Token[], lows: string[], from: number, to: number): string | null {
  for (let k = from + 2; k < to; k++) {
    const t = tokens[k]
    if (!/^[A-Z]{2,6}$/.test(t.text) || !isAcronym(t.text) || isPlaceLike(t.text) || AGENCIES.has(lows[k]))
      continue
    const before = tokens[k - 1]
    const issue = (before.kind === 'num' && REPORT_KINDS.has(lows[k - 2])) || REPORT_KINDS.has(lows[k - 1])
    if (issue && onlyDate(tokens, lows, k + 1, to)) return t.text
  }
  return null
}
