// Names in the text and coreference: "the Observatory" is the "Syrian Observatory for Human Rights"
// named earlier, "he" is the last person quoted, "the ministry" the last ministry that spoke.

import { memoize } from '../text/memo.ts'
import { isDemonym, isTextPlace, placeKey } from './gazetteer/index.ts'
import { DOCUMENT_NOUNS } from './source-names.ts'
import { isAllUpper, isCapitalized, joinTokenText, type Token, UPPER_FIRST } from './tokens.ts'
import { HONORIFICS, MONTH_NUMBERS, PERSON_TITLES, REPORTING_VERBS, WEEKDAY_NUMBERS, words } from './words.ts'

export interface Mention {
  /** Source as it will be reported (titles stripped for persons). */
  name: string
  /** Lower-case words, for containment tests. */
  words: string[]
  person: boolean
  /** Token index where it was mentioned. */
  at: number
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'al', 'el', 'bin', 'ibn', 'la', 'du', 'des'])

export const ORG_HEADS = new Set(
  (
    'ministry ministries center centre observatory organization organisation agency agencies office council committee ' +
    'commission army forces force police authority authorities department service services group network watch ' +
    'amnesty crescent cross nations union fund programme program bank institute foundation coalition government ' +
    'media tv television news monitor front brigade brigades movement party mission unhcr ocha unicef who iom wfp ' +
    'un u.n. eu icrc msf hrw ngo board administration military navy guard guards court tribunal parliament ' +
    'kremlin pentagon hospital hospitals university agency federation corps directorate cabinet presidency ' +
    'secretariat alliance assembly bureau unit team radio press reuters afp ap tass interfax sana ria xinhua ' +
    "anadolu state initiative project taskforce ministry's syndicate society directorate directorates cluster " +
    'matrix panel association league helmets defense defence network commission council committee ' +
    // Plural callings name a body, never a person: "Emergency Lawyers", "Physicians for Human Rights".
    'lawyers doctors physicians medics volunteers observers defenders journalists registry ' +
    // Words of a relief body's name no person bears: "Omdurman Emergency Response Room", "Rescue 1122".
    'room rooms rescue relief'
  ).split(' '),
)

const PLACE_HEADS = new Set(
  'county district state province region city town village camp governorate municipality square street'.split(
    ' ',
  ),
)

// Words before a name that describe its bearer (offices and honorifics are added from words.ts).
const TITLES = new Set(
  (
    'prime foreign defense defence interior health secretary king prince sheikh pope brigadier ' +
    'admiral deputy vice senior officer rapporteur chair leader congressman lawmaker attorney ' +
    'professor analyst researcher correspondent founder ceo executive high special regional ' +
    'resident humanitarian un u.n. kremlin observatory additional ombudsman ombudsperson coroner'
  ).split(' '),
)
for (const t of [...HONORIFICS, ...PERSON_TITLES]) TITLES.add(t)

// A family name's particle joined to it: "Hassan al-Ghabbash", "Ahmed bin-Ali".
const NAME_PARTICLE = /^(al|el|ad|ar|as|an|at|az|ash|bin|ibn|abu|abd)-\p{Lu}/u

/** Capitalised runs with their connectors: "Syrian Observatory for Human Rights", "Turkey's Defense Ministry". */
export function collectNameChunks(tokens: Token[], lows: string[]): Mention[] {
  const chunks: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    // "al-Sediq al-Sour": a name may open on its particle.
    if (!isCapitalized(tokens[i]) && !NAME_PARTICLE.test(tokens[i].text)) {
      i++
      continue
    }
    let j = i + 1
    while (j < tokens.length && tokens[j].newlines === 0) {
      if (isCapitalized(tokens[j]) || NAME_PARTICLE.test(tokens[j].text)) {
        j++
        continue
      }
      // "Dr. Hassan al-Ghabbash": an honorific's dot goes on to the name after it.
      if (
        tokens[j].text === '.' &&
        !tokens[j].space &&
        HONORIFICS.has(lows[j - 1]) &&
        isCapitalized(tokens[j + 1] ?? tokens[j])
      ) {
        j++
        continue
      }
      // A connector counts only between two capitalised words.
      let k = j
      while (k < tokens.length && k - j < 2 && CONNECTORS.has(lows[k])) k++
      // "On Friday the Kenya Rights Network": a day or a month closes its phrase before an article.
      const dated = lows[j] === 'the' && (WEEKDAY_NUMBERS.has(lows[j - 1]) || MONTH_NUMBERS.has(lows[j - 1]))
      if (k > j && k < tokens.length && isCapitalized(tokens[k]) && !dated) {
        j = k
        continue
      }
      break
    }
    // A sentence-initial article, preposition or conjunction is not part of the name: "In Chernihiv, the
    // mayor said" names a town, not a person whose role is mayor.
    let first = i
    while (first < j - 1 && LEADING_FUNCTION_WORDS.has(lows[first]) && !isAllUpper(tokens[first].text))
      first++
    // "Britain-based Syrian Observatory ...", "Kurdish-led Syrian Democratic Forces": the adjective is no part of the name.
    while (
      first < j - 1 &&
      /-(based|led|backed|run|affiliated|aligned|controlled|funded|linked)$/i.test(tokens[first].text)
    )
      first++
    const text = joinTokenText(tokens.slice(first, j))
    // The role may stand before the name ("regional Gov. Oleh Syniehubov") or after it (", a traditional chief").
    chunks.push(new Chunk(text, lows, first, j))
    i = j
  }
  return chunks
}

