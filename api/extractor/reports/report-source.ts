// Who a report's figures come from when no sentence says it: a "Source: AFAD" line, a title's
// "(UNHCR, December 2024)", "NDMA SITREP 22", "Civil Defence bulletin", "regional snapshot - UNHCR".
// A news agency in a dateline ("BEIRUT (Reuters) -") is the outlet, never the source.

import { ORG_HEADS } from '../entities.ts'
import { lookupPlace } from '../gazetteer/index.ts'
import { headClass } from '../nouns.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import type { Metric } from '../types.ts'
import { MONTH_NUMBERS, words } from '../words.ts'
import { readLabel } from './labels.ts'
import type { Line } from './lines.ts'

const AGENCIES = words(`
  reuters ap afp xinhua anadolu efe dpa ansa upi bernama pti ani ians wire bss kyodo yonhap tass ria
`)
const SOURCE_LEADS = new Set(['source', 'sources', 'data', 'figures'])
const REPORT_NOUNS = new Set(['bulletin', 'sitrep', 'figures'])
// What a report calls itself ("OCHA Flash Update No. 2", "UNHCR Operational Update", "UNICEF Sudan
// Situation Report"), and the words that only describe it: a title naming one of these names its issuer.
const REPORT_KINDS = new Set([
  ...REPORT_NOUNS,
  'report',
  'update',
  'snapshot',
  'factsheet',
  'appeal',
  'statement',
  'dashboard',
  'briefing',
  'data',
  'estimates',
])
const REPORT_DESCRIBERS = words(`
  flash situation situational humanitarian operational emergency daily weekly monthly press regional joint
  rapid special no
`)
// Words that open a line crediting the figures it follows: "* Figures provided by X", "Data as of 5 May, from X".
export const DATA_LEADS = new Set(['figures', 'data', 'numbers', 'statistics', 'note'])
// Words that open the line signing a report: "Prepared by", "Produced by", "Compiled by", "Updated ... by".
const SIGNING = words('prepared produced compiled updated issued published')
const FIGURE_WORDS = words('figures data statistics')
// Words after a credited body that say how it counted, not who it is: "by UNHCR from registration".
const HOW_COUNTED = words('from based using through via after')
// Time zones and the like close title lines too ("- 10:00 GMT").
const NOT_NAMES = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CET', 'BST', 'PST', 'UPDATE', 'LIVE', 'KEY'])
const MAX_NAME = 8
const CONNECTORS = new Set(['of', 'and', 'for', 'the'])
const DASHES = new Set(['-', '–', '—'])
// Heads of the bodies that issue reports, beyond the organisation words names are read with.
const REPORTING_BODIES = words('protection headquarters management tracking secretariat database')

/** "Civil Protection General Directorate (DGPC)": the acronym closing a body's spelled-out name from `start`. */
function spelledOut(tokens: Token[], lows: string[], start: number, end: number): string | null {
  let k = lows[start] === 'the' ? start + 1 : start
  const first = k
  while (k < end && k - first < MAX_NAME + 2 && tokens[k].kind === 'word') k++
  const inner = tokens[k + 1]?.text ?? ''
  if (k === first || lows[k] !== '(' || lows[k + 2] !== ')' || !isAcronym(inner)) return null
  return organisation(
    tokens
      .slice(first, k)
      .map((t) => t.text)
      .join(' '),
  )
    ? inner
    : null
}

/**
 * The body a table's caption line names by its shape: "IOM DTM Flash Report, 18 September" and "WHO
 * Surveillance System ..." open on the body's acronym; "Civil Protection General Directorate (DGPC), report
 * of 1 September" opens on its name; "Post-election violence (21 Oct - 28 Nov), Plataforma Decide" closes on it.
 */
