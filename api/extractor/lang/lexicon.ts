// Loads the per-language lexicons, checks them against their schema once, and compiles every list of
// phrases into a matcher over words (see words.ts for the keys words are matched on). Each language is
// checked and compiled on its first text, not at import.

import { Check, Errors } from 'typebox/value'
import { once } from '../once.ts'
import ar from './ar.json' with { type: 'json' }
import es from './es.json' with { type: 'json' }
import fr from './fr.json' with { type: 'json' }
import { type Lexicon, LexiconSchema } from './schema.ts'
import { keyOf, type Word } from './words.ts'

interface Part {
  /** The forms the word may take: one key, or a stem with each of its inflection endings ("ferm~er"). */
  keys: string[]
  prefix: boolean
}

/** Inflection endings by class ("er": "é", "ée", "ent"…): a phrase's "ferm~er" is "ferm" with any of them. */
export type Endings = Record<string, string[]>

/** A set of phrases, each with a value, matched longest first at a word. */
export class Phrases<T> {
  private byFirst = new Map<string, { parts: Part[]; value: T }[]>()
  // Phrases whose first word is a stem ("tué*"), by the stem's first two letters: each word looks at a few.
  private prefixed = new Map<string, { parts: Part[]; value: T }[]>()

  constructor(entries: [string, T][], arabic: boolean, endings: Endings = {}) {
    for (const [phrase, value] of entries) {
      const parts = phraseParts(phrase, arabic, endings)
      if (parts.length === 0) continue
      const entry = { parts, value }
      if (parts[0].prefix) {
        const head = parts[0].keys[0].slice(0, 2)
        this.prefixed.set(head, [...(this.prefixed.get(head) ?? []), entry])
      } else {
        for (const key of parts[0].keys) {
          const list = this.byFirst.get(key) ?? []
          list.push(entry)
          this.byFirst.set(key, list)
        }
      }
    }
  }

  /** The longest phrase starting at words[i] and ending before `to`. */
  at(words: Word[], i: number, to = words.length): { end: number; value: T } | null {
    const w = words[i]
    if (!w) return null
    // Plain loops, no closure: this runs several times for every word of a text.
    let bestEnd = -1
    let bestValue: T | undefined
    for (const key of w.keys) {
      for (const list of [this.byFirst.get(key), this.prefixed.get(key.slice(0, 2))]) {
        if (!list) continue
        for (const entry of list) {
          const end = matchParts(words, i, to, entry.parts)
          if (end > bestEnd) {
            bestEnd = end
            bestValue = entry.value
          }
        }
      }
    }
    return bestEnd > 0 ? { end: bestEnd, value: bestValue as T } : null
  }
}

function matchParts(words: Word[], i: number, to: number, parts: Part[]): number {
  if (i + parts.length > to) return -1
  for (let k = 0; k < parts.length; k++) {
    const w = words[i + k]
    // A phrase never runs across a line break or a comma it does not name.
    if (k > 0 && w.gap.includes('\n')) return -1
    const p = parts[k]
    if (p.prefix) {
      const stem = p.keys[0]
      if (!w.keys.some((key) => key.startsWith(stem))) return -1
    } else if (!w.keys.some((key) => p.keys.includes(key))) return -1
  }
  return i + parts.length
}

/**
 * "jusqu'à" is the words "jusqu'" and "à", as the text is cut; "tué*" matches "tués"; "ferm~er" matches
 * "fermé", "fermées", "fermer", "ferment" (the stem with each ending of the class "er").
 */
