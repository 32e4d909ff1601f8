// The look-ups coreference makes in what the text said before: the last person or body that spoke, the
// person named with a role, a body described before it was named. Read by resolveAttribution (coreference.ts).

import type { Attribution } from './attribution.ts'
import { type Mention, makeMention } from './entities.ts'
import { isDemonym, isTextPlace, placeKey } from './gazetteer/index.ts'
import { isSourceWord, normalizeSource } from './source-names.ts'
import { UPPER_FIRST } from './tokens.ts'
import { PERSON_TITLES, REPORTING_VERBS, words } from './words.ts'

/** "gov." is a governor, "gen." a general. */
function roleOf(word: string): string {
  // (endsWith, not a replace: every word of every attribution's name comes through here)
  return ROLE_ABBREVIATIONS[word.endsWith('.') ? word.slice(0, -1) : word] ?? word
}
const ROLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor',
  gen: 'general',
  sec: 'secretary',
}

// Every office a person is named with: "Sheriff Robert Luna ... the sheriff said".
const ROLE_WORDS = PERSON_TITLES

export const GENERIC_HEADS = words(
  'ministry agency monitor group organisation organization observatory office body watchdog charity committee council center centre service department mission commission prefecture institute network coalition alliance tank ngo',
)

export interface SourceMemory {
  chunks: Mention[]
  /** Acronyms the text defines, to their full names. */
  acronyms: Map<string, string>
  /** Every resolved attribution so far, in text order. */
  said: Mention[]
  /** The text's lower-case tokens. */
  lows: readonly string[]
  /** Lower-case body phrases of the text ("the Houthi-run health ministry"), found when first asked for. */
  bodies: () => Mention[]
}

export const FIRST_PERSON = new Set(['our', 'we', 'my', 'i', 'us'])
// Words that open a body's name, never a person's: "National Registry of ...", "Central Bank of ...".
export const NAMELESS = words('national central federal general international united supreme high state')

/** Whether the body's noun stood after "his" or "her" near the verb at `at`: a person's office. */
export function ownedByPerson(lows: readonly string[], head: string, at: number): boolean {
  for (let k = Math.max(1, at - 4); k <= at + 3 && k < lows.length; k++) {
    if (lows[k] === head && (lows[k - 1] === 'his' || lows[k - 1] === 'her')) return true
  }
  return false
}

export function lastPersonSaid(said: Mention[]): Mention | null {
  for (let k = said.length - 1; k >= 0; k--) if (said[k].person && said[k].words.length >= 2) return said[k]
  return null
}

/** Whether the phrase stood after "the" in the text: "the official said", not "officials said". */
export function definite(a: Attribution, words: string[], lows: readonly string[]): boolean {
  // The subject stands before its verb, or just after it ("said the official").
  for (let k = Math.max(1, a.at - 10); k <= a.at + 3 && k < lows.length; k++) {
    if (lows[k] === words[0] && lows[k - 1] === 'the') return true
  }
  return false
}

/**
 * The last speaker whose fuller description ends on the same noun: "the official" after "a senior
 * security official told Reuters", "the diplomats" after "two Arab diplomats ... said".
 */
export function fullerSpeaker(said: Mention[], words: string[]): Mention | null {
  const own = words.filter((w) => w !== 'the')
  const head = own[own.length - 1]
  if (!head) return null
  for (let k = said.length - 1; k >= 0; k--) {
    const m = said[k].words
    // "the officials" after "officials in Kherson province said": the head stands before its complement.
    const ownHead = m[m.length - 1] === head || headBeforeComplement(m) === head
    if (ownHead && m.length > own.length && own.every((w) => m.includes(w))) {
      // "the administrator" after "two health workers and a local administrator told Reuters": its conjunct.
      const conjunct = said[k].name.split(/\s+and\s+/).find((c) => c.toLowerCase().endsWith(` ${head}`))
      const part = conjunct?.replace(/^(a|an|the|one|two|three|four|five)\s+/i, '')
      return part && part !== said[k].name && part.includes(' ') ? makeMention(part, said[k].at) : said[k]
    }
  }
  return null
}