// Closed classes (articles, prepositions, conjunctions) that are capitalised only because they open a sentence.
const LEADING_FUNCTION_WORDS = words(
  'the a an in on at by from across after before during since for with within amid despite under over ' +
    'through throughout near among between but and or while as meanwhile elsewhere beyond outside inside',
)

const APPOSITION_EDGES = new Set([',', '.', ';', ':', '"', '“', '”', '(', ')', 'said', 'says', 'told'])

/** A name chunk whose person test and title stripping run only if coreference ever looks at it. */
export class Chunk implements Mention {
  private resolved: Mention | null = null
  constructor(
    readonly text: string,
    private readonly lows: string[],
    readonly at: number,
    readonly end: number,
  ) {}
  private cachedWords: string[] | null = null
  private get lowWords(): string[] {
    if (!this.cachedWords) this.cachedWords = this.lows.slice(this.at, this.end)
    return this.cachedWords
  }
  /**
   * The chunk with the words around it, lower case: where a role is found. The role may stand before
   * the name ("regional Gov. Oleh Syniehubov") or after it (", a traditional chief").
   */
  get context(): string {
    return this.contextWords.join(' ')
  }
  private cachedContext: string[] | null = null
  /** The context as words, computed once. */
  get contextWords(): string[] {
    if (!this.cachedContext) {
      // "the Minister of Infrastructure and Land and Air Transport, Yankhoba Dieme": a role in apposition
      // before the name is read back to the start of its phrase.
      let from = Math.max(0, this.at - 3)
      if (this.lows[this.at - 1] === ',') {
        from = this.at - 1
        while (from > 0 && this.at - from < 14 && !APPOSITION_EDGES.has(this.lows[from - 1])) from--
      }
      let before = this.lows.slice(from, this.at)
      // "..., a UNHCR spokesperson said. Mohammed Rahman, the commissioner, ...": a role in the sentence
      // before is not this name's.
      const end = before.findLastIndex((w) => w === '.' || w === ';' || w === '?' || w === '!')
      if (end >= 0) before = before.slice(end + 1)
      const after = this.lows[this.end] === ',' ? this.lows.slice(this.end + 1, this.end + 6) : []
      this.cachedContext = [...before, ...this.lowWords, ...after]
    }
    return this.cachedContext
  }
  /** The word just before the chunk, lower case. */
  get wordBefore(): string {
    return this.lows[this.at - 1] ?? ''
  }
  private get full(): Mention {
    if (!this.resolved) this.resolved = makeMention(this.text, this.at)
    return this.resolved
  }
  get name(): string {
    return this.full.name
  }
  get words(): string[] {
    return this.resolved ? this.resolved.words : this.lowWords
  }
  get person(): boolean {
    return this.full.person
  }
}

export function makeMention(text: string, at: number): Mention {
  const { name, words, person } = mentionOf(text)
  return { name, words, person, at }
}

// The same names (and their person test) come back in every paragraph: read each spelling once.
const mentionOf = memoize((text: string): Omit<Mention, 'at'> => {
  const words = text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/)
    .filter(Boolean)
  const person = looksLikePerson(words, text)
  const name = person ? stripTitles(text) : text
  return {
    name,
    words: name
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .split(/\s+/)
      .filter(Boolean),
    person,
  }
})

