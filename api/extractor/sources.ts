// Attribution: who the text credits a figure to. Three frames are found in each sentence:
//   prepositional  "according to X", "citing X", "consistent with X" (a rewrite of "according to")
//   subject        "X said (that) ...", "X told AFP ...", "He additionally showed an earlier record that ..."
//   trailing       "..., the UN said." / "..., said X." (covers every figure before it)
// Pronouns and short forms are then resolved to the fullest name mentioned earlier.

import type { Attribution } from './attribution.ts'
import { makeMention } from './entities.ts'
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
  isTitleWord,
  sourceName,
} from './source-names.ts'
import { isCapitalized, joinTokenText, type Token, UPPER_FIRST } from './tokens.ts'
import {
  COUNTING_VERBS,
  MONTH_NAMES,
  MONTH_NUMBERS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_VERB_FILLERS,
  WEEKDAY_NUMBERS,
  WEEKDAYS,
  words,
} from './words.ts'

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
  'was were is are has have had that which who on in at said says as while but with since after when to from last this',
)

// Words a source's phrase never ends on: "the United Nations for the city" is the United Nations.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'its', 'their'])
// Words after which a verb's form is an adjective or a noun: "the number of confirmed deaths", "the reported toll".
const ADJECTIVE_SLOTS = words('the a an its their his her these those of for with in on at from')
const QUOTE_CLOSERS = new Set(['"', '”', "'", '’'])
const OWN_SOURCES = new Set(['its', 'their', 'his', 'her', 'our'])
const ASIDE_LEADS = new Set(['in', 'on', 'via', 'through', 'speaking', 'writing'])
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
        )
          found.pop()
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
const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores'])

const CREDIT_OPENERS = new Set(['that', 'this', 'these', 'those', 'all', 'figures', 'the'])
const CREDIT_VERBS = words(
  'were was are is come came comes have has been provided given released compiled supplied published issued shared collected gathered obtained taken drawn',
)
// News outlets and wire services credited in a footer are publishers, not sources of the figures.
const OUTLETS = words(
  'reuters afp ap associated agence bbc cnn xinhua anadolu tass interfax efe dpa ani pti al-jazeera aljazeera',
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
      (w) => isSourceWord(w) && !DATA_NOUNS.has(w) && !/^(the|of|a|an|and|for)$/.test(w),
    )
    // "UNICEF: 12 children killed", "UNAMA: 53 killed": an acronym of an organisation.
    const acronym = k - start === 1 && /^[A-Z][A-Z-]{2,9}$/.test(tokens[start].text)
    // A figure must follow soon ("...: at least 49 killed"); a headline "Burkina Faso: Army ..." is no source.
    let figure = false
    for (let m = k + 1; m < Math.min(to, k + 7); m++)
      figure =
        figure || tokens[m].kind === 'num' || (mayStartAmount(lows[m]) && lows[m] !== 'a' && lows[m] !== 'an')
    if ((!person && !sourceNoun && !acronym) || !figure || lookupPlace(text)) return null
    // "Health: 14 attacks ...", "Uror County: 32 killed": a sector or a place labels the line, it does not speak.
    if (!acronym && !person && (k - start === 1 || PLACE_HEADS.has(words[words.length - 1]))) return null
    if (!acronym && !hasSourceHead(tokens, lows, start, k)) return null
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
    ((!isNameToken(tokens[j - 1]) && !isSourceWord(lows[j - 1]) && !lows[j - 1].endsWith('s')) ||
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

const LEADING_NON_SOURCES = words(
  'in on at with to from by that which as while since after when but and of for during late early earlier later last this',
)
const PARTICIPLE_LINKS = words(
  'published released compiled issued provided gathered collected shared given supplied announced kept maintained',
)
const DATA_LINKS = new Set(['from', 'by', 'of', ...PARTICIPLE_LINKS])
const BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '—', '–', 'that', '•', '·', '*', '|', '►', '▪'])
// Long enough for "the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)".
const MAX_SUBJECT = 18
// Headline labels before a colon that are no speakers: "Cyclone Mocha: ...", "Update: ...", "Key figures: ...".
const NOT_COLON_SOURCES = words(
  'cyclone storm typhoon hurricane tropical earthquake quake floods flood heatwave update updates live breaking analysis explainer factbox timeline exclusive watch photos video key highlights overview summary situation flash note figures',
)

/**
 * The subject of a reporting verb: the words from the clause start to the verb ("Emergency services
 * spokesman Ashraf al-Qudra said", "The Health Ministry within the Hamas-run territory stated on Tuesday"),
 * skipping adverbs before the verb and an appositive between commas.
 */
function readSubjectBefore(tokens: Token[], lows: string[], verb: number, from: number): string | null {
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
      if (inner.length <= 5 && isNameSpan(inner) && !lookupPlace(innerText)) {
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
function possessorStart(tokens: Token[], noun: number, from: number): number {
  const tags = tagSpan(tokens, from, noun)
  let k = noun - 1
  while (k > from && !CLAUSE_TAGS.has(tags[k - 1 - from]) && tokens[k - 1].kind === 'word') k--
  return k
}
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'PRON'])

/** Capitalised words joined by "and" just before `at`: "Borno and Yobe", "Unity and Northern Bahr el Ghazal". */
function joinedNames(tokens: Token[], lows: string[], at: number): boolean {
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
function isOrganisationName(inner: Token[]): boolean {
  const words = inner[0]?.low === 'the' ? inner.slice(1) : inner
  if (words.length < 2 || words.length > 10) return false
  if (!isNameToken(words[0]) || !isNameToken(words[words.length - 1])) return false
  return words.every((t) => isNameToken(t) || ORGANISATION_CONNECTORS.has(t.low))
}
const ORGANISATION_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&'])

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

const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'as', 'meanwhile'])
const RELATIVE_LEADS = new Set(['which', 'whom', 'where', 'whereby'])
const RELATIVES = new Set(['who', 'which', 'that', 'whose'])
const article = (w: string | undefined) => w === 'a' || w === 'an'
const PARTICIPLE_PHRASES = words('by to at in on near over from')
const SUBJECT_MODIFIERS = words('working operating based deployed present active stationed')
const AUXILIARIES = words('have has had been were was is are be being will would')
const FIRST_PERSON = new Set(['we', 'i', 'us', 'you', 'our', 'my'])
// Dates are not sources: "on Monday, June 3 ...".
const NOT_SOURCES = new Set([...MONTH_NAMES, ...Object.keys(WEEKDAYS)])

/** The head of the phrase (its last word before a preposition) must be a name, a source noun or a pronoun. */
function hasSourceHead(tokens: Token[], lows: string[], start: number, end: number): boolean {
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
  if (isNameToken(tokens[head]) || isSourceWord(low) || PRONOUNS.has(low) || /['\u2019]s$/.test(low))
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
      tokens[k - 1].kind === 'num'
    )
      return k
    // "BEIRUT (Reuters) - The UN said", "16:45 - Police say": a free-standing dash ends the clause.
    if (w === '-' && (tokens[k - 1].space || tokens[k]?.space)) return k
    k--
  }
  return k
}

/**
 * A comma inside one name's list of parts: "the Ministry of Information, Culture and Tourism". Names stand on
 * both sides, an "of" or "for" opens the list before it, and an "and" before a name closes it after it.
 */
function commaInName(tokens: Token[], lows: string[], comma: number): boolean {
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

function isSubjectStart(tok: Token, low: string): boolean {
  return isNameToken(tok) || isSourceWord(low) || PRONOUNS.has(low) || DETERMINERS.has(low)
}