export function captionCredit(tokens: Token[], lows: string[], line: Line): string | null {
  const { from, to } = line
  let k = from
  while (
    k < to &&
    k - from < 3 &&
    isAcronym(tokens[k].text) &&
    !isPlaceLike(tokens[k].text) &&
    !/s$/.test(tokens[k].text)
  )
    k++
  const opener = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ')
  if (k > from && k < to && !AGENCIES.has(opener.toLowerCase()) && !readLabel(tokens, lows, from, k))
    return opener
  const named = spelledOut(tokens, lows, from, to)
  if (named) return named
  const comma = lows.lastIndexOf(',', to - 1)
  if (comma <= from || comma >= to - 1) return null
  const name = nameAt(tokens, lows, comma + 1, to)
  if (!name || name.split(' ').length !== to - comma - 1) return null
  return organisation(name) || name.includes(' ') ? name : null
}

/** A line that opens on "Source:" or "Sources:" (not "Data:"), and the body it names; else null. */
export function sourceLine(tokens: Token[], lows: string[], line: Line): string | null {
  const lead = lows[line.from]
  return lead === 'source' || lead === 'sources' ? lineSource(tokens, lows, line, false) : null
}

/** The source a block of lines names for itself, or null. `title` lines may also name it in their layout. */
export function lineSource(
  tokens: Token[],
  lows: string[],
  line: Line,
  title: boolean,
  owned?: ReadonlySet<number>,
): string | null {
  const { from, to } = line
  // "Source: Gaza Ministry of Health; UNRWA", "Data: Syria Civil Defence (White Helmets)"
  if (SOURCE_LEADS.has(lows[from]) && (lows[from + 1] === ':' || lows[from + 2] === ':')) {
    const start = lows[from + 1] === ':' ? from + 2 : from + 3
    return nameAt(tokens, lows, start, to) ?? orgPhraseAt(tokens, lows, start, to)?.text ?? null
  }
  // "Figures for Türkiye only. Source: AFAD": the credit closes a line after a note.
  for (let k = Math.max(from + 2, to - MAX_NAME - 2); k < to - 2; k++)
    if (SOURCE_LEADS.has(lows[k]) && lows[k + 1] === ':' && lows[k - 1] === '.')
      return nameAt(tokens, lows, k + 2, to)
  // "BNPB – Flash floods, West Sumatra": an acronym opening a title, a dash after it. A line that ends as a
  // sentence does is the body under a dateline ("CALAIS - Twenty-seven people died ...").
  const sentence = lows[to - 1] === '.'
  if (
    title &&
    !sentence &&
    /^[A-Z]{3,6}$/.test(tokens[from].text) &&
    DASHES.has(lows[from + 1]) &&
    from + 2 < to
  ) {
    const name = tokens[from].text
    if (!isPlaceLike(name) && !NOT_NAMES.has(name) && !AGENCIES.has(lows[from])) return name
  }
  // "Prepared by the Humanitarian Country Team", "Updated 30 May by OCHA": the line that signs the report.
  if (SIGNING.has(lows[from]) && from + 1 < to) {
    const by = lows.indexOf('by', from + 1)
    if (by > from && by < Math.min(to - 1, from + 6)) {
      const name = nameAt(tokens, lows, by + 1, to) ?? orgPhraseAt(tokens, lows, by + 1, to)?.text ?? null
      if (name && (organisation(name) || isBodyHead(lows[to - 1]))) return name
    }
  }
  // "Government of Malawi figures": a body, then the word for what it gave, alone on a line.
  if (!title && to - from >= 2 && FIGURE_WORDS.has(lows[to - 1])) {
    const name = nameAt(tokens, lows, from, to - 1)
    if (
      name &&
      organisation(name) &&
      name.split(' ').length === to - 1 - (lows[from] === 'the' ? from + 1 : from)
    )
      return name
  }
  // "* Figures provided by the Provincial Civil Protection.", "Figures as of 5 May, from the Kenya Red Cross"
  let lead = from
  while (lead < to && NOTE_MARKS.has(lows[lead])) lead++
  // "Unless stated otherwise, figures from X": the default credit of the page.
  if (lows[lead] === 'unless') {
    const comma = lows.indexOf(',', lead)
    if (comma > lead && comma < Math.min(to, lead + 5)) lead = comma + 1
  }
  // "¹ Kerala State Disaster Management Authority (KSDMA), 5 August 2024.": a table's note naming a body.
  if (lead > from) {
    const named = noteName(tokens, lows, lead, to)
    if (named) return named
  }
  const credits = title || DATA_LEADS.has(lows[lead])
  // "According to the National Disaster Management Office:" introduces the table below it.
  const end = (!title && lows[to - 1] === '.') || lows[to - 1] === ':' ? to - 1 : to
  // A title does not end as a sentence does.
  if (!credits || lows[end - 1] === '.') return null
  // "update from regional authorities", "figures by the state disaster agency", "as reported by ACLED"
  for (let k = from + 1; k < end - 1; k++) {
    const according = (lows[k] === 'to' && lows[k - 1] === 'according') || lows[k] === 'per'
    if (lows[k] !== 'from' && lows[k] !== 'by' && !according) continue
    // "Casualties reported by the Ministry of Health, 1-9 May": a period may close the caption.
    const until = datesAfterComma(tokens, lows, k + 1, end)
    const name = orgPhraseAt(tokens, lows, k + 1, until)
    if (name && name.end === until) return name.text
    const named = nameEndingAt(tokens, lows, k + 1, until)
    if (named) return named
    // "compiled by UNHCR from government registration": the body, then how it counted.
    const first = lows[k + 1] === 'the' ? k + 2 : k + 1
    const head = nameAt(tokens, lows, k + 1, until)
    const after = head ? first + head.split(' ').length : -1
    if (head && organisation(head) && HOW_COUNTED.has(lows[after] ?? '')) return head
    // "from the Ministry of Health in Benghazi": the place the body serves closes the line.
    if (
      head &&
      organisation(head) &&
      lows[after] === 'in' &&
      after + 2 === until &&
      isPlaceLike(tokens[after + 1].text)
    )
      return head
    // "reported by the Ministry of Health, by group": the name ends at a comma, what follows is the layout.
    const comma = lows.indexOf(',', k + 1)
    if (comma > k + 1 && comma < until) {
      const upTo = nameEndingAt(tokens, lows, k + 1, comma) ?? orgPhraseAt(tokens, lows, k + 1, comma)
      if (typeof upTo === 'string') return upTo
      // "reported by local authorities, compiled by OCHA": a body in common nouns, not one word ("by group").
      if (upTo?.end === comma && upTo.text.includes(' ') && !/groups?$/.test(upTo.text)) return upTo.text
    }
    // "Figures verified by the UN Human Rights Monitoring Mission in Ukraine (HRMMU).": its acronym.
    const short = spelledOut(tokens, lows, k + 1, end)
    if (short) return short
  }
  if (!title) return null
  // "Sudan: Situation Report (OCHA)", "DSWD DROMIC Report #12": a report states its own figures, and the
  // body its title names is their source (tests/dev-set/reports/README.md).
  const issuer = leadingIssuer(tokens, lows, from, to)
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
      const name = nameAt(tokens, lows, s, k)
      if (name && organisation(name)) return name
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
  // "Myanmar regional snapshot - UNHCR", "… 8,500 missing - WHO": an acronym closing a title line.
  const last = tokens[to - 1]
  if (to - from > 2 && ['-', '—', '–'].includes(lows[to - 2]) && /^[A-Z]{2,}$/.test(last.text)) {
    if (!AGENCIES.has(lows[to - 1]) && !NOT_NAMES.has(last.text)) return last.text
  }
  return null
}

