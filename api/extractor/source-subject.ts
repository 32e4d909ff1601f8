// The subject of a reporting verb, read back from the verb ("Emergency services spokesman Ashraf al-Qudra
// said", "The Health Ministry within the Hamas-run territory stated on Tuesday"), and the word tests that
// bound a source's phrase. sources.ts finds the verbs and frames; this file reads the names before them.

import { lookupPlace } from './gazetteer/index.ts'
import { tagSpan } from './grammar/pos.ts'
import { mayStartAmount } from './number-words.ts'
import {
  DATA_NOUNS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  isNameSpan,
  isNameToken,
  isSourceWord,
  sourceName,
} from './source-names.ts'
import { isCapitalized, type Token } from './tokens.ts'
import {
  MONTH_NAMES,
  MONTH_NUMBERS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_VERB_FILLERS,
  WEEKDAY_NUMBERS,
  WEEKDAYS,
  words,
} from './words.ts'

// Words a source's phrase never ends on: "the United Nations for the city" is the United Nations.
export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'their'])
export const ASIDE_LEADS = new Set(['in', 'on', 'via', 'through', 'speaking', 'writing'])
export const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores'])

export const LEADING_NON_SOURCES = words(
  'in on at with to from by that which as while since after when but and of for during late early earlier later last this',
)
export const PARTICIPLE_LINKS = words(
  'published released compiled issued provided gathered collected shared given supplied announced kept maintained',
)
export const DATA_LINKS = new Set(['from', 'by', 'of', ...PARTICIPLE_LINKS])
const BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '—', '–', 'that', '•', '·', '*', '|', '►', '▪'])
// Long enough for "the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)".
const MAX_SUBJECT = 18
// Headline labels before a colon that are no speakers: "Cyclone Mocha: ...", "Update: ...", "Key figures: ...".
export const NOT_COLON_SOURCES = words(
  'cyclone storm typhoon hurricane tropical earthquake quake floods flood heatwave update updates live breaking analysis explainer factbox timeline exclusive watch photos video key highlights overview summary situation flash note figures quick facts',
)

/**
 * The subject of a reporting verb: the words from the clause start to the verb ("Emergency services
 * spokesman Ashraf al-Qudra said", "The Health Ministry within the Hamas-run territory stated on Tuesday"),
 * skipping adverbs before the verb and an appositive between commas.
 */
