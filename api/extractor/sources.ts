// Attribution: who the text credits a figure to. Three frames are found in each sentence:
//   prepositional  "according to X", "citing X", "consistent with X" (a rewrite of "according to")
//   subject        "X said (that) ...", "X told AFP ...", "He additionally showed an earlier record that ..."
//   trailing       "..., the UN said." / "..., said X." (covers every figure before it)
// Pronouns and short forms are then resolved to the fullest name mentioned earlier.

import { makeMention } from './entities.ts'
import { lookupPlace } from './gazetteer/index.ts'
import { mayStartAmount } from './number-words.ts'
import { DATA_NOUNS, DETERMINERS, isNameToken, isSourceWord, sourceName } from './source-names.ts'
import { isCapitalized, type Token } from './tokens.ts'
import { PRONOUNS, REPORTING_VERBS, SUBJECT_VERB_FILLERS } from './words.ts'

export { resolveAttribution, type SourceMemory } from './coreference.ts'
export { normalizeSource } from './source-names.ts'

export interface Attribution {
  /** The source NP as written (before resolution). */
  text: string
  /** Token index of the attribution marker (the verb or the preposition). */
  at: number
  kind: 'prep' | 'verb'
  /** Resolved source name, or null when it cannot be a source. */
  name: string | null
  person: boolean
}

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
].map((p) => p.split(' '))
const PREPOSITIONS_BY_FIRST = new Map<string, string[][]>()
for (const p of PREPOSITIONS) PREPOSITIONS_BY_FIRST.set(p[0], [...(PREPOSITIONS_BY_FIRST.get(p[0]) ?? []), p])

const STOP_AFTER_PREP = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'that',
  'which',
  'who',
  'on',
  'in',
  'at',
  'said',
  'says',
  'as',
  'while',
  'but',
  'with',
  'since',
  'after',
  'when',
  'to',
  'from',
  'last',
  'this',
])

export function findAttributions(tokens: Token[], lows: string[], from: number, to: number): Attribution[] {
  const found: Attribution[] = []
  const colon = colonAttribution(tokens, lows, from, to)
  if (colon) found.push(colon)
  for (let i = from; i < to; i++) {
    const candidates = PREPOSITIONS_BY_FIRST.get(lows[i])
    const prep = candidates?.find((p) => p.every((w, k) => lows[i + k] === w))
    if (prep) {
      const np = readSourceAfter(tokens, lows, i + prep.length, to)
      if (np) {
        // "the Daily Star reported, citing hospital officials": the outlet only passes the figure on.
        const last = found[found.length - 1]
        if ((prep[0] === 'citing' || prep[0] === 'quoting') && last?.kind === 'verb' && i - last.at <= 3)
          found.pop()
        found.push({ text: np, at: i, kind: 'prep', name: null, person: false })
      }
      continue
    }
    if (!REPORTING_VERBS.has(lows[i]) || tokens[i].kind !== 'word') continue
    // "12,000 South Sudanese registered as refugees", "reported missing": not a statement.
    if (lows[i + 1] === 'as' || lows[i + 1] === 'missing' || lows[i + 1] === 'dead') continue
    // "Cholera has claimed 312 lives", "claimed the lives of": a death toll, not a statement.
    if (
      lows[i] === 'claimed' &&
      (tokens[i + 1]?.kind === 'num' || mayStartAmount(lows[i + 1] ?? '') || lows[i + 2] === 'lives')
    )
      continue
    // "cited Foreign Minister Sergei Lavrov as saying"
    if (lows[i] === 'cited' || lows[i] === 'quoted') {
      const np = readSourceAfter(tokens, lows, i + 1, to)
      if (np) {
        found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
        continue
      }
    }
    const subject = readSubjectBefore(tokens, lows, i, from)
    if (subject) {
      found.push({ text: subject, at: i, kind: 'verb', name: null, person: false })
      continue
    }
    // Inverted: '..., said the UN.' / '"...," said Ahmed, a doctor.'
    const prev = lows[i - 1]
    // "The army dismissed the figure, saying six soldiers died": the participle's subject is the sentence's.
    if (
      prev === ',' &&
      (lows[i] === 'saying' || lows[i] === 'adding') &&
      !isCapitalized(tokens[i + 1] ?? tokens[i])
    ) {
      const np = readSourceAfter(tokens, lows, from, i)
      if (np) found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
      continue
    }
    if (prev === ',' || prev === '"' || prev === '”' || prev === "'") {
      const np = readSourceAfter(tokens, lows, i + 1, to)
      if (np) found.push({ text: np, at: i, kind: 'verb', name: null, person: false })
    }
  }
  return found
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
    const person = words.length >= 2 && makeMention(text, start).person
    const sourceNoun = words.some(
      (w) => isSourceWord(w) && !DATA_NOUNS.has(w) && !/^(the|of|a|an|and|for)$/.test(w),
    )
    // A figure must follow at once ("...: at least 49 killed"); a headline "Burkina Faso: Army ..." is no source.
    let figure = false
    for (let m = k + 1; m < Math.min(to, k + 4); m++)
      figure =
        figure || tokens[m].kind === 'num' || (mayStartAmount(lows[m]) && lows[m] !== 'a' && lows[m] !== 'an')
    if ((!person && !sourceNoun) || !figure || lookupPlace(text) || !hasSourceHead(tokens, lows, start, k))
      return null
    const name = sourceName(tokens, lows, start, k)
    return name ? { text: name, at: k, kind: 'verb', name: null, person: false } : null
  }
  return null
}

