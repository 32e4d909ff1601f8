// Resolving what a source phrase refers to: "he" is the last person quoted, "the agency" the last body that
// spoke, "the Observatory" the fullest earlier name, "the governor" the person named with that role, and an
// acronym the name the text defined it for.

import type { Attribution } from './attribution.ts'
import {
  AGENCY_HEADS,
  BODY_VOICES,
  definite,
  describedAs,
  EPITHET_HEADS,
  FIRST_PERSON,
  FORCE_HEADS,
  fullerSpeaker,
  GENERIC_HEADS,
  headBeforeComplement,
  isIndefinite,
  isSourceLike,
  lastAcronym,
  lastBodySaid,
  lastNamedBody,
  lastOrganisation,
  lastOrganisationChunk,
  lastPersonChunk,
  lastPersonSaid,
  lastSource,
  NAMED_AFTER,
  NAMELESS,
  nextNamedSpeaker,
  nextPersonChunk,
  onlyDemonymCapitals,
  ownedByPerson,
  PEOPLE_OF,
  quoted,
  roleNoun,
  type SourceMemory,
  snapshot,
  UPPER,
} from './coreference-lookups.ts'
import {
  fullestName,
  lastPersonWithRole,
  lastWithHead,
  type Mention,
  makeMention,
  nextPersonWithRole,
} from './entities.ts'
import { DETERMINERS, DOCUMENT_NOUNS, isNameToken, isSourceWord, normalizeSource } from './source-names.ts'
import type { Token } from './tokens.ts'
import { PRONOUNS } from './words.ts'

export type { SourceMemory } from './coreference-lookups.ts'

/**
 * Noun phrases whose head is a body's noun, with their modifiers: "Houthi-run health ministry", "Kenya's
 * police watchdog". A text that names a body in lower case has no name chunk for "the ministry" to take.
 */
export function collectBodies(tokens: Token[], lows: string[]): Mention[] {
  const bodies: Mention[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (!GENERIC_HEADS.has(lows[k])) continue
    let m = k
    while (m > 0 && k - m < 4 && isBodyModifier(tokens[m - 1], lows[m - 1])) m--
    if (m === k) continue
    const words = lows.slice(m, k + 1)
    const name = tokens
      .slice(m, k + 1)
      .map((t) => t.text)
      .join(' ')
    bodies.push({ name, words, person: false, at: m })
  }
  return bodies
}