function looksLikePerson(words: string[], text: string): boolean {
  if (words.length === 0) return false
  if (/^[A-Z.]{2,}$/.test(text)) return false
  // "Médecins Sans Frontières", "Médicos Sin Fronteras": a preposition no person's name holds.
  if (words.some((w) => BODY_PREPOSITIONS.has(w))) return false
  // "North Kivu", "Lao Cai": a place the gazetteer knows is nobody.
  if (isTextPlace(placeKey(text))) return false
  const institutional = words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w))
  if (institutional && !words.some((w) => TITLES.has(w.replace(/\.$/, '')))) return false
  const core = stripTitles(text)
  if (!core) return false
  const coreWords = core.split(' ')
  // "Uror County Commissioner Gatwech Tut Puok": the office may name a place or a body; the name after it decides.
  if (institutional) {
    if (core === text || coreWords.length < 2) return false
    if (coreWords.some((w) => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase())))
      return false
  }
  if (coreWords.every((w) => isDemonym(w) || isTextPlace(placeKey(w.replace(/['\u2019]s$/, '')))))
    return false
  return coreWords.every(
    (w) => UPPER_FIRST.test(w) || /^(al|el|bin|ibn|de|van|von|la|abu|abdel|abd)(-|$)/.test(w),
  )
}

const BODY_PREPOSITIONS = words('sans sin sem ohne pour contre contra para por without against')

/** "Turkish Foreign Minister Mevlut Cavusoglu" -> "Mevlut Cavusoglu". */
export function stripTitles(text: string): string {
  const words = text.split(/\s+/)
  let k = 0
  while (k < words.length - 1) {
    const w = words[k].toLowerCase().replace(/[.'\u2019]s?$/, '')
    if (TITLES.has(w) || isDemonym(w) || /['\u2019]s$/.test(words[k])) k++
    else break
  }
  // Everything up to the last title goes: "Environment Minister Murat Kurum", "Uror County Commissioner ...".
  for (let m = words.length - 2; m >= k; m--) {
    if (TITLES.has(words[m].toLowerCase().replace(/\.$/, ''))) {
      k = m + 1
      break
    }
  }
  return words.slice(k).join(' ')
}

/** Acronyms a text defines: "the International Organization for Migration (IOM)" -> IOM. */
export function collectAcronyms(tokens: Token[], chunks: Mention[]): Map<string, string> {
  const out = new Map<string, string>()
  chunks.forEach((c, n) => {
    if (!(c instanceof Chunk) || c.words.length < 2) return
    const open = tokens[c.end]
    const acronym = tokens[c.end + 1]
    if (
      open?.text === '(' &&
      tokens[c.end + 2]?.text === ')' &&
      /^[A-Z][A-Za-z.]{1,9}$/.test(acronym?.text ?? '')
    ) {
      const letters = acronym.text.replace(/[a-z.]/g, '').length
      if (letters < 2) return
      // "the UN Mission in South Sudan (UNMISS)": a name too short for its acronym goes on before a
      // lower-case preposition ("in", "on", "for") to the name chunk ending there.
      let text = c.text
      const before = chunks[n - 1]
      if (
        before instanceof Chunk &&
        before.end === c.at - 1 &&
        NAME_PREPOSITIONS.has(tokens[c.at - 1].low) &&
        letters > c.words.length + 1
      )
        text = `${before.text} ${tokens[c.at - 1].text} ${c.text}`
      out.set(acronym.text, text.replace(/^(the|The)\s+/, ''))
    }
  })
  return out
}
const NAME_PREPOSITIONS = new Set(['in', 'on', 'for', 'against'])

/** The last person named before `before` with this role ("the governor" -> "Oleh Syniehubov"). */
export function lastPersonWithRole(chunks: Mention[], role: string, before: number): Mention | null {
  let hi = chunks.length
  while (hi > 0 && chunks[hi - 1].at >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 200); k--) if (hasRole(chunks[k], role)) return chunks[k]
  // A headline ("..., governor says") names the role before the person: look ahead a little.
  for (let k = hi; k < Math.min(chunks.length, hi + 30); k++) if (hasRole(chunks[k], role)) return chunks[k]
  return null
}
/**
 * "..., a teacher at the school said. The teacher, Sani Abdullahi, told journalists": the person named
 * after `after`, within `reach` tokens, in apposition to the role.
 */
export function nextPersonWithRole(
  chunks: Mention[],
  role: string,
  after: number,
  reach: number,
): Mention | null {
  for (const c of chunks) {
    if (c.at <= after) continue
    if (c.at > after + reach) break
    // "Another resident, Musa Bello, said": someone else with the same role.
    if (
      c instanceof Chunk &&
      c.wordBefore === ',' &&
      hasRole(c, role) &&
      !c.contextWords.some((w) => OTHER_ONE.has(w))
    )
      return c
  }
  return null
}
const OTHER_ONE = new Set(['another', 'other', 'second', 'fellow'])
// Out of lastPersonWithRole: a closure made per call costs a defineProperty of its name under tsx and the build.
const hasRole = (c: Mention, role: string) =>
  c instanceof Chunk &&
  c.end - c.at >= 2 &&
  // "the governor of Alto Verde province": the place the role is of, not its bearer.
  !PLACE_OF.has(c.wordBefore) &&
  c.contextWords.some((w) => w === role || ROLE_ABBREVIATIONS[w.replace(/\.$/, '')] === role) &&
  !roleSpeaksBefore(c, role) &&
  c.person &&
  c.words.length >= 2
/** "..., sheriff says\nBy Hill Country 12 Staff": the role is the subject of its own verb, no title of the name after. */
function roleSpeaksBefore(c: Chunk, role: string): boolean {
  const context = c.contextWords
  const k = context.indexOf(role)
  return (
    k >= 0 && k + 1 < context.length && REPORTING_VERBS.has(context[k + 1]) && context[k + 1] !== c.words[0]
  )
}
const ROLE_ABBREVIATIONS: Record<string, string> = { gov: 'governor', gen: 'general', sec: 'secretary' }
const PLACE_OF = new Set(['of', 'in', 'for', 'at'])

/** Where `words` first occur contiguously in `inside`, or -1. */
function runAt(inside: string[], words: string[]): number {
  outer: for (let i = 0; i + words.length <= inside.length; i++) {
    for (let k = 0; k < words.length; k++) if (inside[i + k] !== words[k]) continue outer
    return i
  }
  return -1
}

/** The fullest earlier name that contains `words` as a run ("Observatory" -> "Syrian Observatory for Human Rights"). */
export function fullestName(
  chunks: Mention[],
  words: string[],
  before: number,
  person: boolean,
): Mention | null {
  let best: Mention | null = null
  for (const c of chunkIndex(chunks).get(words[words.length - 1]) ?? []) {
    if (c.at >= before) break
    if (c.person !== person && person) continue
    const at = c.words.length < words.length ? -1 : runAt(c.words, words)
    if (at < 0) continue
    // "OCHA" after a title "OCHA Flash Update No. 3": a document named after its author is not the author.
    // Only the words right after the run are looked at, so a long run of capitals costs no more than before.
    const next = c.words.slice(at + words.length, at + words.length + 3)
    if (next.some((w) => DOCUMENT_NOUNS.has(w) && !words.includes(w))) continue
    if (!best || c.words.length > best.words.length) best = c
  }
  return best
}

// The index of the text being read: one text at a time is read (extraction is synchronous), so one slot
// serves. (A WeakMap keyed by each text's chunks made every young-generation GC walk its table.)
let indexed: Mention[] | null = null
let index = new Map<string, Mention[]>()

/** Chunks by each of their words, in text order, so a lookup touches only the chunks that could match. */
function chunkIndex(chunks: Mention[]): Map<string, Mention[]> {
  if (indexed !== chunks) {
    index = new Map()
    for (const c of chunks) {
      for (const w of new Set(c.words)) {
        const list = index.get(w) ?? []
        if (list.length < 200) list.push(c)
        index.set(w, list)
      }
    }
    indexed = chunks
  }
  return index
}

/** The last mention before `before` whose words include `head` (and, when possible, every word of `words`). */
export function lastWithHead(mentions: Mention[], words: string[], before: number): Mention | null {
  const head = words[words.length - 1]
  let withHead: Mention | null = null
  let withAll: Mention | null = null
  for (const m of mentions) {
    if (m.at >= before) break
    if (m.person || !m.words.some((w) => w === head || w.startsWith(head))) continue
    withHead = m
    if (words.every((w) => m.words.includes(w))) withAll = m
  }
  return withAll ?? withHead
}