export function readSubjectBefore(
  tokens: Token[],
  lows: string[],
  verb: number,
  from: number,
): string | null {
  // "... disputed by human rights organisations who say ...": the antecedent of "who" is the subject.
  if (lows[verb - 1] === 'who' && tokens[verb - 1].text !== 'WHO') {
    let start = verb - 1
    while (start > from && verb - 1 - start < 5) {
      const t = tokens[start - 1]
      if (t.kind !== 'word' || /^(by|through|of|from|to|and|in|with|a|an|the|,)$/.test(lows[start - 1])) break
      start--
    }
    return start < verb - 1 && hasSourceHead(tokens, lows, start, verb - 1)
      ? sourceName(tokens, lows, start, verb - 1)
      : null
  }
  let k = verb - 1
  let fillers = 0
  while (k > from && fillers < 5 && isSubjectFiller(tokens, lows, k)) {
    k--
    fillers++
  }
  // "Human Rights Watch was able to confirm": the subject stands before the modal phrase.
  if (lows[k] === 'to' && (lows[k - 1] === 'able' || lows[k - 1] === 'unable')) {
    k -= 2
    while (k > from && AUXILIARIES.has(lows[k])) k--
  }
  // "A report by Human Rights Watch published on Thursday found": a participle after the subject qualifies it.
  if (
    k > from + 1 &&
    k < verb - 1 &&
    /^[a-z]{3,}ed$/.test(tokens[k].text) &&
    (isNameToken(tokens[k - 1]) || isSourceWord(lows[k - 1]))
  )
    k--
  let end = k + 1
  let start = clauseStart(tokens, lows, end, from)
  // "Rescue 1122 spokesperson Bilal Ahmed Faizi": a number inside a name, after a word of it.
  if (start - 2 >= from && tokens[start - 1].kind === 'num' && numberInName(tokens, lows, start - 1)) {
    start = clauseStart(tokens, lows, start - 1, from)
  }
  // "The Syrian Civil Defense, a volunteer rescue group also known as the White Helmets, said"
  // "The UN agency for Palestinian refugees, UNRWA, said": a proper name between commas wins.
  if (start === end && lows[end - 1] === ',') {
    const innerEnd = end - 1
    let innerStart = clauseStart(tokens, lows, innerEnd, from)
    // "The AAPP, a rights group that tracks killings, said": the appositive holds a relative clause.
    if (lows[innerStart - 1] !== ',') {
      let c = innerEnd - 1
      while (c > from && innerEnd - c <= 20 && lows[c] !== ',' && lows[c] !== '.') c--
      const relative = lows
        .slice(c + 2, innerEnd)
        .some((w, n) => RELATIVES.has(w) && tokens[c + 2 + n].text !== 'WHO')
      // "The RSF, in a statement posted on Telegram, said": an aside whose verb cut the clause short.
      if (lows[c] === ',' && ((article(lows[c + 1]) && relative) || ASIDE_LEADS.has(lows[c + 1] ?? '')))
        innerStart = c + 1
    }
    if (innerStart > from && lows[innerStart - 1] === ',' && innerEnd - innerStart <= 16) {
      const outerStart = clauseStart(tokens, lows, innerStart - 1, from)
      const inner = tokens.slice(innerStart, innerEnd)
      const innerText = inner.map((t) => t.text).join(' ')
      const outer = tokens.slice(outerStart, innerStart - 1)
      // "A report seen by Reuters, prepared by the Lebanese army, said": the document's author speaks.
      const authored =
        /^[a-z]{3,}ed$/.test(lows[innerStart]) &&
        lows[innerStart + 1] === 'by' &&
        // ("report" may have ended the outer phrase, read as a verb)
        (outer.some((t) => DOCUMENT_NOUNS.has(t.low)) || DOCUMENT_NOUNS.has(lows[outerStart - 1] ?? ''))
      if (authored && innerEnd - innerStart > 2) {
        start = innerStart + 2
        end = innerEnd
      } else if (inner.length <= 5 && isNameSpan(inner) && !lookupPlace(innerText)) {
        start = innerStart
        end = innerEnd
      } else if (
        isOrganisationName(inner) &&
        outer.some((t) => /^[a-z]/.test(t.text) && !DETERMINERS.has(t.low))
      ) {
        // "Kenya's police watchdog, the Independent Policing Oversight Authority, said": a description
        // names its body in apposition; the name is the source.
        start = innerStart
        end = innerEnd
      } else if (innerStart - 1 > outerStart) {
        start = outerStart
        end = innerStart - 1
      }
    }
  }
  // "Islamic State, which claims the insurgency as its province, said": the subject stands before "which".
  if (start === end && lows[end - 1] === ',') {
    const relative = relativeClauseStart(lows, end - 1, from)
    if (relative > from) {
      end = relative - 1
      start = clauseStart(tokens, lows, end, from)
    }
  }
  if (start >= end || end - start > MAX_SUBJECT) return null
  // "... condemned the strike and said": a second verb of the clause; its subject is the first verb's.
  if (lows[end - 1] === 'and') return null
  // "67,000 IDPs recorded in Chiure": the words after a figure are what it counts, not who speaks.
  // ("In 2023 officials said": a year after a preposition is a time, and the subject follows it.)
  const time =
    /^(in|since|during|by|until)$/.test(lows[start - 2] ?? '') &&
    /^(19|20)\d\d$/.test(tokens[start - 1]?.text ?? '')
  if (start > from && tokens[start - 1].kind === 'num' && !tokens[start - 1].text.includes(':') && !time)
    return null
  // "But residents who spoke to MMI ...": leading conjunctions go, relative clauses are cut.
  while (start < end && LEADING_CONJUNCTIONS.has(lows[start])) start++
  // "during which the CSP-DPA says", "in which the ministry said": the subject follows the relative word.
  for (let k = end - 2; k >= start; k--) {
    if (RELATIVE_LEADS.has(lows[k]) && k + 1 < end) {
      start = k + 1
      break
    }
  }
  // "In the past week our teams treated ...": the subject starts on the first person.
  for (let k = start + 1; k < end; k++) if (lows[k] === 'our' || lows[k] === 'we') start = k
  for (let k = start + 1; k < end; k++) {
    if (RELATIVES.has(lows[k]) && tokens[k].text !== 'WHO') {
      end = k
      break
    }
    // "Aid groups working in western Afghanistan said": the participle starts a modifier of the subject.
    // "two Arab diplomats coordinating their countries' responses said": so does any -ing form there.
    // ("the UN human rights monitoring mission": not before a noun it qualifies).
    const participle =
      /^[a-z]{4,}ing$/.test(tokens[k].text) &&
      k + 1 < end &&
      !(isSourceWord(lows[k + 1]) && !FUNCTION_WORDS.has(lows[k + 1]))
    // "Residents reached by phone said", "witnesses interviewed by AFP said": a past participle with its
    // phrase after the source's noun modifies it.
    const pastParticiple =
      /^[a-z]{3,}(ed|en)$/.test(tokens[k].text) && k + 1 < end && PARTICIPLE_PHRASES.has(lows[k + 1])
    if ((SUBJECT_MODIFIERS.has(lows[k]) || participle || pastParticiple) && isSourceWord(lows[k - 1])) {
      end = k
      break
    }
  }
  if (
    start >= end ||
    !(
      isSubjectStart(tokens[start], lows[start]) ||
      isModifierStart(tokens, lows, start, end) ||
      lows[start] === 'our' ||
      (mayStartAmount(lows[start]) &&
        start + 1 < end &&
        (isSubjectStart(tokens[start + 1], lows[start + 1]) || isModifierStart(tokens, lows, start + 1, end)))
    )
  )
    return null
  // A passive ("people have been reported missing") or a clause ("it was assessing") is no subject.
  for (let k = start; k < end; k++) if (AUXILIARIES.has(lows[k])) return null
  if (/^(some|many|most|all|none|one|each|both)$/.test(lows[start]) && lows[start + 1] === 'of') return null
  // "Dozens reported killed", "Two years of war": an amount counts, it does not speak.
  // "Two doctors at the hospital said": a number of sources speaks as they do.
  if (
    mayStartAmount(lows[start]) &&
    lows[start] !== 'a' &&
    lows[start] !== 'an' &&
    !(
      end - start >= 2 &&
      isSourceWord(lows[end - 1]) &&
      !VAGUE_WORDS.has(lows[start]) &&
      !DATA_NOUNS.has(lows[end - 1])
    )
  )
    return null
  if (!hasSourceHead(tokens, lows, start, end) && !closingSubject(tokens, lows, start, end, verb)) return null
  // "The report also found that ...": kept whole, for coreference to give it its author.
  if (
    end - start === 2 &&
    (lows[start] === 'the' || lows[start] === 'its') &&
    DOCUMENT_NOUNS.has(lows[start + 1])
  )
    return `${lows[start]} ${lows[start + 1]}`
  return sourceName(tokens, lows, start, end)
}