/** The role a short phrase names: its last word ("the health minister"), or its first before "of" ("governor of X"). */
export function roleNoun(words: string[]): string | null {
  const last = roleOf(words[words.length - 1])
  if (words.length <= 4 && ROLE_WORDS.has(last)) return last
  const of = words.indexOf('of')
  const role = of > 0 ? roleOf(words[of - 1]) : ''
  return of > 0 &&
    of <= 2 &&
    ROLE_WORDS.has(role) &&
    !/\b(ministry|office|department)\b/.test(words.join(' '))
    ? role
    : null
}

/** "the ministry", "the Turkish ministry": no capital but a nationality's, so no name of its own. */
export function onlyDemonymCapitals(raw: string): boolean {
  return raw.split(/\s+/).every((w) => !UPPER.test(w) || isDemonym(w))
}
// Out of the function: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
export const UPPER = /\p{Lu}/u
export const FORCE_HEADS = new Set(['army', 'military'])
export const AGENCY_HEADS = new Set(['agency', 'organisation', 'organization', 'body'])
// Heads that describe a body already named rather than name one ("the charity", "the rights group"); a
// nameless state body is an agency, office or ministry ("the disaster agency").
export const EPITHET_HEADS = new Set([
  'charity',
  'group',
  'organisation',
  'organization',
  'monitor',
  'watchdog',
  'body',
  'institute',
  'network',
  'coalition',
  'alliance',
  'tank',
  'ngo',
])
// People who speak for a body: "ministry officials", "a ministry spokesman" speak for the ministry named before.
export const BODY_VOICES = words(
  'official officials spokesman spokeswoman spokesperson spokespeople source sources representative representatives',
)

const STATE_WORDS = words(
  'government ministry army military police authority authorities administration forces president governor',
)

/** The last word of a person's full name in the text ("Cavusoglu" after "Mevlut Cavusoglu"). */
function isSurname(word: string, chunks: Mention[]): boolean {
  return chunks.some((c) => c.person && c.words.length >= 2 && c.words[c.words.length - 1] === word)
}

/** "UNHCR", "Oxfam", "Syrian Observatory": a name; "Local media", "Civil defence" are common nouns capitalised. */
function hasOwnName(name: string): boolean {
  const [first, ...rest] = name.split(' ')
  if (rest.some((w) => UPPER_FIRST.test(w))) return true
  return UPPER_FIRST.test(first ?? '') && !isSourceWord(first.toLowerCase()) && !isDemonym(first)
}

/** The head of a phrase before its complement: "teacher" in "teacher at the school". */
export function headBeforeComplement(words: string[]): string {
  const k = words.findIndex((w) => COMPLEMENT_LEADS.has(w))
  return words[(k > 0 ? k : words.length) - 1] ?? ''
}
const COMPLEMENT_LEADS = new Set(['at', 'in', 'of', 'for', 'with', 'from', 'on'])
// Tokens after the description within which its bearer's name may follow: a sentence or two.
export const NAMED_AFTER = 60

/** "a war monitor said", "said a rights group": a body not named before. */
export function isIndefinite(a: Attribution, words: string[], lows: readonly string[]): boolean {
  const n = words.length
  if (article(lows[a.at - n - 1]) && lows[a.at - 1] === words[n - 1]) return true
  return article(lows[a.at + 1]) && lows[a.at + 1 + n] === words[n - 1]
}

// Out of isIndefinite: a closure made per call costs a defineProperty of its name under tsx and the build.
const article = (w: string | undefined) => w === 'a' || w === 'an'

