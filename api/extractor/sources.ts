// Attribution: who the text credits a figure to. Three frames are found in each sentence:
//   prepositional  "according to X", "citing X", "consistent with X" (a rewrite of "according to")
//   subject        "X said (that) ...", "X told AFP ...", "He additionally showed an earlier record that ..."
//   trailing       "..., the UN said." / "..., said X." (covers every figure before it)
// Pronouns and short forms are then resolved to the fullest name mentioned earlier.

import type { Attribution } from './attribution.ts'
import { makeMention } from './entities.ts'
import { lookupPlace } from './gazetteer/index.ts'
import { mayStartAmount } from './number-words.ts'
import { OUTLETS, vouchesForCited } from './source-citing.ts'
import {
  DATA_NOUNS,
  DETERMINERS,
  isNameSpan,
  isNameToken,
  isSourceWord,
  isTitleWord,
  sourceName,
} from './source-names.ts'
import {
  commaInName,
  DATA_LINKS,
  FUNCTION_WORDS,
  gluedToName,
  hasSourceHead,
  isOrganisationName,
  isSubjectStart,
  joinedNames,
  LEADING_NON_SOURCES,
  NOT_COLON_SOURCES,
  NOT_SOURCES,
  ORGANISATION_CONNECTORS,
  PARTICIPLE_LINKS,
  possessorStart,
  readSubjectBefore,
  VAGUE_WORDS,
} from './source-subject.ts'
import { isCapitalized, joinTokenText, type Token, UPPER_FIRST } from './tokens.ts'
import { COUNTING_VERBS, MONTH_NUMBERS, PERSON_TITLES, REPORTING_VERBS, words } from './words.ts'

export type { Attribution } from './attribution.ts'
export { normalizeSource } from './source-names.ts'

const PREPOSITIONS: string[][] = [
  'according to',
  'consistent with',
  'in keeping with',
  'in line with',
  'in accordance with',
  'citing',
  'quoting',
  'reported by',
  'confirmed by',
  'documented by',
  'recorded by',
  'registered by',
  'counted by',
  'verified by',
  'compiled by',
  'released by',
  'provided by',
  'issued by',
  'cited by',
  'tallied by',
  'kept by',
  'maintained by',
  'gathered by',
  'collected by',
  'per',
].map((p) => p.split(' '))
const PREPOSITIONS_BY_FIRST = new Map<string, string[][]>()
for (const p of PREPOSITIONS) PREPOSITIONS_BY_FIRST.set(p[0], [...(PREPOSITIONS_BY_FIRST.get(p[0]) ?? []), p])

const STOP_AFTER_PREP = words(
  'was were is are has have had that which who on in at said says as while but with since after when to from last this by',
)

// Words after which a verb's form is an adjective or a noun: "the number of confirmed deaths", "the reported toll".
const ADJECTIVE_SLOTS = words('the a an its their his her these those of for with in on at from')
const QUOTE_CLOSERS = new Set(['"', '”', "'", '’'])
const OWN_SOURCES = new Set(['its', 'their', 'his', 'her', 'our'])
const PEOPLE_OF = words('team teams staff workers volunteers')
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'statement', 'estimate', 'assessment'])