function phraseParts(phrase: string, arabic: boolean, endings: Endings): Part[] {
  const parts: Part[] = []
  for (const chunk of phrase.trim().split(/\s+/)) {
    const inflected = /^(.+)~(\w+)$/.exec(chunk)
    if (inflected) {
      const list = endings[inflected[2]]
      if (!list) throw new Error(`no inflection endings "${inflected[2]}" for "${phrase}"`)
      const stem = keyOf(inflected[1], arabic)
      parts.push({ keys: list.map((e) => stem + keyOf(e, arabic)), prefix: false })
      continue
    }
    const pieces = chunk.match(/[^'\u2019]+['\u2019](?=.)|[^'\u2019]+['\u2019]?$|['\u2019]/g) ?? []
    for (const piece of pieces) {
      const prefix = piece.endsWith('*')
      const key = keyOf(prefix ? piece.slice(0, -1) : piece, arabic)
      if (key) parts.push({ keys: [key], prefix })
    }
  }
  return parts
}

export type TriggerInfo = Lexicon['triggers'][number]

export interface CompiledLexicon {
  lex: Lexicon
  arabic: boolean
  numberWords: Phrases<number>
  scales: Phrases<number>
  joiners: Phrases<true>
  half: Phrases<true>
  approx: Phrases<number>
  vague: Phrases<number>
  notCounts: Phrases<true>
  yearMarkers: Phrases<true>
  qualifiers: Phrases<'at_least' | 'approx' | 'at_most'>
  rangeOpen: Phrases<true>
  rangeJoin: Phrases<true>
  exceeded: Phrases<true>
  triggers: Phrases<TriggerInfo>
  leadingTriggers: Phrases<TriggerInfo>
  units: Phrases<'households' | 'homes' | 'facilities'>
  people: Phrases<true>
  counted: Phrases<number>
  others: Phrases<true>
  including: Phrases<true>
  asides: Phrases<true>
  tallies: Phrases<true>
  tallyVerbs: Phrases<true>
  groupStops: Phrases<true>
  nameLinks: Phrases<true>
  articles: Phrases<true>
  attributionBefore: Phrases<true>
  attributionVerbs: Phrases<true>
  attributionBetween: Phrases<true>
  attributionDocuments: Phrases<true>
  attributionIssued: Phrases<true>
  attributionAgents: Phrases<true>
  attributionRelays: Phrases<true>
  attributionCiting: Phrases<true>
  attributionComplements: Phrases<true>
  /** The participles of the compound speech verbs ("indiqué" of "a indiqué"), read after an auxiliary. */
  attributionParticiples: Phrases<true>
  attributionAuxiliaries: Phrases<true>
  attributionInfinitives: Phrases<true>
  attributionCarry: Phrases<true>
  attributionCarryAlone: Phrases<true>
  attributionPlaceLinks: Phrases<true>
  attributionBodies: Phrases<true>
  /** lang/anaphora.ts: each noun maps to itself, so "الوزارة" and "وزارة" meet on one key. */
  anaphorBodies: Phrases<string>
  anaphorHeads: Phrases<string>
  anaphorRoles: Phrases<string>
  anaphorOwners: Phrases<true>
  anaphorOfficials: Phrases<true>
  illnesses: Phrases<true>
  projected: Phrases<true>
  denials: Phrases<true>
  sinceMarkers: Phrases<true>
  sinceWords: Phrases<true>
  sinceEnglish: Phrases<string>
  /** Triggers, units and people without accents: what a table's header is read with (exports drop them). */
  folded: LabelVocabulary
}

export interface LabelVocabulary {
  triggers: Phrases<TriggerInfo>
  units: Phrases<'households' | 'homes' | 'facilities'>
  people: Phrases<true>
}

/** A word without its accents ("décès" is "deces"); Arabic is left as it is. */
export const foldAccents = (s: string, arabic: boolean) =>
  arabic ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

function labelVocabulary(lex: Lexicon, fold: (s: string) => string): LabelVocabulary {
  const a = lex.arabic
  const endings = Object.fromEntries(
    Object.entries(lex.inflections ?? {}).map(([k, list]) => [k, list.map(fold)]),
  )
  return {
    triggers: new Phrases(
      lex.triggers.map((t) => [fold(t.words), t]),
      a,
      endings,
    ),
    units: new Phrases<'households' | 'homes' | 'facilities'>(
      [
        ...lex.units.households.map((w) => [fold(w), 'households'] as [string, 'households']),
        ...lex.units.homes.map((w) => [fold(w), 'homes'] as [string, 'homes']),
        ...lex.units.facilities.map((w) => [fold(w), 'facilities'] as [string, 'facilities']),
      ],
      a,
    ),
    people: new Phrases(
      lex.people.map((w) => [fold(w), true as const]),
      a,
    ),
  }
}

function compile(lex: Lexicon): CompiledLexicon {
  const a = lex.arabic
  const plain = labelVocabulary(lex, (w) => w)
  const set = (list: string[]) =>
    new Phrases<true>(
      list.map((p) => [p, true as const]),
      a,
    )
  const map = <T>(record: Record<string, T>) => new Phrases<T>(Object.entries(record), a)
  const own = (list: string[]) =>
    new Phrases<string>(
      list.map((p) => [p, p]),
      a,
    )
  return {
    lex,
    arabic: a,
    numberWords: map(lex.numbers.words),
    scales: map(lex.numbers.scales),
    joiners: set(lex.numbers.joiners),
    half: set(lex.numbers.half),
    approx: map(lex.numbers.approx),
    vague: map(lex.numbers.vague),
    notCounts: set(lex.numbers.notCounts),
    yearMarkers: set(lex.numbers.yearMarkers),
    qualifiers: map(lex.qualifiers),
    rangeOpen: set(lex.range.open),
    rangeJoin: set(lex.range.join),
    exceeded: set(lex.exceeded),
    triggers: plain.triggers,
    leadingTriggers: new Phrases(
      (lex.leadingTriggers ?? []).map((t) => [t.words, t]),
      a,
    ),
    units: plain.units,
    people: plain.people,
    counted: map(lex.counted),
    others: set(lex.others),
    including: set(lex.including),
    asides: set(lex.asides ?? []),
    tallies: set(lex.tallies),
    tallyVerbs: set(lex.tallyVerbs ?? []),
    groupStops: set(lex.groupStops),
    nameLinks: set(lex.nameLinks),
    articles: set(lex.articles),
    attributionBefore: set(lex.attribution.before),
    attributionVerbs: set(lex.attribution.verbs),
    attributionBetween: set(lex.attribution.between),
    attributionDocuments: set(lex.attribution.documents),
    attributionIssued: set(lex.attribution.issued),
    attributionAgents: set(lex.attribution.agents),
    attributionRelays: set(lex.attribution.relays),
    attributionCiting: set(lex.attribution.citing ?? []),
    attributionComplements: set(lex.attribution.complements ?? []),
    attributionParticiples: set(participles(lex)),
    attributionAuxiliaries: set(lex.attribution.auxiliaries),
    attributionInfinitives: set(lex.attribution.infinitives),
    attributionCarry: set(lex.attribution.carry),
    attributionCarryAlone: set(lex.attribution.carryAlone),
    attributionPlaceLinks: set(lex.attribution.placeLinks),
    attributionBodies: set(lex.attribution.bodies),
    anaphorBodies: own(lex.attribution.anaphors?.bodies ?? []),
    anaphorHeads: own(lex.attribution.anaphors?.heads ?? []),
    anaphorRoles: own(lex.attribution.anaphors?.roles ?? []),
    anaphorOwners: set(lex.attribution.anaphors?.owners ?? []),
    anaphorOfficials: set(lex.attribution.anaphors?.officials ?? []),
    illnesses: set(lex.illnesses),
    projected: set(lex.projected),
    denials: set(lex.denials),
    sinceMarkers: set(lex.since.markers),
    sinceWords: set(lex.since.words),
    sinceEnglish: map(lex.since.english),
    folded: a ? plain : labelVocabulary(lex, (w) => foldAccents(w, false)),
  }
}

/** "a indiqué", "ha informado": the participle of each speech verb written with an auxiliary. */
function participles(lex: Lexicon): string[] {
  const aux = new Set(lex.attribution.auxiliaries)
  const out: string[] = []
  for (const verb of lex.attribution.verbs) {
    const [first, ...rest] = verb.split(/\s+/)
    if (aux.has(first) && rest.length > 0) out.push(rest.join(' '))
  }
  return out
}

function load(data: unknown): CompiledLexicon {
  if (!Check(LexiconSchema, data)) {
    const first = Errors(LexiconSchema, data)[0]
    throw new Error(`lexicon does not match its schema: ${JSON.stringify(first)}`)
  }
  return compile(data)
}

const COMPILED = new Map([fr, es, ar].map((data) => [data.language, once(() => load(data))]))

/** Every language Tally reads besides English, by ISO 639-1 code. */
export const LEXICON_LANGUAGES: readonly string[] = [...COMPILED.keys()]

/** The compiled lexicon of a language Tally reads besides English. */
export function lexiconFor(language: string): CompiledLexicon | undefined {
  return COMPILED.get(language)?.()
}