/** A body named in the next sentence or so as the subject of a reporting verb. */
export function nextNamedSpeaker(memory: SourceMemory, at: number): Mention | null {
  for (const m of memory.chunks) {
    if (m.at <= at + 2) continue
    if (m.at > at + 30) return null
    if (
      m.person ||
      m.words.length < 2 ||
      m.words.some((w) => STATE_WORDS.has(w)) ||
      isTextPlace(placeKey(m.name))
    )
      continue
    // Introduced as one already met ("The Britain-based ..."), not a second voice ("Amnesty International said").
    const before = memory.lows[m.at - 1] ?? ''
    const introduced = before === 'the' || /^[a-z]+-(based|run|led|funded)$/.test(before)
    return introduced && REPORTING_VERBS.has(memory.lows[m.at + m.words.length] ?? '') ? m : null
  }
  return null
}

/** Whether the token at `at` stands inside quotation marks. */
export function quoted(lows: readonly string[], at: number): boolean {
  let open = false
  for (let k = 0; k < at; k++) {
    const w = lows[k]
    if (w === '"') open = !open
    else if (w === '\u201c') open = true
    else if (w === '\u201d') open = false
  }
  return open
}

/**
 * The last body that spoke and was described in apposition with `head` ("the Kisal Observatory, a local
 * monitoring group, said"): a few chunks back at most, each looked at over a few tokens.
 */
export function describedAs(memory: SourceMemory, head: string, before: number): Mention | null {
  const { chunks, lows, said } = memory
  let hi = chunks.length
  while (hi > 0 && chunks[hi - 1].at >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 12); k--) {
    const m = chunks[k]
    const after = m.at + m.words.length
    if (m.person || lows[after] !== ',' || !article(lows[after + 1])) continue
    let hit = false
    for (let j = after + 2; j < after + 8 && j < before; j++) {
      if (lows[j] === ',' || lows[j] === '.') break
      if (lows[j] === head) hit = true
    }
    if (hit && said.some((s) => s.name === normalizeSource(m.name))) return m
  }
  return null
}

/** The last body that spoke: not a person named in full ("Oxfam", one word, may be either). */
export function lastBodySaid(said: Mention[]): Mention | null {
  for (let k = said.length - 1; k >= 0; k--) if (!said[k].person || said[k].words.length === 1) return said[k]
  return null
}
export const PEOPLE_OF = new Set(['team', 'teams', 'staff', 'workers'])
// "Al Shabaab militants", "M23 rebels": a name before a fighters' noun is an armed group's, not a person's.
const FIGHTERS = words('militants fighters rebels insurgents jihadists militiamen gunmen paramilitaries')

/** The last body named before `before` by a name of its own (an acronym the text defined reads in full). */
export function lastNamedBody(memory: SourceMemory, before: number): Mention | null {
  const { chunks, acronyms } = memory
  let hi = chunks.length
  while (hi > 0 && chunks[hi - 1].at >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 12); k--) {
    const m = chunks[k]
    if (
      (m.person && !FIGHTERS.has(memory.lows[m.at + m.words.length] ?? '')) ||
      m.words.some((w) => STATE_WORDS.has(w)) ||
      isDemonym(m.name) ||
      isTextPlace(placeKey(m.name))
    )
      continue
    const acronym = /^[A-Z]{2,8}$/.test(m.name)
    if (acronym && acronyms.has(m.name)) return makeMention(acronyms.get(m.name) ?? m.name, m.at)
    if (acronym || m.words.length >= 2) return m
  }
  return null
}

export function lastAcronym(chunks: Mention[], before: number): Mention | null {
  let hi = chunks.length
  while (hi > 0 && chunks[hi - 1].at >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 30); k--) {
    const name = chunks[k].name
    if (/^UN[A-Z]{2,6}$|^(OCHA|IOM|WFP|WHO|ICRC|MSF|IFRC|UNHCR|UNICEF|UNRWA|UNFPA|UNDP|FAO)$/.test(name))
      return chunks[k]
  }
  return null
}

