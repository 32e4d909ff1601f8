// Reading a body's name in a report's lines: acronyms ("UNHCR", "MoPH"), capitalised names ("the Kenya Red
// Cross"), noun phrases headed by a body word ("regional authorities"). Split from report-source.ts; the
// readers of credit lines, titles and per-figure credits share them.

import { ORG_HEADS } from '../entities.ts'
import { lookupPlace } from '../gazetteer/index.ts'
import { KIND_ACRONYMS, NEWS_AGENCIES } from '../source-names.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import { words } from '../words.ts'

// News agencies: the outlet, never the source (source-names.ts, with the prose reader's other name lists).
export const AGENCIES = NEWS_AGENCIES
export const SOURCE_LEADS = new Set(['source', 'sources', 'data', 'figures'])
// Time zones and the like close title lines too ("- 10:00 GMT").
// And the words that say which part of a place ("CENTRAL SAHEL", "NORTH KIVU") are no body's acronym.
export const NOT_NAMES = new Set([
  ...['GMT', 'UTC', 'EST', 'EDT', 'CET', 'BST', 'PST', 'UPDATE', 'LIVE', 'KEY'],
  ...['CENTRAL', 'NORTH', 'SOUTH', 'EAST', 'WEST', 'NORTHERN', 'SOUTHERN', 'EASTERN', 'WESTERN'],
  ...['UPPER', 'LOWER'],
])
export const MAX_NAME = 8
// Named storms: "INGD Cyclone Chido - Preliminary Report" names the body, then the event it reports on.
export const STORMS = words('cyclone typhoon hurricane storm tropical')
// What a shouted title says besides its issuer: the event and the kind of report.
const SHOUTED_WORDS = words(`
  cyclone typhoon hurricane storm tropical earthquake quake flood floods flooding drought heatwave wildfire
  wildfires landslide landslides conflict crisis response emergency update highlights overview summary
  situation flash figures dashboard snapshot report bulletin appeal
`)
export const CONNECTORS = new Set(['of', 'and', 'for', 'the'])
export const DASHES = new Set(['-', '–', '—'])
// Heads of the bodies that issue reports, beyond the organisation words names are read with.
// "Health Sector", "Shelter Sector": the sectors that coordinate a response issue its reports.
export const REPORTING_BODIES = words(
  'protection headquarters management tracking secretariat database sector',
)

/** "Civil Protection General Directorate (DGPC)": the acronym closing a body's spelled-out name from `start`. */
export function spelledOut(tokens: Token[], lows: string[], start: number, end: number): string | null {
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

/** "UNHCR", "IOM", and the mixed-case acronyms of ministries and agencies: "DoDMA", "MoPH", "SoDMA". */
export function isAcronym(word: string): boolean {
  // "NGO Flash Update": a kind of body, not one. "SOMALIA FLOODS - RESPONSE DASHBOARD": a shouted title
  // spells the event and the report in capitals, and those words are no body's initials.
  if (NOT_NAMES.has(word) || KIND_ACRONYMS.has(word) || word.length > 8) return false
  if (word.length > 3 && SHOUTED_WORDS.has(word.toLowerCase())) return false
  // "MoH", "DoH", "MoE": a ministry's short form, two capitals around one small letter.
  if (/^[A-Z][a-z][A-Z]{1,2}$/.test(word)) return true
  return /^[A-Z]{2,}$/.test(word) || (/^[A-Z][A-Za-z]+$/.test(word) && /^(?:[^A-Z]*[A-Z]){3}/.test(word))
}

/** A capitalised name or an acronym that runs from `start` to `end` exactly: "ACLED", "the Kenya Red Cross". */
export function nameEndingAt(tokens: Token[], lows: string[], start: number, end: number): string | null {
  const name = nameAt(tokens, lows, start, end)
  if (!name || !organisation(name)) return null
  // "the Federal Ministry of Health and UNHCR": two bodies, and no one source.
  const parts = name.split(' and ')
  if (parts.length > 1 && parts.every(organisation)) return null
  const first = lows[start] === 'the' ? start + 1 : start
  return name.split(' ').length === end - first ? name : null
}

/** Whether a parenthesis at `open` follows a body's name or the words its acronym abbreviates. */
export function namesBefore(tokens: Token[], lows: string[], from: number, open: number): boolean {
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
export const DIVISIONS = words('department departement province region district governorate state county')

export function isDivision(phrase: string): boolean {
  const parts = phrase.split(' ')
  return parts.length === 2 && DIVISIONS.has(parts[1].toLowerCase()) && isPlaceLike(parts[0])
}

/** "Protection Monitoring (Report)": a name closing on an activity names the kind of report, not a body. */
export function activity(name: string): boolean {
  return /ing$/.test(name.split(' ').at(-1) ?? '')
}

/** An all-capital title word that names a country or a region ("NIGERIA", "CAR"), not a body. */
export function isPlaceLike(name: string): boolean {
  return lookupPlace(name) !== null || lookupPlace(name.charAt(0) + name.slice(1).toLowerCase()) !== null
}

/** An acronym ("UNHCR", "IOM DTM") or a name headed by an organisation word ("Civil Defence"). */
export function organisation(name: string): boolean {
  const words = name.split(' ')
  if (words.length === 1 && KIND_ACRONYMS.has(name)) return false
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
    if (k > first && STORMS.has(lows[k])) break
    if (k > first && REPORT_WORDS.has(lows[k])) {
      // "IOM DTM Site Assessment", "Kenya Red Cross Rapid Assessment": the words naming the report go too.
      while (
        k - 1 > first &&
        isCapitalized(tokens[k - 1]) &&
        !isAcronym(tokens[k - 1].text) &&
        !isBodyHead(lows[k - 1])
      )
        k--
      break
    }
    if (t.kind === 'word' && isCapitalized(t)) {
      k++
      continue
    }
    if ((lows[k] === 'of' || lows[k] === 'and' || lows[k] === 'for') && isCapitalized(tokens[k + 1] ?? t)) {
      k++
      continue
    }
    // "Office of the UN Resident Coordinator", "Ministry of the Interior": an article after "of" goes on.
    if (
      (lows[k] === 'of' || lows[k] === 'for') &&
      lows[k + 1] === 'the' &&
      k + 2 < to &&
      isCapitalized(tokens[k + 2])
    ) {
      k += 2
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
export function orgPhraseBefore(tokens: Token[], lows: string[], from: number, end: number): string | null {
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