function readSourceAfter(tokens: Token[], lows: string[], i: number, to: number): string | null {
  const start = i
  let j = i
  let plain = 0
  while (j < to && j - start < 10) {
    const tok = tokens[j]
    if (tok.kind !== 'word' && !(tok.text === '-' && !tok.space)) break
    if (STOP_AFTER_PREP.has(lows[j]) && j > start) break
    if (lows[j] === 'and' && !(isCapitalized(tokens[j - 1]) && isCapitalized(tokens[j + 1] ?? tok))) break
    // Lower-case words are allowed ("local resistance forces", "key informants") but not verbs, and few.
    if (!isNameToken(tok) && !isSourceWord(lows[j]) && ++plain > 2) break
    if (
      !isNameToken(tok) &&
      !isSourceWord(lows[j]) &&
      !/['\u2019]s$/.test(lows[j]) &&
      /(ed|ing|ly)$/.test(lows[j])
    )
      break
    j++
  }
  // End on a name, a source noun or a plural: "local resistance forces", not "witnesses gathered".
  while (j > start && !isNameToken(tokens[j - 1]) && !isSourceWord(lows[j - 1]) && !lows[j - 1].endsWith('s'))
    j--
  if (j === start) return null
  // "the Ministry of Health in Gaza", "health officials in Sana'a"
  if ((lows[j] === 'in' || lows[j] === 'within') && j + 1 < to && isNameToken(tokens[j + 1])) {
    j++
    while (j < to && isNameToken(tokens[j]) && j - start < 14) j++
  }
  return sourceName(tokens, lows, start, j)
}

const BOUNDARIES = new Set([',', ';', ':', '"', '“', '”', '—', '–', 'that'])
const MAX_SUBJECT = 14

/**
 * The subject of a reporting verb: the words from the clause start to the verb ("Emergency services
 * spokesman Ashraf al-Qudra said", "The Health Ministry within the Hamas-run territory stated on Tuesday"),
 * skipping adverbs before the verb and an appositive between commas.
 */
function readSubjectBefore(tokens: Token[], lows: string[], verb: number, from: number): string | null {
  // "... disputed by human rights organisations who say ...": the antecedent of "who" is the subject.
  if (lows[verb - 1] === 'who') {
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
  let end = k + 1
  let start = clauseStart(tokens, lows, end, from)
  // "The Syrian Civil Defense, a volunteer rescue group also known as the White Helmets, said"
  // "The UN agency for Palestinian refugees, UNRWA, said": a proper name between commas wins.
  if (start === end && lows[end - 1] === ',') {
    const innerEnd = end - 1
    const innerStart = clauseStart(tokens, lows, innerEnd, from)
    if (innerStart > from && lows[innerStart - 1] === ',' && innerEnd - innerStart <= 16) {
      const outerStart = clauseStart(tokens, lows, innerStart - 1, from)
      const inner = tokens.slice(innerStart, innerEnd)
      if (inner.length <= 4 && inner.every((t) => isNameToken(t))) {
        start = innerStart
        end = innerEnd
      } else if (innerStart - 1 > outerStart) {
        start = outerStart
        end = innerStart - 1
      }
    }
  }
  if (start >= end || end - start > MAX_SUBJECT) return null
  // "But residents who spoke to MMI ...": leading conjunctions go, relative clauses are cut.
  while (start < end && /^(and|but|or|while|as|meanwhile)$/.test(lows[start])) start++
  for (let k = start + 1; k < end; k++) {
    if (/^(who|which|that|whose)$/.test(lows[k])) {
      end = k
      break
    }
  }
  if (start >= end || !isSubjectStart(tokens[start], lows[start])) return null
  // A passive ("people have been reported missing") or a clause ("it was assessing") is no subject.
  for (let k = start; k < end; k++) if (AUXILIARIES.has(lows[k])) return null
  if (/^(some|many|most|all|none|one|each|both)$/.test(lows[start]) && lows[start + 1] === 'of') return null
  if (!hasSourceHead(tokens, lows, start, end)) return null
  return sourceName(tokens, lows, start, end)
}

const AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'been',
  'were',
  'was',
  'is',
  'are',
  'be',
  'being',
  'will',
  'would',
])
const NOT_SOURCES = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])

/** The head of the phrase (its last word before a preposition) must be a name, a source noun or a pronoun. */
function hasSourceHead(tokens: Token[], lows: string[], start: number, end: number): boolean {
  let head = end - 1
  if (lows[head] === ')') {
    while (head > start && lows[head] !== '(') head--
    head--
  }
  for (let k = start + 1; k < head; k++) {
    if (/^(in|at|near|within|from|on)$/.test(lows[k])) {
      head = k - 1
      break
    }
  }
  const low = lows[head]
  if (NOT_SOURCES.has(low)) return false
  return isNameToken(tokens[head]) || isSourceWord(low) || PRONOUNS.has(low) || /['\u2019]s$/.test(low)
}

function isSubjectFiller(tokens: Token[], lows: string[], k: number): boolean {
  const w = lows[k]
  if (SUBJECT_VERB_FILLERS.has(w) && !isCapitalized(tokens[k])) return true
  if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w)) return true
  return tokens[k].kind === 'num' && MONTH_BEFORE.test(lows[k - 1] ?? '')
}
const MONTH_BEFORE =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/

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
    if (BOUNDARIES.has(w) || REPORTING_VERBS.has(w) || tokens[k - 1].kind === 'num') return k
    k--
  }
  return k
}

function isSubjectStart(tok: Token, low: string): boolean {
  return isNameToken(tok) || isSourceWord(low) || PRONOUNS.has(low) || DETERMINERS.has(low)
}