export const NOTE_MARKS = new Set(['*', '†', '‡', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])

/** A note that is a body's name, then at most its acronym in brackets and a date: the name. */
function noteName(tokens: Token[], lows: string[], start: number, to: number): string | null {
  const name = nameAt(tokens, lows, start, to)
  if (!name || !organisation(name)) return null
  let k = (lows[start] === 'the' ? start + 1 : start) + name.split(' ').length
  if (lows[k] === '(') k = closing(lows, k, to) + 1
  return k >= to || lows[k] === ',' || lows[k] === '.' ? name : null
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

/** "UNHCR", "IOM", and the mixed-case acronyms of ministries and agencies: "DoDMA", "MoPH", "SoDMA". */
function isAcronym(word: string): boolean {
  if (NOT_NAMES.has(word) || word.length > 8) return false
  return /^[A-Z]{2,}$/.test(word) || (/^[A-Z][A-Za-z]+$/.test(word) && /^(?:[^A-Z]*[A-Z]){3}/.test(word))
}

/** Where a closing ", 1-9 May" or ", March 2025" starts after `start`, or `end` when the line has none. */
function datesAfterComma(tokens: Token[], lows: string[], start: number, end: number): number {
  const comma = lows.lastIndexOf(',', end - 1)
  if (comma <= start) return end
  for (let k = comma + 1; k < end; k++) {
    if (tokens[k].kind !== 'num' && !MONTH_NUMBERS.has(lows[k]) && !/^[-–—/]$/.test(lows[k])) return end
  }
  return comma
}

/**
 * "Source: Gaza Ministry of Health; UNRWA (displacement)": a body followed by what it counts, in
 * parentheses, is the source of that metric's figures only; the rest of the line speaks for the others.
 */
export function metricSources(tokens: Token[], lows: string[], line: Line): Map<Metric, string> {
  const out = new Map<Metric, string>()
  const { from, to } = line
  if (!SOURCE_LEADS.has(lows[from]) || (lows[from + 1] !== ':' && lows[from + 2] !== ':')) return out
  let k = lows[from + 1] === ':' ? from + 2 : from + 3
  while (k < to) {
    let end = k
    // "Source: Ministry of Health (deaths); UNRWA (displacement)", or with commas between the bodies.
    while (end < to && lows[end] !== ';' && !(lows[end] === ',' && lows[end - 1] === ')')) end++
    const name = nameAt(tokens, lows, k, end)
    const open = lows.indexOf('(', k)
    if (name && open > k && open < end) {
      const close = closing(lows, open, end)
      // "(deaths, injured)": each part names a metric the body gave.
      for (let p = open + 1; p < close && close < end; p++) {
        let q = p
        while (q < close && lows[q] !== ',' && lows[q] !== 'and') q++
        const metric = labelMetric(tokens, lows, p, q)
        if (metric && !out.has(metric)) out.set(metric, name)
        p = q
      }
    }
    k = end + 1
  }
  return out
}

/** The metric a credit's label names: "deaths", "displacement", and a class alone ("houses", "schools"). */
function labelMetric(tokens: Token[], lows: string[], from: number, to: number): Metric | null {
  if (to <= from) return null
  const meaning = readLabel(tokens, lows, from, to)
  if (meaning?.metric) return meaning.metric
  const kind = to - from === 1 ? headClass(lows[from], tokens[from].text) : null
  return kind === 'home' ? 'homes' : kind === 'facility' ? 'facilities' : null
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
  return name && organisation(name) && !isPlaceLike(name) && !describes ? name : null
}

/** A capitalised name or an acronym that runs from `start` to `end` exactly: "ACLED", "the Kenya Red Cross". */
function nameEndingAt(tokens: Token[], lows: string[], start: number, end: number): string | null {
  const name = nameAt(tokens, lows, start, end)
  if (!name || !organisation(name)) return null
  // "the Federal Ministry of Health and UNHCR": two bodies, and no one source.
  const parts = name.split(' and ')
  if (parts.length > 1 && parts.every(organisation)) return null
  const first = lows[start] === 'the' ? start + 1 : start
  return name.split(' ').length === end - first ? name : null
}

/** Whether a parenthesis at `open` follows a body's name or the words its acronym abbreviates. */
function namesBefore(tokens: Token[], lows: string[], from: number, open: number): boolean {
  let start = open
  while (
    start > from &&
    open - start < MAX_NAME &&
    tokens[start - 1].kind === 'word' &&
    (isCapitalized(tokens[start - 1]) || CONNECTORS.has(lows[start - 1]))
  )
    start--
  const words = tokens.slice(start, open).filter((t) => isCapitalized(t))
  if (words.length === 0) return false
  const inner = tokens[open + 1]?.text ?? ''
  const initials = words.map((t) => t.text[0]).join('')
  if (/^[A-Z]{2,}$/.test(inner) && initials.endsWith(inner)) return true
  return organisation(words.map((t) => t.text).join(' '))
}

// "(Centre Department)", "(Nord Province)": a place and the kind of division it is, not a body.
const DIVISIONS = words('department departement province region district governorate state county')

function isDivision(phrase: string): boolean {
  const parts = phrase.split(' ')
  return parts.length === 2 && DIVISIONS.has(parts[1].toLowerCase()) && isPlaceLike(parts[0])
}

/** An all-capital title word that names a country or a region ("NIGERIA", "CAR"), not a body. */
function isPlaceLike(name: string): boolean {
  return lookupPlace(name) !== null || lookupPlace(name.charAt(0) + name.slice(1).toLowerCase()) !== null
}

/** An acronym ("UNHCR", "IOM DTM") or a name headed by an organisation word ("Civil Defence"). */
export function organisation(name: string): boolean {
  const words = name.split(' ')
  if (isAcronym(words[0]) && !isPlaceLike(words[0])) return true
  return words.some((w) => {
    const low = w.toLowerCase()
    return (ORG_HEADS.has(low) || REPORTING_BODIES.has(low)) && !AGENCIES.has(low)
  })
}

// A credit's parenthesis is short; looking no further keeps a line of unclosed ones linear.
const MAX_PAREN = 40

export function closing(lows: string[], k: number, to: number): number {
  for (let j = k + 1; j < Math.min(to, k + MAX_PAREN); j++) if (lows[j] === ')') return j
  return to
}

/** A name starting at `start`: capitalised words (with "of", "and", "for", "the" inside), up to 8. */
export function nameAt(tokens: Token[], lows: string[], start: number, to: number): string | null {
  let k = start
  if (lows[k] === 'the') k++
  const first = k
  while (k < to && k - first < MAX_NAME) {
    const t = tokens[k]
    if (k > first && REPORT_WORDS.has(lows[k])) break
    if (t.kind === 'word' && isCapitalized(t)) {
      k++
      continue
    }
    if ((lows[k] === 'of' || lows[k] === 'and' || lows[k] === 'for') && isCapitalized(tokens[k + 1] ?? t)) {
      k++
      continue
    }
    break
  }
  if (k === first) return null
  // "MDRKE059", "HT0721": letters glued to digits are a code, not a body.
  if (tokens[k]?.kind === 'num' && tokens[k].start === tokens[k - 1].end) return null
  const name = tokens
    .slice(first, k)
    .map((t) => t.text)
    .join(' ')
  if (AGENCIES.has(name.toLowerCase())) return null
  // A place alone ("(Herat)") or a month ("(December 2024)") is no source.
  if (
    lookupPlace(name) ||
    /^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name)
  )
    return null
  return name
}

