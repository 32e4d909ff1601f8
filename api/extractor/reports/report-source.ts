// Who a report's figures come from when no sentence says it: a "Source: AFAD" line, a title's
// "(UNHCR, December 2024)", "NDMA SITREP 22", "Civil Defence bulletin", "regional snapshot - UNHCR".
// A news agency in a dateline ("BEIRUT (Reuters) -") is the outlet, never the source.

import { isCapitalized, type Token } from '../tokens.ts'
import { MONTH_NUMBERS, words } from '../words.ts'
import {
  AGENCIES,
  closing,
  DASHES,
  isAcronym,
  isBodyHead,
  isDivision,
  isPlaceLike,
  MAX_NAME,
  NOT_NAMES,
  nameAt,
  nameEndingAt,
  organisation,
  orgPhraseAt,
  SOURCE_LEADS,
  spelledOut,
} from './body-names.ts'
import { NOTE_MARKS } from './heading-credits.ts'
import { copyrightHolder, pipedIssuer } from './letterhead.ts'
import type { Line } from './lines.ts'
import { titleSource } from './title-issuer.ts'

export { captionCredit } from './caption-credit.ts'
export { metricSources } from './metric-credits.ts'

// Words that open a line crediting the figures it follows: "* Figures provided by X", "Data as of 5 May, from X".
export const DATA_LEADS = new Set(['figures', 'data', 'numbers', 'statistics', 'note'])
// Words that open the line signing a report: "Prepared by", "Produced by", "Compiled by", "Updated ... by".
const SIGNING = words('prepared produced compiled updated issued published')
// What a signing line may say it took the figures from after the body: "from DoDMA situation reports".
const REPORT_NOUN_WORDS = words('situation reports report sitreps sitrep bulletins updates data figures')
const FIGURE_WORDS = words('figures data statistics')
// Words after a credited body that say how it counted, not who it is: "by UNHCR from registration".
const HOW_COUNTED = words('from based using through via after')
/** A line that opens on "Source:" or "Sources:" (not "Data:"), and the body it names; else null. */
export function sourceLine(tokens: Token[], lows: string[], line: Line): string | null {
  const lead = lows[afterMarks(lows, line.from, line.to)]
  return lead === 'source' || lead === 'sources' ? lineSource(tokens, lows, line, false) : null
}

/** Where a line's words start after the marks of a note or of markdown ("*Source: ...", "¹ Source: ..."). */
function afterMarks(lows: string[], from: number, to: number): number {
  let k = from
  while (k < to - 1 && NOTE_MARKS.has(lows[k])) k++
  return k
}