/** A word that may qualify a body's noun: a name, a hyphenated or possessive word, a source word ("health"). */
function isBodyModifier(tok: Token, low: string): boolean {
  if (tok.kind !== 'word' || DETERMINERS.has(low) || /^(of|for|and|in|on|at|by|to|from|with)$/.test(low))
    return false
  return isNameToken(tok) || /-|['’]s$/.test(low) || (isSourceWord(low) && !GENERIC_HEADS.has(low))
}

/** The last body phrase before `at` that holds every word of the short form and more. */
function lastFullerBody(bodies: Mention[], words: string[], at: number): Mention | null {
  const own = words.filter((w) => w !== 'the')
  let best: Mention | null = null
  for (const b of bodies) {
    if (b.at >= at) break
    if (b.words.length > own.length && own.every((w) => b.words.includes(w))) best = b
  }
  return best
}

/** Resolves an attribution's NP against what was said before it. */
export function resolveAttribution(a: Attribution, memory: SourceMemory): void {
  const raw = a.text
  const low = raw.toLowerCase().replace(/\u2019/g, "'")
  const words = low.split(/\s+/)
  let mention: Mention | null = null
  // "Our teams found 14 bodies," he said: the first person inside a quotation is its speaker, read apart.
  // Outside one it is the issuer's voice ("Our teams have recorded ..." in a charity's release).
  if (FIRST_PERSON.has(words[0] ?? '')) {
    // "US intelligence" is no "us".
    const issuer = raw.startsWith('US')
      ? makeMention(raw, a.at)
      : quoted(memory.lows, a.at)
        ? null
        : (lastBodySaid(memory.said) ?? lastNamedBody(memory, a.at))
    if (!issuer) {
      a.name = null
      return
    }
    mention = snapshot(issuer, a.at)
  } else if (
    words.length >= 2 &&
    PEOPLE_OF.has(words[words.length - 1]) &&
    /'s$/.test(words[words.length - 2])
  ) {
    // "The group's teams treated 72": the owner's people speak for the owner.
    const owner = raw
      .split(/\s+/)
      .slice(0, -1)
      .join(' ')
      .replace(/['\u2019]s$/, '')
    const own: Attribution = { ...a, text: owner }
    resolveAttribution(own, memory)
    a.name = own.name
    a.person = false
    return
  } else if (words.length === 1 && PRONOUNS.has(low)) {
    const person = low === 'he' || low === 'she' || low === 'him' || low === 'her' || low === 'his'
    for (let k = memory.said.length - 1; k >= 0; k--) {
      // "a hospital official told AFP ... He said": a role unnamed is a person too.
      const m = memory.said[k]
      if (m.person === person || (person && !m.person && m.words.length <= 4 && roleNoun(m.words) !== null)) {
        mention = memory.said[k]
        break
      }
    }
    // "Lazarre told AP ... Prime Minister Garry Conille called the attack a crime. He said ...": a person
    // who opened a sentence after the last speaker spoke is whom "he" now means.
    if (mention && person) {
      const newer = lastPersonChunk(memory.chunks, a.at)
      const opens = newer && (newer.at === 0 || memory.lows[newer.at - 1] === '.')
      if (newer && opens && newer.at > mention.at && a.at - newer.at <= 40) mention = snapshot(newer, a.at)
    }
    // Otherwise the last person named before: "Foreign Minister Mevlut Cavusoglu spoke... He said".
    if (!mention && person) mention = lastPersonChunk(memory.chunks, a.at)
    // '"Our teams found 14 bodies," he said. The speaker, Jan Egeland, ...': named just after.
    if (!mention && person) mention = nextPersonChunk(memory.chunks, a.at)
    // "The figures came from the Health Ministry. It said ...": the body named last, if near.
    if (!mention && !person && low === 'it') mention = lastOrganisationChunk(memory.chunks, a.at)
    if (!mention) {
      a.name = null
      return
    }
  } else if (voiceOfBody(a, words, memory)) {
    return
  } else if (words[0] === 'same' && memory.said.length > 0) {
    // "According to the same report, ...": the source that spoke last.
    mention = memory.said[memory.said.length - 1]
  } else if (
    words.length <= 2 &&
    GENERIC_HEADS.has(words[words.length - 1]) &&
    ownedByPerson(memory.lows, words[words.length - 1], a.at) &&
    (lastPersonSaid(memory.said) ?? lastPersonChunk(memory.chunks, a.at))
  ) {
    // "Libya's chief prosecutor, al-Sediq al-Sour, ordered ..., his office said": the office's holder.
    mention = lastPersonSaid(memory.said) ?? lastPersonChunk(memory.chunks, a.at)
    if (!mention) return
  } else if (words.length === 2 && DOCUMENT_NOUNS.has(words[1])) {
    // "The report also found that 130 were injured": the report of the source quoted last.
    const author = memory.said[memory.said.length - 1]
    if (!author) {
      a.name = null
      return
    }
    mention = author
  } else if (/^(the )?(same )?source$/.test(low) && lastSource(memory.said)) {
    // '"The provisional toll is 12 dead," the source said': the source that spoke before.
    mention = lastSource(memory.said) ?? makeMention(raw, a.at)
  } else if (words.length <= 3 && GENERIC_HEADS.has(words[words.length - 1]) && onlyDemonymCapitals(raw)) {
    // "the ministry", "the defense ministry", "the agency": the last such body that spoke, or was named.
    // A body that spoke only under the same short form ("monitor says" in the headline) names nothing.
    const fuller = memory.said.filter((m) => !m.words.every((w) => words.includes(w)))
    // "..., a war monitor said. The Britain-based Syrian Observatory for Human Rights said ...": a body
    // described first and named as it speaks next.
    const epithet = EPITHET_HEADS.has(words[words.length - 1])
    if (epithet && isIndefinite(a, words, memory.lows)) {
      mention = nextNamedSpeaker(memory, a.at) ?? makeMention(raw, a.at)
    } else
      mention =
        lastWithHead(fuller, words, a.at) ??
        lastOrganisation(memory.said, words, memory.chunks) ??
        lastWithHead(memory.chunks, words, a.at)
    // "The AAPP, a rights group that tracks killings, said ... The group said": the body the text
    // described with that noun, when it spoke after the last speaker bearing the noun itself.
    const described = epithet ? describedAs(memory, words[words.length - 1], a.at) : null
    if (described && (!mention || described.at > mention.at)) mention = described
    // "Oxfam is sending teams ... The charity said": an epithet for the body named last, even if it never spoke.
    if (!mention && epithet) mention = lastNamedBody(memory, a.at)
    // "the agency said" after a text that named UNRWA only in passing: the last agency acronym.
    if (!mention && AGENCY_HEADS.has(words[words.length - 1])) mention = lastAcronym(memory.chunks, a.at)
    // "A spokesman for the Houthi-run health ministry ... the ministry had reported": named in lower case.
    if (!mention) mention = lastFullerBody(memory.bodies(), words, a.at)
    if (!mention) mention = makeMention(raw, a.at)
  } else if (words.length <= 2 && FORCE_HEADS.has(words[words.length - 1] ?? '') && !UPPER.test(raw)) {
    // "the army" after "the Malian army said": the same force, named in full; never another body.
    mention = lastWithHead(memory.said, words, a.at) ?? makeMention(raw, a.at)
  } else if (memory.acronyms.has(raw)) {
    mention = makeMention(memory.acronyms.get(raw) ?? raw, a.at)
  } else if (roleNoun(words) && !makeMention(raw, a.at).person) {
    // "the governor", "Lebanon's health minister", "the governor of Norte de Santander province": the
    // person named in the text with that role.
    const person = lastPersonWithRole(memory.chunks, roleNoun(words) ?? '', a.at)
    const described = definite(a, words, memory.lows) ? fullerSpeaker(memory.said, words) : null
    mention = person ? snapshot(person, a.at) : (described ?? makeMention(raw, a.at))
  } else {
    mention = makeMention(raw, a.at)
    // "Tamer Ramadan of the International Federation of Red Cross ...": the person speaks for the body.
    const of = raw.indexOf(' of ')
    if (of > 0 && !mention.person) {
      const own = makeMention(raw.slice(0, of), a.at)
      const named =
        own.person && own.words.length >= 2 && !own.words.some((w) => isSourceWord(w) || NAMELESS.has(w))
      if (named && /^(the )?\p{Lu}/u.test(raw.slice(of + 4))) mention = own
    }
    // A short or partial name takes the fullest earlier form: "Observatory", "Cavusoglu".
    const full = fullestName(memory.chunks, mention.words, a.at, mention.person)
    if (full && full.words.length > mention.words.length) mention = snapshot(full, a.at)
    // "Two Arab diplomats said ... the diplomats said": the common noun of a speaker described before.
    // "a teacher at the school said. The teacher, Sani Abdullahi, ...": a person described, named next.
    else if (!UPPER.test(raw) && isIndefinite(a, words, memory.lows)) {
      const named = nextPersonWithRole(memory.chunks, headBeforeComplement(words), a.at, NAMED_AFTER)
      if (named) mention = snapshot(named, a.at)
    } else if (!UPPER.test(raw) && definite(a, words, memory.lows))
      mention = fullerSpeaker(memory.said, words) ?? mention
  }
  if (!isSourceLike(mention.words)) {
    a.name = null
    return
  }
  a.name = normalizeSource(mention.name)
  a.person = mention.person
  memory.said.push(snapshot(mention, a.at))
}

/**
 * "Ministry officials said", "a ministry spokesman said": the voice of a body the text named before speaks
 * for it, when the body's noun alone resolves to that fuller name ("the Gaza health ministry").
 */
function voiceOfBody(a: Attribution, words: string[], memory: SourceMemory): boolean {
  // Most attributions end in no body's voice: told without building the word list (asked of every one).
  let last = words.length - 1
  while (last >= 0 && isArticle(words[last])) last--
  if (last < 1 || !BODY_VOICES.has(words[last])) return false
  const own = words.filter((w) => !isArticle(w))
  const n = own.length
  if (n < 2 || n > 3 || !BODY_VOICES.has(own[n - 1]) || !GENERIC_HEADS.has(own[n - 2])) return false
  const said = memory.said.length
  const body: Attribution = { ...a, text: own.slice(0, -1).join(' ') }
  resolveAttribution(body, memory)
  memory.said.length = said
  const named = body.name?.toLowerCase().split(/\s+/) ?? []
  // "an interior ministry official" after "the public health ministry said": another ministry.
  if (named.length <= n - 1 || !own.slice(0, -1).every((w) => named.includes(w))) return false
  if (!body.name) return false
  a.name = body.name
  a.person = false
  memory.said.push(makeMention(body.name, a.at))
  return true
}
const isArticle = (w: string) => w === 'the' || w === 'a' || w === 'an'