/**
 * Where the possessor before the claim noun at `noun` starts: "the army denied the ministry's claim that"
 * is the ministry's. The part-of-speech tags end it on the verb or preposition before it.
 */
export function possessorStart(tokens: Token[], noun: number, from: number): number {
  const tags = tagSpan(tokens, from, noun)
  let k = noun - 1
  while (k > from && !CLAUSE_TAGS.has(tags[k - 1 - from]) && tokens[k - 1].kind === 'word') k--
  return k
}
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'PRON'])

/** Capitalised words joined by "and" just before `at`: "Borno and Yobe", "Unity and Northern Bahr el Ghazal". */
export function joinedNames(tokens: Token[], lows: string[], at: number): boolean {
  for (let k = at - 1; k > 0 && at - k <= 6; k--) {
    if (lows[k] === 'and') return isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1] ?? tokens[k])
    if (!isCapitalized(tokens[k]) && !NAME_PARTICLE_WORDS.has(lows[k])) return false
  }
  return false
}
const NAME_PARTICLE_WORDS = new Set(['el', 'al', 'de', 'du', 'la', 'of'])

/** A number that is a word of a name ("Rescue 1122", "Channel 4"): a name before it, no space inside a date. */
function numberInName(tokens: Token[], lows: string[], at: number): boolean {
  const before = tokens[at - 1]
  return (
    /^\d+$/.test(tokens[at].text) &&
    isNameToken(before) &&
    !LEADING_NON_SOURCES.has(lows[at - 1]) &&
    !MONTH_NUMBERS.has(lows[at - 1]) &&
    isNameToken(tokens[at + 1] ?? before) === false
  )
}