// What a credit names after its body: the issue it cites ("IOM DTM Round 14", "NDMA Sitrep No. 86").
export const REPORT_WORDS = words(
  'round sitrep no report reports assessment baseline update bulletin snapshot dashboard',
)

const PHRASE_STOPS = words('the a an of for and in on at to from by with')
const MAX_PHRASE = 5

/** Whether a word heads a body's name: "authorities", "administration", "headquarters", "government". */
export function isBodyHead(low: string): boolean {
  // "regional military administrations": the plural of a head heads a body too.
  return isHead(low) || (low.endsWith('s') && isHead(low.slice(0, -1)))
}
// Out of isBodyHead: a closure made per call costs a defineProperty of its name (esbuild's keepNames).
const isHead = (w: string) => (ORG_HEADS.has(w) || REPORTING_BODIES.has(w)) && !AGENCIES.has(w)

/**
 * A body's noun phrase from `start`, in any case: modifiers then a body's head noun, read by shape rather
 * than from a list of names ("regional authorities", "the state disaster authority", "Prefectural disaster
 * headquarters"). Returns the text and the token after it.
 */
export function orgPhraseAt(
  tokens: Token[],
  lows: string[],
  start: number,
  to: number,
): { text: string; end: number } | null {
  let k = start
  if (lows[k] === 'the') k++
  const first = k
  let end = -1
  while (k < to && k - first < MAX_PHRASE) {
    const t = tokens[k]
    if (t?.kind !== 'word' || PHRASE_STOPS.has(lows[k] ?? '')) break
    k++
    if (isBodyHead(lows[k - 1] ?? '')) end = k
  }
  if (end < 0 || !isBodyHead(lows[end - 1] ?? '')) return null
  // The head closes the phrase: "regional authorities" but not "authorities report".
  if (end < k && end < to && tokens[end]?.kind === 'word') return null
  const text = tokens
    .slice(first, end)
    .map((t) => t.text)
    .join(' ')
  return { text, end }
}