/** Where the body of "Source: X", "Data: X", "Source of data: X" starts; -1 when the line is no such credit. */
function leadEnd(tokens: Token[], lows: string[], from: number, to: number): number {
  if (!SOURCE_LEADS.has(lows[from])) return -1
  // "Source: X", "Data source: X", "Source of data: X": at most two small words between lead and colon.
  for (let k = from + 1; k < Math.min(to - 1, from + 4); k++) {
    if (lows[k] === ':') return k + 1
    if (tokens[k].kind !== 'word' || isCapitalized(tokens[k])) return -1
  }
  return -1
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
  // "Source: Gaza Ministry of Health; UNRWA", "Data: Syria Civil Defence (White Helmets)", "*Source: X.*"
  const start = leadEnd(tokens, lows, afterMarks(lows, from, to), to)
  if (start > 0) {
    const name = nameAt(tokens, lows, start, to) ?? orgPhraseAt(tokens, lows, start, to)?.text ?? null
    return name && !severalBodies(tokens, lows, start, to) ? firstOfPair(lows, start, name) : null
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
    isAcronym(tokens[from].text) &&
    DASHES.has(lows[from + 1]) &&
    from + 2 < to
  ) {
    const name = tokens[from].text
    if (!isPlaceLike(name) && !NOT_NAMES.has(name) && !AGENCIES.has(lows[from])) return name
  }
  // "© IOM DTM 2024. All rights reserved."
  const holder = copyrightHolder(tokens, lows, from, to)
  if (holder) return holder
  // "Prepared by the Humanitarian Country Team", "Updated 30 May by OCHA", "This report is produced by OCHA
  // in collaboration with humanitarian partners": the line that signs the report.
  const signs = signingAt(lows, from, to)
  if (signs >= 0 && signs + 1 < to) {
    const by = lows.indexOf('by', signs + 1)
    if (by > signs && by < Math.min(to - 1, signs + 6)) {
      const name = nameAt(tokens, lows, by + 1, to) ?? orgPhraseAt(tokens, lows, by + 1, to)?.text ?? null
      if (name && (organisation(name) || isBodyHead(lows[to - 1]))) return name
    }
    // "Compiled from DoDMA situation reports": the body whose reports the figures were taken from.
    if (lows[signs + 1] === 'from') {
      const name = nameAt(tokens, lows, signs + 2, to)
      const after = name ? (lows[signs + 2] === 'the' ? signs + 3 : signs + 2) + name.split(' ').length : -1
      const rest = lows.slice(after, to).filter((w) => w !== '.')
      if (name && organisation(name) && rest.length <= 2 && rest.every((w) => REPORT_NOUN_WORDS.has(w)))
        return name
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
  // A title does not end as a sentence does; "…, 15 May 2024, 9 a.m." ends on the hour's dot.
  if (!credits || (lows[end - 1] === '.' && !onTheHour(lows, end))) return null
  // "update from regional authorities", "figures by the state disaster agency", "as reported by ACLED"
  for (let k = from + 1; k < end - 1; k++) {
    const according = (lows[k] === 'to' && lows[k - 1] === 'according') || lows[k] === 'per'
    if (lows[k] !== 'from' && lows[k] !== 'by' && !according) continue
    // "casualties by LGA", "estimates by organisation, 18 September": what the figures are broken down by.
    if (lows[k] === 'by' && breakdown(tokens, lows, k + 1, end)) continue
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
    // "estimates from the Darfur Bar Association and local monitors": helpers in common nouns name no body.
    if (head && organisation(head) && lows[after] === 'and' && /^[a-z]/.test(tokens[after + 1]?.text ?? ''))
      return head
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
  return titleSource(tokens, lows, from, to, owned)
}

/** Whether the line ends on "a.m." or "p.m.", whose dots close no sentence. */
function onTheHour(lows: string[], end: number): boolean {
  return lows[end - 2] === 'm' && lows[end - 3] === '.' && (lows[end - 4] === 'a' || lows[end - 4] === 'p')
}

/**
 * "ISCG and Camp-in-Charge office": a name read up to a body's head in small letters is two bodies, the
 * second named by its head; as with "Data: Ministry of Health; WHO", the first is credited.
 */
function firstOfPair(lows: string[], start: number, name: string): string {
  const and = name.indexOf(' and ')
  if (and < 0) return name
  const after = (lows[start] === 'the' ? start + 1 : start) + name.split(' ').length
  return isBodyHead(lows[after] ?? '') ? name.slice(0, and) : name
}

// Divisions figures are broken down by: "by LGA", "by district", "by organisation".
const BREAKDOWNS = words(
  'lga lgas district region province state county governorate organisation organization agency partner sector cluster site camp municipality commune department',
)

/** "by LGA (as of 11 September)", "by organisation, 18 September": one word of a breakdown, then the line's end. */
function breakdown(tokens: Token[], lows: string[], k: number, end: number): boolean {
  if (!BREAKDOWNS.has(lows[k]) && !BREAKDOWNS.has(lows[k].replace(/s$/, ''))) return false
  // "by Health Cluster" names one; "by cluster", "by LGA" say how the figures are split.
  if (isCapitalized(tokens[k]) && tokens[k].text !== tokens[k].text.toUpperCase()) return false
  return k + 1 >= end || lows[k + 1] === ',' || lows[k + 1] === '(' || lows[k + 1] === 'and'
}

/** A note that is a body's name, then at most its acronym in brackets and a date: the name. */
function noteName(tokens: Token[], lows: string[], start: number, to: number): string | null {
  const name = nameAt(tokens, lows, start, to)
  if (!name || !organisation(name)) return null
  let k = (lows[start] === 'the' ? start + 1 : start) + name.split(' ').length
  if (lows[k] === '(') k = closing(lows, k, to) + 1
  return k >= to || lows[k] === ',' || lows[k] === '.' ? name : null
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

/** A "Source:" or "Data:" line naming several bodies, none of which is credited. */
export function creditsSeveral(tokens: Token[], lows: string[], line: Line): boolean {
  const start = leadEnd(tokens, lows, afterMarks(lows, line.from, line.to), line.to)
  return start > 0 && severalBodies(tokens, lows, start, line.to)
}

const BODY_BREAKS = new Set([',', ';', '/', '&', 'and'])

/**
 * "Data: national authorities, IFRC, OCHA": a credit naming several bodies without
 * saying which figure is whose gives no source (tests/dev-set/reports/README.md). A line that says it, in
 * brackets ("Ministry of Health (deaths); UNRWA (displacement)"), is read per metric instead.
 */
function severalBodies(tokens: Token[], lows: string[], start: number, to: number): boolean {
  for (let k = start; k < to; k++) if (lows[k] === '(') return false
  let bodies = 0
  let k = start
  while (k < to) {
    const name = nameAt(tokens, lows, k, to)
    const phrase = name ? null : orgPhraseAt(tokens, lows, k, to)
    // "Education Clusters": a body's head in the plural names bodies too.
    const plural = name !== null && isBodyHead(name.split(' ').at(-1)?.toLowerCase() ?? '')
    // "Ministry of Health, Borno State": the state the body serves is no second body.
    const body = name
      ? (organisation(name) || plural) && !isPlaceLike(name) && !isDivision(name)
      : phrase !== null && !isDivision(phrase.text)
    if (!body) return false
    // "ISCG and site management office": a body named beside an unnamed one keeps the credit (rg-13, ri-12).
    const unnamed = phrase !== null && phrase.text[0] === phrase.text[0].toLowerCase()
    if (++bodies >= 3 || (bodies === 2 && !unnamed)) return true
    k = name ? (lows[k] === 'the' ? k + 1 : k) + name.split(' ').length : (phrase?.end ?? to)
    if (k >= to || !BODY_BREAKS.has(lows[k])) return false
    k++
    if (lows[k] === 'and') k++
  }
  return false
}

// What a report calls itself when a sentence says who made it: "This report is produced by OCHA".
const SELF = words('report document update snapshot product overview bulletin dashboard map sitrep')
const PASSIVE = words('is was has been are were')

/** Where the word signing a report stands: first on the line, or after "This report is/was (has been)". */
function signingAt(lows: string[], from: number, to: number): number {
  if (SIGNING.has(lows[from])) return from
  if (lows[from] !== 'this' && lows[from] !== 'the') return -1
  if (!SELF.has(lows[from + 1] ?? '')) return -1
  for (let k = from + 2; k < Math.min(to, from + 5); k++) {
    if (SIGNING.has(lows[k])) return PASSIVE.has(lows[k - 1]) ? k : -1
    if (!PASSIVE.has(lows[k])) return -1
  }
  return -1
}

/** A footer line that is only a body and a date: "Prefectural disaster headquarters, 3 January". */
export function footerSource(tokens: Token[], lows: string[], line: Line): string | null {
  // "Lebanon Flash Update #3 | OCHA | 2 October 2024"
  const piped = pipedIssuer(tokens, lows, line.from, line.to)
  if (piped) return piped
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
    if (t?.kind === 'word' && !MONTH_NUMBERS.has(lows[k] ?? '')) return null
  }
  return phrase.text
}
/** "Vanuatu" in "NDMO Vanuatu | 27 Oct": a place (known or not) between a body's acronym and the separator. */
function servesPlace(tokens: Token[], lows: string[], k: number): boolean {
  const t = tokens[k]
  if (t?.kind !== 'word' || !isCapitalized(t)) return false
  return isPlaceLike(t.text) || lows[k + 1] === '|' || lows[k + 1] === ',' || DASHES.has(lows[k + 1] ?? '')
}
