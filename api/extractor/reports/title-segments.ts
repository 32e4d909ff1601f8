// A title's issuer set off as a part of its own: "CHILE: Wildfires — SENAPRED consolidated report, 5 Feb",
// "DRC | Goma crisis dashboard — WHO, 3 February", "Ministry of Health — Emergency Operations Centre",
// "PAPUA NEW GUINEA: Landslide  Situation Report 3  UN Resident Coordinator Office  3 June" (PDF columns).
// A title's parts are parted by marks (dashes, pipes, a colon, commas, brackets) or by a run of spaces; a
// part that is a body's name alone, or a body then what the report is ("NDRRMC PRESS RELEASE"), names the
// issuer. Tried after the title readers of title-issuer.ts, which read a body from the words around it.

import { isCapitalized, type Token } from '../tokens.ts'
import { MONTH_NUMBERS } from '../words.ts'
import {
  AGENCIES,
  activity,
  isAcronym,
  isDivision,
  isPlaceLike,
  NOT_NAMES,
  nameAt,
  organisation,
  orgPhraseAt,
  REPORT_WORDS,
  spelledOut,
} from './body-names.ts'

// "/" and "&" join bodies ("CCCM Cluster / UNHCR PRMN"): a part holding two bodies names no one issuer.
const MARKS = new Set(['|', '-', '–', '—', ':', ',', '(', ')'])
const DASH_MARKS = new Set(['-', '–', '—'])
// An outlet's name in a title ("BBC News — Afghanistan floods") is the publisher, not a source.
const OUTLET_WORDS = new Set(['news', 'tv', 'television', 'radio', 'times', 'post'])

/** The issuer a part of the title line names, the first such part; null when none does. */
export function segmentIssuer(
  tokens: Token[],
  lows: string[],
  from: number,
  to: number,
  kinds: ReadonlySet<string>,
  describers: ReadonlySet<string>,
): string | null {
  // A title that does not say it is a report ("Haitian police, residents kill 28", "CABO DELGADO | SECURITY")
  // is a headline or a section's name.
  if (!namesReport(lows, from, to, kinds)) return null
  let start = from
  for (let k = from; k <= to; k++) {
    // Two spaces or more part PDF columns run onto one line.
    const gap = k > from && k < to && tokens[k].start - tokens[k - 1].end >= 2
    // "UNHCR–IOM": a dash between words without spaces joins two bodies' names.
    const joins = k < to && DASH_MARKS.has(lows[k]) && tokens[k].start === tokens[k - 1]?.end
    const mark = k < to && MARKS.has(lows[k]) && !joins
    if (k < to && !mark && !gap) continue
    // "West Bank: key figures", "UN monitors: civilian toll": a part before a colon is what the title is
    // about. A part in brackets credits the figure before it or spells a name out, which title-issuer.ts reads.
    if (k > start && lows[k] !== ':' && lows[start - 1] !== '(') {
      const name = partIssuer(tokens, lows, start, k, kinds, describers)
      if (name) {
        // "National Disaster Management Authority (NDMA) –": the title spells the name out; its acronym is used.
        return (
          (lows[k] === '(' && name.includes(' ') && spelledOut(tokens, lows, start, Math.min(to, k + 3))) ||
          name
        )
      }
    }
    start = mark ? k + 1 : k
  }
  return null
}

/** What a title calls itself; "release" only here, where the title's parts say "NDRRMC PRESS RELEASE". */
function isKind(low: string, kinds: ReadonlySet<string>): boolean {
  return kinds.has(low) || REPORT_WORDS.has(low) || low === 'release'
}

function namesReport(lows: string[], from: number, to: number, kinds: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (isKind(lows[k], kinds)) return true
  return false
}

function partIssuer(
  tokens: Token[],
  lows: string[],
  a: number,
  b: number,
  kinds: ReadonlySet<string>,
  describers: ReadonlySet<string>,
): string | null {
  // The report's kind, its issue number and small words describing it close the part: "consolidated report",
  // "PRESS RELEASE", "Situation Report 3", "Monitoring Dashboard".
  let end = b
  let kind = false
  while (end > a + 1) {
    const low = lows[end - 1]
    const t = tokens[end - 1]
    if (isKind(low, kinds)) kind = true
    else if (!(t.kind === 'num' || low === '#' || describers.has(low) || (kind && !isCapitalized(t)))) break
    end--
  }
  if (end < b && !kind) end = b
  // "Protection Cluster Ukraine": the place after the body says where its report is about.
  if (end - a > 1 && isCapitalized(tokens[end - 1]) && isPlaceLike(tokens[end - 1].text)) end--
  const first = tokens[a]
  if (end - a === 1 && first.kind === 'word') {
    const text = first.text
    const acronym = /^[A-Z]{3,8}$/.test(text) && isAcronym(text)
    if (!acronym || isPlaceLike(text) || NOT_NAMES.has(text) || AGENCIES.has(lows[a])) return null
    if (isKind(lows[a], kinds) || describers.has(lows[a])) return null
    // A bare acronym is an issuer when it stands alone in its part or before the report's kind.
    return text
  }
  if (!tokens.slice(a, end).every((t) => t.kind === 'word' && !MONTH_NUMBERS.has(t.low))) return null
  // "HARD NUMBERS", "LOS ANGELES FIRES": a title in capitals spells words, not a body's name.
  if (!isCapitalized(first) || tokens.slice(a, end).every((t) => t.text === t.text.toUpperCase())) return null
  if (tokens.slice(a, end).some((t) => AGENCIES.has(t.low) || OUTLET_WORDS.has(t.low))) return null
  // "Myanmar Conflict Monitor - Weekly Update": a monitor is the tracker's publication, not who counted.
  if (lows[end - 1] === 'monitor') return null
  // "WHO Surveillance System for Attacks on Health Care", "IOM Displacement Tracking Matrix": a body's
  // programme, named after the body's acronym, is the body's.
  // ("DTM Flow Monitoring" names what the body does, not a body.)
  if (/^[A-Z]{3,8}$/.test(first.text) && isAcronym(first.text) && !isPlaceLike(first.text)) {
    const rest = nameAt(tokens, lows, a + 1, end)
    if (rest && !isAcronym(tokens[a + 1].text) && organisation(rest) && !activity(rest)) return first.text
  }
  const name = nameAt(tokens, lows, a, end)
  if (
    name &&
    name.split(' ').length === end - a &&
    organisation(name) &&
    !isPlaceLike(name) &&
    !isDivision(name)
  )
    return activity(name) ? null : name
  // "Protection Cluster", "Shelter Sector": one body in common nouns; "Medical teams" names several.
  const phrase = orgPhraseAt(tokens, lows, a, end)
  if (phrase?.end === end && end - a > 1 && !lows[end - 1].endsWith('s') && !isDivision(phrase.text))
    return phrase.text
  return null
}