/** Where ", which ..." or ", who ..." opens before the comma at `comma` (the relative word's index), or -1. */
function relativeClauseStart(lows: string[], comma: number, from: number): number {
  for (let k = comma - 1; k > from && comma - k <= 20; k--) {
    if (lows[k] === '.' || lows[k] === ';') return -1
    if (lows[k - 1] === ',' && (lows[k] === 'which' || lows[k] === 'who')) return k
  }
  return -1
}

/** "the Independent Policing Oversight Authority", "the Office for the Coordination of Humanitarian Affairs". */
export function isOrganisationName(inner: Token[]): boolean {
  const words = inner[0]?.low === 'the' ? inner.slice(1) : inner
  if (words.length < 2 || words.length > 10) return false
  if (!isNameToken(words[0]) || !isNameToken(words[words.length - 1])) return false
  return words.every((t) => isNameToken(t) || ORGANISATION_CONNECTORS.has(t.low))
}
export const ORGANISATION_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&'])

/**
 * "..., the navy said.": a short definite subject between a comma and a reporting verb that closes the
 * sentence names who spoke, whatever its noun (the frame, not a list of source nouns, says so).
 */
function closingSubject(tokens: Token[], lows: string[], start: number, end: number, verb: number): boolean {
  if (lows[start - 1] !== ',' || lows[start] !== 'the' || end - start < 2 || end - start > 3) return false
  const after = lows[verb + 1]
  if (after !== '.' && after !== undefined && !(after === 'on' && /day$/.test(lows[verb + 2] ?? '')))
    return false
  const head = lows[end - 1] ?? ''
  if (!/^[a-z]+$/.test(tokens[end - 1]?.text ?? '') || DATA_NOUNS.has(head) || NOT_SOURCES.has(head))
    return false
  return !FIRST_PERSON.has(head) && !PRONOUNS.has(head)
}

const LEADING_CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'while',
  'as',
  'meanwhile',
  'although',
  'though',
  'whereas',
])
const RELATIVE_LEADS = new Set(['which', 'whom', 'where', 'whereby'])
const RELATIVES = new Set(['who', 'which', 'that', 'whose'])
const article = (w: string | undefined) => w === 'a' || w === 'an'
const PARTICIPLE_PHRASES = words('by to at in on near over from')
const SUBJECT_MODIFIERS = words('working operating based deployed present active stationed')
const AUXILIARIES = words('have has had been were was is are be being will would')
const FIRST_PERSON = new Set(['we', 'i', 'us', 'you', 'our', 'my'])
// Dates are not sources: "on Monday, June 3 ...".
export const NOT_SOURCES = new Set([...MONTH_NAMES, ...Object.keys(WEEKDAYS)])
const QUANTIFIERS = words(
  'more most many several some few fewer less least all both each every other such early first',
)