export function findAttributions(tokens: Token[], lows: string[], from: number, to: number): Attribution[] {
  const found: Attribution[] = []
  const footer = footerCredit(tokens, lows, from, to)
  if (footer) return [footer]
  let lastCiting = -1
  let lastVerb = -1
  const colon = colonAttribution(tokens, lows, from, to)
  if (colon) {
    found.push(colon)
    lastVerb = colon.at
  }
  for (let i = from; i < to; i++) {
    if (!ATTRIBUTION_WORDS.has(lows[i])) continue
    const candidates = PREPOSITIONS_BY_FIRST.get(lows[i])
    const prep = candidates?.find((p) => p.every((w, k) => lows[i + k] === w))
    // "per cent", "per day": "per" credits only a body ("per the ministry", "per OCHA", "per health officials").
    const afterPer = i + (prep?.length ?? 0)
    if (
      prep &&
      prep[prep.length - 1] === 'per' &&
      !(
        lows[afterPer] === 'the' ||
        isCapitalized(tokens[afterPer] ?? tokens[i]) ||
        isSourceWord(lows[afterPer] ?? '')
      )
    )
      continue
    // "Al Shabaab, citing its own sources, said": the subject vouches for the figure itself.
    if (prep && (prep[0] === 'citing' || prep[0] === 'quoting') && OWN_SOURCES.has(lows[i + 1] ?? ''))
      continue
    // "The commissioner was quoted as saying 20 were wounded": the passive's subject speaks.
    if (lows[i] === 'quoted' && lows[i + 1] === 'as' && /^(saying|telling)$/.test(lows[i + 2] ?? '')) {
      const aux = lows[i - 1] === 'been' ? i - 2 : i - 1
      const subject = /^(was|were|is|are|has|have)$/.test(lows[aux] ?? '')
        ? readSubjectBefore(tokens, lows, aux, from)
        : null
      if (subject && !isPlaceName(subject)) {
        found.push({ text: subject, at: i, kind: 'verb', name: null, person: false })
        lastVerb = i
        continue
      }
    }
    if (prep) {
      if (prep[0] === 'citing' || prep[0] === 'quoting') lastCiting = i
      const np = readSourceAfter(tokens, lows, i + prep.length, to)
      if (np) {
        // "That is according to the Gaza Civil Defence.": a sentence that only credits what came before.
        const scope = CREDIT_OPENERS.has(lows[from]) && i - from <= 3 ? 'credit' : undefined
        // "citing the local council as saying that 12 drowned": the one cited speaks, as a subject would,
        // for the clause after "as saying" only.
        const speaks =
          (prep[0] === 'citing' || prep[0] === 'quoting') && citedAsSaying(lows, i + prep.length, to)
        // "the Daily Star reported, citing hospital officials": the outlet only passes the figure on.
        const last = found[found.length - 1]
        if (
          (prep[0] === 'citing' || prep[0] === 'quoting') &&
          !speaks &&
          last?.kind === 'verb' &&
          i - last.at <= 3
        ) {
          // "OHCHR said, citing witnesses", "the ICRC said, citing figures from local hospitals": a body
          // that vouches for what it gathered keeps the figure.
          if (vouchesForCited(lows, last, i + prep.length, np)) continue
          found.pop()
        }
        found.push({ text: np, at: i, kind: speaks ? 'verb' : 'prep', name: null, person: false, scope })
      }
      continue
    }
    // "... were displaced (source: CMP)": a credit in brackets covers the figures of its sentence.
    if ((lows[i] === 'source' || lows[i] === 'sources') && lows[i - 1] === '(' && lows[i + 1] === ':') {
      const np = readSourceAfter(tokens, lows, i + 2, to)
      if (np) found.push({ text: np, at: i, kind: 'prep', name: null, person: false })
      continue
    }
    // "The figures were given by X", "Those figures come from X", "Figures are from X's latest report".
    if (DATA_NOUNS.has(lows[i]) && i - from <= 3) {
      let j = i + 1
      while (j < to && j - i <= 4 && CREDIT_VERBS.has(lows[j])) j++
      if (j > i + 1 && (lows[j] === 'from' || lows[j] === 'by')) {
        const np = readSourceAfter(tokens, lows, j + 1, to)
        if (np) found.push({ text: np, at: j, kind: 'prep', name: null, person: false, scope: 'credit' })
        continue
      }
      // "The provisional toll from the Ministry of the Interior stood at 14 dead": the figures of this sentence.
      // A toll "from" an event ("from Monday's earthquake", "from two landslides") names no source.
      if (j === i + 1 && lows[j] === 'from') {
        const np = readSourceAfter(tokens, lows, j + 1, to)
        if (np && namesBody(np)) found.push({ text: np, at: j, kind: 'prep', name: null, person: false })
        continue
      }
    }
    // "the army's claim that 60 militants were killed": the owner of the claim gives the figure.
    if (CLAIM_NOUNS.has(lows[i]) && lows[i + 1] === 'that' && /['’]s$/.test(lows[i - 1] ?? '')) {
      const owner = readSubjectBefore(tokens, lows, i, possessorStart(tokens, i, from))
      if (owner && !isPlaceName(owner)) {
        found.push({ text: owner.replace(/['’]s$/, ''), at: i, kind: 'prep', name: null, person: false })
        continue
      }
    }
    // "a claim by the health ministry that 20 were killed", "reports from activists that ...": the claim's author.
    if (
      (CLAIM_NOUNS.has(lows[i]) || lows[i] === 'reports') &&
      (lows[i + 1] === 'by' || lows[i + 1] === 'from')
    ) {
      const np = readSourceAfter(tokens, lows, i + 2, to)
      if (np && !isPlaceName(np) && lows.slice(i + 2, Math.min(to, i + 16)).includes('that')) {
        found.push({ text: np, at: i, kind: 'prep', name: null, person: false })
        continue
      }
    }
    // "UN revises Derna toll to 3,958", "Afghan health ministry cuts quake toll": who changes a toll gives it.
    if ((TOLL_UPDATES.has(lows[i]) || TOLL_GIVERS.has(lows[i])) && updatesToll(lows, i + 1)) {
      const subject = readSubjectBefore(tokens, lows, i, from)
      if (subject && !isPlaceName(subject)) {
        found.push({ text: subject, at: i, kind: 'verb', name: null, person: false })
        lastVerb = i
      }
      continue
    }
    if (COUNTING_VERBS.has(lows[i]) && tokens[i].kind === 'word') {
      const subject = readSubjectBefore(tokens, lows, i, from)
      if (subject && !isPlaceName(subject))
        found.push({ text: subject, at: i, kind: 'count', name: null, person: false })
      continue
    }
    if (!REPORTING_VERBS.has(lows[i]) || tokens[i].kind !== 'word') continue
    // "in Adamawa, Borno and Yobe states": after a place's name, "states" is the noun.
    // "Unity and Northern Bahr el Ghazal states": names joined by "and" would take "state", so this is the noun.
    if (
      lows[i] === 'states' &&
      i > from &&
      isCapitalized(tokens[i - 1]) &&
      (isPlaceName(tokens[i - 1].text) || joinedNames(tokens, lows, i))
    )
      continue
    // "Incidents recorded: 21", "Total verified since 1 March: 2,310 killed": a label, not a statement.
    if (isLabelParticiple(tokens, lows, i, from, to)) continue
    // "the number of confirmed deaths", "the reported toll": after a determiner or preposition, an adjective.
    // "the collective's estimate": after a possessive, a noun.
    if (ADJECTIVE_SLOTS.has(lows[i - 1] ?? '') || /['\u2019]s$/.test(lows[i - 1] ?? '')) continue
    // "12,000 South Sudanese registered as refugees", "reported missing": not a statement.
    if (lows[i + 1] === 'as' || lows[i + 1] === 'missing' || lows[i + 1] === 'dead') continue
    // "Cholera has claimed 312 lives", "claimed the lives of": a death toll, not a statement.
    if (
      (lows[i] === 'claimed' || lows[i] === 'claiming') &&
      (tokens[i + 1]?.kind === 'num' || mayStartAmount(lows[i + 1] ?? '') || lows[i + 2] === 'lives')
    )
      continue
    // "cited Foreign Minister Sergei Lavrov as saying"
    if (lows[i] === 'cited' || lows[i] === 'quoted') {
      const np = readSourceAfter(tokens, lows, i + 1, to)
      if (np) {
        found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
        lastVerb = i
        continue
      }
    }
    // "State television, citing a security source, said": the cited source speaks, not the outlet.
    if (lastCiting >= 0 && i - lastCiting < 12 && !joinedBetween(lows, lastCiting + 1, i)) continue
    let subject = readSubjectBefore(tokens, lows, i, from)
    // "The council called the killings a massacre and said the toll had risen": the first verb's subject.
    if (
      !subject &&
      (lows[i - 1] === 'and' || lows[i - 1] === 'but') &&
      lastVerb < 0 &&
      i - from > 3 &&
      isSubjectStart(tokens[from], lows[from])
    ) {
      const first = readSourceAfter(tokens, lows, from, i)
      if (first && !isPlaceName(first)) subject = first
    }
    // "Congo recorded 24 deaths", "Chad has registered 570,000 arrivals": a place that records is where, not who.
    if (subject && RECORDING_VERBS.has(lows[i]) && isPlaceName(subject)) continue
    // "MSF said that its teams had recorded 94 deaths": the owner's people, the owner already speaking.
    if (subject && ownPeople(lows, subject, i) && found.some((a) => a.kind === 'verb' && a.at < i)) continue
    // "Ukraine has verified that 1,700 civilians are held, Commissioner Dmytro Lubinets said": a country or
    // region that reports speaks only when no one else in the sentence is credited.
    if (subject && isPlaceName(subject)) {
      found.push({ text: subject, at: i, kind: 'count', name: null, person: false })
      continue
    }
    if (subject) {
      found.push({ text: subject, at: i, kind: 'verb', name: null, person: false })
      lastVerb = i
      continue
    }
    // Inverted: '..., said the UN.' / '"...," said Ahmed, a doctor.'
    const prev = lows[i - 1]
    // "The army dismissed the figure, saying six soldiers died", '... as "false," saying': the participle's
    // subject is the sentence's.
    const afterComma = prev === ',' || (QUOTE_CLOSERS.has(prev) && lows[i - 2] === ',')
    if (afterComma && lows[i].endsWith('ing') && !isCapitalized(tokens[i + 1] ?? tokens[i])) {
      // "..., the command said in a statement, adding ...": the speaker already named adds; and a sentence
      // that opens on a figure ("Seven soldiers were killed ..., adding") has no speaker for its participle.
      if ((lastVerb >= 0 && lastVerb < i) || tokens[from].kind === 'num') continue
      if (mayStartAmount(lows[from]) && lows[from] !== 'a' && lows[from] !== 'an') continue
      const np = readSourceAfter(tokens, lows, from, i)
      if (np) {
        found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
        lastVerb = i
      }
      continue
    }
    if (prev === ',' || prev === '"' || prev === '”' || prev === "'") {
      const np = readSourceAfter(tokens, lows, i + 1, to)
      if (np) {
        found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
        lastVerb = i
      }
    }
  }
  const credit = trailingCredit(tokens, lows, from, to)
  if (credit) found.push(credit)
  if (found.length === 0) {
    const next = speakerOnNextLine(tokens, lows, from, to)
    if (next) found.push(next)
  }
  return found
}

/** A subject that is "its teams", "their staff" just before the verb at `verb` (auxiliaries between). */
function ownPeople(lows: string[], subject: string, verb: number): boolean {
  if (!PEOPLE_OF.has(subject.toLowerCase())) return false
  for (let k = verb - 1; k > 0 && verb - k <= 4; k--)
    if (lows[k] === subject.toLowerCase()) return OWN_SOURCES.has(lows[k - 1])
  return false
}

/**
 * '"We buried 61 people," / said Ahmed Yousif, a volunteer': a quotation closed on a comma whose speaker
 * follows on the next line, which the splitter reads as a sentence of its own. Only a few tokens ahead are read.
 */
function speakerOnNextLine(tokens: Token[], lows: string[], from: number, to: number): Attribution | null {
  if (to - from < 3 || to >= tokens.length || !QUOTE_CLOSERS.has(lows[to - 1]) || lows[to - 2] !== ',')
    return null
  const verb = tokens[to]
  if (verb.kind === 'word' && REPORTING_VERBS.has(lows[to]) && verb.text === lows[to]) {
    const np = readSourceAfter(tokens, lows, to + 1, Math.min(tokens.length, to + 20))
    return np ? { text: np, at: to - 1, kind: 'verb', name: null, person: false } : null
  }
  // '"...," / Ahmed Yousif, a volunteer, told Reuters.': the speaker first, then the verb.
  for (let k = to + 1; k < Math.min(tokens.length, to + 16) && lows[k] !== '.'; k++) {
    if (!REPORTING_VERBS.has(lows[k]) || tokens[k].kind !== 'word') continue
    const np = readSubjectBefore(tokens, lows, k, to)
    return np ? { text: np, at: to - 1, kind: 'verb', name: null, person: false } : null
  }
  return null
}

/**
 * A headline's credit after a dash or a colon at its end: "Gaza death toll climbs to 1,537 - health ministry",
 * "Air strikes kill 11 civilians in Idlib -monitor", "... in village assault: activists".
 */
function trailingCredit(tokens: Token[], lows: string[], from: number, to: number): Attribution | null {
  let end = to
  while (end > from && (lows[end - 1] === '.' || lows[end - 1] === '"' || lows[end - 1] === '”')) end--
  for (let k = end - 1; k > from + 2 && end - k <= 7; k--) {
    const t = tokens[k]
    if (t.kind === 'word') continue
    if (t.text === '&' || (t.text === '.' && !t.space)) continue
    const dash = t.text === '—' || t.text === '–' || (t.text === '-' && (t.space || tokens[k + 1]?.space))
    if (!dash && t.text !== ':' && t.text !== '|') return null
    if (k + 1 >= end) return null
    // A figure must stand before the credit, and none after it.
    let figure = false
    for (let m = from; m < k && !figure; m++) figure = tokens[m].kind === 'num' || VAGUE_WORDS.has(lows[m])
    if (!figure) return null
    const text = tokens
      .slice(k + 1, end)
      .map((x) => x.text)
      .join(' ')
    if (lookupPlace(text) || NOT_SOURCES.has(lows[k + 1])) return null
    const acronym = end - k === 2 && /^[A-Z][A-Z.-]{1,9}$/.test(tokens[k + 1].text)
    if (!acronym && !hasSourceHead(tokens, lows, k + 1, end)) return null
    const name = sourceName(tokens, lows, k + 1, end)
    return name ? { text: name, at: k, kind: 'verb', name: null, person: false } : null
  }
  return null
}
const PLACE_HEADS = words(
  'county district province region state city town village camp governorate territory zone division township municipality sector',
)

const CREDIT_OPENERS = new Set(['that', 'this', 'these', 'those', 'all', 'figures', 'the'])
const CREDIT_VERBS = words(
  'were was are is come came comes have has been provided given released compiled supplied published issued shared collected gathered obtained taken drawn',
)

/** "Source: OCHA", "Sources: Provincial Civil Protection, North Kivu": a credit line for the figures above it. */
function footerCredit(tokens: Token[], lows: string[], from: number, to: number): Attribution | null {
  if (lows[from] !== 'source' && lows[from] !== 'sources') return null
  if (lows[from + 1] !== ':' && lows[from + 1] !== '-' && lows[from + 1] !== '—') return null
  for (let k = from + 2; k < to; k++) {
    if (OUTLETS.has(lows[k]) || lows[k] === 'agencies' || lows[k] === 'news' || lows[k] === 'jazeera')
      return null
  }
  const np = readSourceAfter(tokens, lows, from + 2, to)
  return np ? { text: np, at: from, kind: 'prep', name: null, person: false, scope: 'footer' } : null
}

/** Live blogs and fact boxes: "Health ministry spokesman Waheed Majroh: at least 49 killed". */
function colonAttribution(tokens: Token[], lows: string[], from: number, to: number): Attribution | null {
  for (let k = from + 1; k < Math.min(to - 1, from + 10); k++) {
    if (lows[k] !== ':') continue
    let start = k
    while (start > from && tokens[start - 1].kind === 'word' && tokens[start - 1].newlines === 0) start--
    if (start === k) return null
    const words = lows.slice(start, k)
    const text = tokens
      .slice(start, k)
      .map((t) => t.text)
      .join(' ')
    if (NOT_COLON_SOURCES.has(words[0]) || (mayStartAmount(words[0]) && words[0] !== 'a')) return null
    const person = words.length >= 2 && makeMention(text, start).person
    const sourceNoun = words.some(
      (w) =>
        (isSourceWord(w) || PERSON_TITLES.has(w)) && !DATA_NOUNS.has(w) && !/^(the|of|a|an|and|for)$/.test(w),
    )
    // "UNICEF: 12 children killed", "UNAMA: 53 killed": an acronym of an organisation.
    const acronym = k - start === 1 && /^[A-Z][A-Z-]{1,9}$/.test(tokens[start].text)
    // A figure must follow soon ("...: at least 49 killed"); a headline "Burkina Faso: Army ..." is no source.
    let figure = false
    for (let m = k + 1; m < Math.min(to, k + 7); m++)
      figure =
        figure || tokens[m].kind === 'num' || (mayStartAmount(lows[m]) && lows[m] !== 'a' && lows[m] !== 'an')
    if ((!person && !sourceNoun && !acronym) || !figure || lookupPlace(text)) return null
    // "Health: 14 attacks ...", "Uror County: 32 killed": a sector or a place labels the line, it does not speak.
    // ("Governor: 12 dead" in a live blog's entry heading: an office speaks.)
    const office = k - start === 1 && PERSON_TITLES.has(words[0])
    if (!acronym && !person && !office && (k - start === 1 || PLACE_HEADS.has(words[words.length - 1])))
      return null
    if (!acronym && !office && !hasSourceHead(tokens, lows, start, k)) return null
    const name = sourceName(tokens, lows, start, k)
    return name ? { text: name, at: k, kind: 'verb', name: null, person: false } : null
  }
  return null
}

const NOT_HEAD_WORDS = new Set([...DATA_NOUNS, 'the', 'a', 'an', 'of', 'for', 'and', 'its', 'their'])
function joinedBetween(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (lows[k] === 'while' || lows[k] === 'whereas' || lows[k] === 'but' || lows[k] === 'and') return true
  return false
}

const TOLL_UPDATES = words(
  'revises revised raises raised lowers lowered cuts cut updates updated reduced reduces increased increases lifted',
)
// "Taliban officials gave a lower toll of 131", "the army put the toll at 20": who gives a toll states it.
const TOLL_GIVERS = words('gave gives give given put puts placed places set sets')
const TOLL_WORDS = new Set(['toll', 'tally', 'figure', 'count', 'estimate', 'number'])

/** "citing X as saying", "quoting X as telling": the cited party's own words follow. */
function citedAsSaying(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to - 1, from + 14); k++) {
    if (lows[k] === ',' || lows[k] === ';') return false
    if (lows[k] === 'as' && /^(saying|telling|stating|reporting)$/.test(lows[k + 1])) return true
  }
  return false
}

// Every frame findAttributions reads in its loop starts on one of these words: one look-up for the
// other words of the sentence (most of them) instead of one per frame.
const ATTRIBUTION_WORDS = new Set([
  ...PREPOSITIONS_BY_FIRST.keys(),
  ...DATA_NOUNS,
  ...CLAIM_NOUNS,
  ...TOLL_UPDATES,
  ...TOLL_GIVERS,
  'source',
  'quoted',
  'sources',
  ...COUNTING_VERBS,
  ...REPORTING_VERBS,
])

/** "revises Derna toll", "cuts the Herat quake toll": a toll within the next few words. */
function updatesToll(lows: string[], i: number): boolean {
  for (let k = i; k < i + 4; k++) if (TOLL_WORDS.has(lows[k] ?? '')) return true
  return false
}

const RECORDING_VERBS = words('recorded records registered registers counted logged record')

/** A place known to the gazetteer, or a capitalised name with a place's head ("Lao Cai Province"). */
function isPlaceName(text: string): boolean {
  const name = text.replace(/^(the|The)\s+/, '')
  if (lookupPlace(name) !== null) return true
  const words = name.split(/\s+/)
  const last = words[words.length - 1]
  return words.length > 1 && UPPER_FIRST.test(last) && PLACE_HEADS.has(last.toLowerCase())
}

export function readSourceAfter(tokens: Token[], lows: string[], i: number, to: number): string | null {
  const start = i
  let j = i
  let plain = 0
  // "said in a statement", "said on Monday": a preposition starts no source.
  if (LEADING_NON_SOURCES.has(lows[i] ?? '')) return null
  while (j < to && j - start < 14) {
    const tok = tokens[j]
    // "the Palestinian Prisoners' Society": a plural's apostrophe inside a name.
    const apostrophe =
      (tok.text === "'" || tok.text === '’') &&
      !tok.space &&
      j > start &&
      lows[j - 1].endsWith('s') &&
      isCapitalized(tokens[j - 1]) &&
      isCapitalized(tokens[j + 1] ?? tok)
    if (
      tok.kind !== 'word' &&
      !(tok.kind === 'num' && j > start && gluedToName(tokens, j)) &&
      !(tok.text === ',' && commaInName(tokens, lows, j)) &&
      !(tok.text === '-' && !tok.space) &&
      !(tok.text === '&' && j > start) &&
      !apostrophe
    )
      break
    // "figures from the UN", "a statement by the army", "data published by OCHA": the data's owner follows.
    if (j > start && DATA_NOUNS.has(lows[j - 1]) && DATA_LINKS.has(lows[j])) {
      // "a Reuters tally of figures from the provinces", "an AFP count based on ...": the tally's owner.
      if (j - 2 >= start && isNameToken(tokens[j - 2]) && !FUNCTION_WORDS.has(lows[j - 2])) break
      j += PARTICIPLE_LINKS.has(lows[j]) && lows[j + 1] === 'by' ? 2 : 1
      continue
    }
    // "the latest figures", "the last official count"
    if ((lows[j] === 'last' || lows[j] === 'latest') && j > start && lows[j - 1] === 'the') {
      j++
      continue
    }
    // "according to the WHO": the acronym is a name, not the pronoun.
    // "the UN Panel of Experts on Sudan": "on" between two capitalised words (not a day) joins a name.
    const joinsName =
      (lows[j] === 'on' || lows[j] === 'to') &&
      isNameToken(tokens[j - 1]) &&
      isNameToken(tokens[j + 1] ?? tok) &&
      !NOT_SOURCES.has(lows[j + 1])
    if (STOP_AFTER_PREP.has(lows[j]) && j > start && tok.text !== 'WHO' && !joinsName) break
    // "Red Cross and Red Crescent", "local officials and residents", "local sources and a security source".
    if (lows[j] === 'and' && j > start && !coordinated(tokens, lows, j, to)) break
    // Lower-case words are allowed ("local resistance forces", "key informants") but not verbs, and few.
    if (!isNameToken(tok) && !isSourceWord(lows[j]) && ++plain > 2) break
    if (
      !isNameToken(tok) &&
      !isSourceWord(lows[j]) &&
      !/['\u2019]s$/.test(lows[j]) &&
      // "army-aligned", "Hamas-run": a hyphenated participle is an adjective, not the verb.
      !lows[j].includes('-') &&
      /(ed|ing|ly)$/.test(lows[j]) &&
      // "the country's ruling military", "the governing council": a participle before a source noun modifies it.
      !(isSourceWord(lows[j + 1] ?? '') && !NOT_HEAD_WORDS.has(lows[j + 1] ?? '') && j + 1 < to) &&
      // "the internationally recognised government": so does an adverb before that participle.
      !(
        lows[j].endsWith('ly') &&
        /(ed|[^e]en)$/.test(lows[j + 1] ?? '') &&
        isSourceWord(lows[j + 2] ?? '') &&
        !NOT_HEAD_WORDS.has(lows[j + 2] ?? '') &&
        j + 2 < to
      )
    )
      break
    j++
  }
  // End on a name, a source noun or a plural: "local resistance forces", not "witnesses gathered".
  while (
    j > start &&
    ((!isNameToken(tokens[j - 1]) &&
      !gluedToName(tokens, j - 1) &&
      !isSourceWord(lows[j - 1]) &&
      !lows[j - 1].endsWith('s')) ||
      FUNCTION_WORDS.has(lows[j - 1]))
  )
    j--
  if (j === start) return null
  // "the head of the state emergency agency, Barkindo Saidu", "the coordinator of Komanda, Jean Kasereka":
  // a person named in apposition to a description or a role is the source.
  const described = !isNameToken(tokens[j - 1]) || lows.slice(start, j).some((w) => isTitleWord(w))
  // "The president of the Bill Clinton Foundation for Peace (FBCP), Emmanuel Adu Cole, ...": past the acronym.
  const comma = lows[j] === '(' && lows[j + 2] === ')' && lows[j + 3] === ',' ? j + 3 : j
  if (lows[comma] === ',' && described) {
    let m = comma + 1
    while (m < to && m - comma <= 6 && (isNameToken(tokens[m]) || isNameSpan(tokens.slice(m - 1, m + 2)))) m++
    const closes = m >= to || lows[m] === ',' || lows[m] === '.' || lows[m] === ';'
    if (m - comma >= 3 && closes && isNameSpan(tokens.slice(comma + 1, m))) {
      const name = joinTokenText(tokens.slice(comma + 1, m))
      if (makeMention(name, comma + 1).person && !lookupPlace(name)) return name
    }
    // "compiled by a local monitoring group, the Kisal Observatory,": a body described, then named.
    if (lows[comma + 1] === 'the' && !isNameToken(tokens[j - 1])) {
      let e = comma + 2
      while (e < to && e - comma <= 12 && (isNameToken(tokens[e]) || ORGANISATION_CONNECTORS.has(lows[e])))
        e++
      const inner = tokens.slice(comma + 1, e)
      if ((e >= to || lows[e] === ',' || lows[e] === '.') && isOrganisationName(inner)) {
        const name = joinTokenText(inner.slice(1))
        if (!isPlaceName(name)) return name
      }
    }
  }
  // "the Ministry of Health in Gaza", "health officials in Sana'a"
  if ((lows[j] === 'in' || lows[j] === 'within') && j + 1 < to && isNameToken(tokens[j + 1])) {
    j++
    while (j < to && isNameToken(tokens[j]) && j - start < 14) j++
  }
  return sourceName(tokens, lows, start, j)
}

/** A participle in a figure's label: a word or two at the line's start, then the participle and a colon. */
function isLabelParticiple(tokens: Token[], lows: string[], i: number, from: number, to: number): boolean {
  if (!lows[i].endsWith('ed') || i - from > 2 || i === from) return false
  for (let k = i + 1; k < Math.min(to, i + 8); k++) {
    if (lows[k] === ':') return true
    // A figure before the colon ends the label; a date's numbers ("since 1 March 2024") do not.
    const date =
      /^(since|from|to|until)$/.test(lows[k - 1]) ||
      MONTH_NUMBERS.has(lows[k - 1]) ||
      MONTH_NUMBERS.has(lows[k + 1] ?? '')
    if (tokens[k].kind === 'num' && !date) return false
  }
  return false
}

/** A body's name or an acronym: "the Ministry of the Interior", "local officials", "OCHA". */
function namesBody(np: string): boolean {
  if (/^[A-Z]{2,}$/.test(np)) return true
  return np
    .toLowerCase()
    .split(/\s+/)
    .some((w) => isSourceWord(w) && !FUNCTION_WORDS.has(w) && !DATA_NOUNS.has(w))
}

/** Whether the "and" at `j` joins two sources' words rather than ending the source. */
function coordinated(tokens: Token[], lows: string[], j: number, to: number): boolean {
  if (j + 1 >= to) return false
  if (isCapitalized(tokens[j - 1]) && isCapitalized(tokens[j + 1])) return true
  // "the Civil Hospital and the Trauma Centre": two names, each with its article.
  if (isCapitalized(tokens[j - 1]) && lows[j + 1] === 'the' && j + 2 < to && isCapitalized(tokens[j + 2]))
    return true
  const conjunct = DETERMINERS.has(lows[j + 1]) ? (lows[j + 2] ?? '') : lows[j + 1]
  return /s$/.test(lows[j - 1]) && isSourceWord(lows[j - 1]) && isSourceWord(conjunct)
}