/** The body's noun phrase that ends just before `end` ("Armenian government" before "figures"). */
function orgPhraseBefore(tokens: Token[], lows: string[], from: number, end: number): string | null {
  if (!isBodyHead(lows[end - 1] ?? '')) return null
  let s = end - 1
  while (
    s > from &&
    end - s < MAX_PHRASE &&
    tokens[s - 1]?.kind === 'word' &&
    !PHRASE_STOPS.has(lows[s - 1] ?? '')
  )
    s--
  const phrase = orgPhraseAt(tokens, lows, s, end)
  return phrase && phrase.end === end ? phrase.text : null
}

/** A footer line that is only a body and a date: "Prefectural disaster headquarters, 3 January". */
export function footerSource(tokens: Token[], lows: string[], line: Line): string | null {
  // "NDMO Vanuatu | 27 Oct 2023": an acronym, the place it serves, then the day.
  const head = tokens[line.from]
  const acronym =
    isAcronym(head.text) &&
    !isPlaceLike(head.text) &&
    !AGENCIES.has(lows[line.from]) &&
    tokens.slice(line.from, line.to).some((t) => t.kind === 'num')
      ? { text: head.text, end: line.from + 1 + (servesPlace(tokens, lows, line.from + 1) ? 1 : 0) }
      : null
  const phrase = orgPhraseAt(tokens, lows, line.from, line.to) ?? acronym
  if (!phrase || phrase.end === line.from) return null
  if (
    phrase.end < line.to &&
    lows[phrase.end] !== ',' &&
    lows[phrase.end] !== '|' &&
    !DASHES.has(lows[phrase.end])
  )
    return null
  for (let k = phrase.end + 1; k < line.to; k++) {
    const t = tokens[k]
    if (t?.kind === 'word' && !MONTHS.has(lows[k] ?? '')) return null
  }
  return phrase.text
}
/** "Vanuatu" in "NDMO Vanuatu | 27 Oct": a place (known or not) between a body's acronym and the separator. */
function servesPlace(tokens: Token[], lows: string[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind !== 'word' || !isCapitalized(t)) return false
  return isPlaceLike(t.text) || lows[k + 1] === '|' || lows[k + 1] === ',' || DASHES.has(lows[k + 1] ?? '')
}
const MONTHS = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
)