/** The head of the phrase (its last word before a preposition) must be a name, a source noun or a pronoun. */
export function hasSourceHead(tokens: Token[], lows: string[], start: number, end: number): boolean {
  let head = end - 1
  if (lows[head] === ')') {
    while (head > start && lows[head] !== '(') head--
    head--
  }
  for (let k = start + 1; k < head; k++) {
    if (/^(in|at|near|within|from|on)$/.test(lows[k]) || (lows[k] === 'of' && isSourceWord(lows[k - 1]))) {
      head = k - 1
      break
    }
  }
  const low = lows[head]
  if (NOT_SOURCES.has(low) || FIRST_PERSON.has(low)) return false
  // "Initial reports said", "More reports ...": a word capitalised only by the sentence's start that is a
  // determiner or a quantifier heads no name alone ("reports" was read as the verb).
  if (head === start && (DETERMINERS.has(low) || QUANTIFIERS.has(low))) return false
  if (
    isNameToken(tokens[head]) ||
    gluedToName(tokens, head) ||
    isSourceWord(low) ||
    PRONOUNS.has(low) ||
    /['\u2019]s$/.test(low)
  )
    return true
  // "the military's media wing", "the ministry's press desk": a part a body owns speaks for that body.
  for (let k = start; k < head; k++) {
    const owner = /^(.+)['\u2019]s$/.exec(lows[k])
    if (owner && isSourceWord(owner[1])) return true
  }
  return false
}

function isSubjectFiller(tokens: Token[], lows: string[], k: number): boolean {
  const w = lows[k]
  if (SUBJECT_VERB_FILLERS.has(w) && !isCapitalized(tokens[k])) return true
  if (WEEKDAY_NUMBERS.get(w) !== undefined) return true
  return tokens[k].kind === 'num' && MONTH_NUMBERS.get(lows[k - 1] ?? '') !== undefined
}
/** Walks back from `end` to the nearest clause boundary, jumping over a parenthesis. */
function clauseStart(tokens: Token[], lows: string[], end: number, from: number): number {
  let k = end
  while (k > from && end - k <= MAX_SUBJECT + 2) {
    const w = lows[k - 1]
    if (w === ')') {
      let m = k - 2
      while (m > from && lows[m] !== '(' && k - m < 8) m--
      if (lows[m] !== '(') return k
      k = m
      continue
    }
    // "The report also found": a reporting verb's form after a determiner is a noun, inside the clause.
    const verb = REPORTING_VERBS.has(w) && !DETERMINERS.has(lows[k - 2] ?? '')
    if (
      (BOUNDARIES.has(w) && !(w === ',' && commaInName(tokens, lows, k - 1))) ||
      verb ||
      (tokens[k - 1].kind === 'num' && !gluedToName(tokens, k - 1))
    )
      return k
    // "BEIRUT (Reuters) - The UN said", "16:45 - Police say": a free-standing dash ends the clause.
    if (w === '-' && (tokens[k - 1].space || tokens[k]?.space)) return k
    k--
  }
  return k
}

/** "M23", "G7": digits written onto a capital letter or acronym are part of its name. */
export function gluedToName(tokens: Token[], at: number): boolean {
  return at > 0 && !tokens[at].space && /^\p{Lu}+$/u.test(tokens[at - 1].text)
}

/**
 * A comma inside one name's list of parts: "the Ministry of Information, Culture and Tourism". Names stand on
 * both sides, an "of" or "for" opens the list before it, and an "and" before a name closes it after it.
 */
export function commaInName(tokens: Token[], lows: string[], comma: number): boolean {
  if (!isNameToken(tokens[comma - 1] ?? tokens[comma]) || !isNameToken(tokens[comma + 1] ?? tokens[comma]))
    return false
  let opens = false
  for (let k = comma - 1; k > 0 && comma - k <= 5; k--) {
    if (lows[k] === 'of' || lows[k] === 'for') {
      opens = isNameToken(tokens[k - 1])
      break
    }
    if (!isNameToken(tokens[k]) && lows[k] !== ',') return false
  }
  if (!opens) return false
  for (let k = comma + 1; k < tokens.length && k - comma <= 8; k++) {
    if (lows[k] === 'and') return isNameToken(tokens[k + 1] ?? tokens[k])
    if (!isNameToken(tokens[k]) && lows[k] !== ',') return false
  }
  return false
}

/** "opposition activists", "city officials", "aid agencies": plain words before a source noun, no verb among them. */
function isModifierStart(tokens: Token[], lows: string[], start: number, end: number): boolean {
  if (end - start > 5 || !isSourceWord(lows[end - 1]) || DATA_NOUNS.has(lows[end - 1])) return false
  for (let k = start; k < end; k++) {
    if (tokens[k].kind !== 'word' || mayStartAmount(lows[k]) || /(ed|ing)$/.test(lows[k])) return false
    if (NON_MODIFIERS.has(lows[k])) return false
  }
  return true
}
const NON_MODIFIERS = words(
  'of in on at to from by with for as and or but not no more most some many all both each every few other others this these those there here it its',
)

export function isSubjectStart(tok: Token, low: string): boolean {
  return isNameToken(tok) || isSourceWord(low) || PRONOUNS.has(low) || DETERMINERS.has(low)
}