export function lastSource(said: Mention[]): Mention | null {
  for (let k = said.length - 1; k >= Math.max(0, said.length - 4); k--) {
    if (said[k].words[said[k].words.length - 1] === 'source') return said[k]
  }
  return null
}

export function lastPersonChunk(chunks: Mention[], before: number): Mention | null {
  let hi = chunks.length
  while (hi > 0 && chunks[hi - 1].at >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 40); k--) {
    if (chunks[k].words.length >= 2 && chunks[k].person) return chunks[k]
  }
  return null
}

/** The first person named within a sentence or so after `at`: the speaker introduced after the quote. */
export function nextPersonChunk(chunks: Mention[], at: number): Mention | null {
  for (const m of chunks) {
    if (m.at <= at) continue
    if (m.at > at + 40) return null
    if (m.words.length >= 2 && m.person) return m
    // "Jan Egeland of the Norwegian Refugee Council": the person before the body they speak for.
    const own = m.name.split(' of ')[0] ?? ''
    if (own !== m.name && own.includes(' ')) {
      const person = makeMention(own, m.at)
      if (person.person) return person
    }
  }
  return null
}

/** The last organisation named shortly before: a capitalised name whose head is a body's noun. */
export function lastOrganisationChunk(chunks: Mention[], before: number): Mention | null {
  let hi = chunks.length
  while (hi > 0 && (chunks[hi - 1]?.at ?? 0) >= before) hi--
  for (let k = hi - 1; k >= Math.max(0, hi - 8); k--) {
    const m = chunks[k]
    if (!m || m.person) continue
    const head = m.words[m.words.length - 1] ?? ''
    if (
      GENERIC_HEADS.has(head) ||
      /^(OCHA|IOM|WFP|WHO|ICRC|MSF|IFRC|UNHCR|UNICEF|UNRWA|UNFPA|UN)$/.test(m.name)
    )
      return m
  }
  return null
}

/** The last organisation that spoke: "the agency said" after the WHO was quoted. */
export function lastOrganisation(said: Mention[], words: string[], chunks: Mention[]): Mention | null {
  const head = words[words.length - 1]
  for (let k = said.length - 1; k >= Math.max(0, said.length - 3); k--) {
    const m = said[k]
    // "per monitoring group Airwars ... The group said": a one-word name no person bears is a body's.
    if (m.person && !(EPITHET_HEADS.has(head) && m.words.length === 1 && !isSurname(m.words[0], chunks)))
      continue
    // "the ministry" after "the military said": a body named by a common noun only is that kind of body.
    const own = m.words[m.words.length - 1]
    if (!hasOwnName(m.name) && own !== head && !own.startsWith(head)) continue
    // "the charity", "the group" describe a body outside the state, not the government that spoke last.
    if (EPITHET_HEADS.has(head) && m.words.some((w) => STATE_WORDS.has(w))) continue
    // "the agency" after "UNHCR said" is UNHCR; "the disaster agency" after "state media reported" is not.
    const modifiers = words.filter((w) => w !== head && w !== 'the')
    if (modifiers.length === 0 || modifiers.some((w) => m.words.includes(w))) return m
    // "the medical charity" after "Medecins Sans Frontieres said": an epithet for the body just named.
    if (EPITHET_HEADS.has(head) && UPPER.test(m.name)) return m
  }
  return null
}

/** A plain copy of a mention (chunks compute their fields lazily, so spreading them would lose them). */
export function snapshot(m: Mention, at: number): Mention {
  return { name: m.name, words: m.words, person: m.person, at }
}

export function isSourceLike(words: string[]): boolean {
  if (words.length === 0 || words.length > 14) return false
  // A figure is no source; digits written onto a name's letters are part of it ("M23", "G7").
  if (words.some((w) => /\d/.test(w) && !GLUED_DIGITS.test(w))) return false
  return true
}
const GLUED_DIGITS = /^\p{L}+\d+$/u
