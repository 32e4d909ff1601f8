// Whether a predicted `source` names the same speaker as the labelled one: the lenient "source" score.
// The rule is written in tests/dev-set/README.md ("Two source labels agree when they name the same
// speaker"); source_strict (score.ts) still wants the label's own words. Conservative on purpose: the
// aim is the same speaker, not a shared word.

import { lookupPlace } from '../gazetteer/index.ts'
import {
  ARTICLES,
  DOCUMENTS,
  GENERIC,
  isAcronym,
  isArabic,
  isCapital,
  isPlace,
  KINDS,
  KINDS_AFTER,
  LINKS,
  labelWords,
  QUALIFIERS,
  ROLES,
  type Word,
} from './source-words.ts'

/** Lenient source form: case, a leading "the", punctuation ("U.N." = "UN") and spacing do not matter. */
export function normalizeSourceLenient(s: string | null | undefined): string {
  if (!s) return ''
  let t = s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[.'",()-]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (t === 'united nations') t = 'un'
  return t.replace(/^united nations /, 'un ')
}

/** Possessors that only place a body ("the country's", "Ukraine's"): the dev labels keep and drop them alike. */
const PLACE_POSSESSORS = new Set(
  "country's nation's territory's state's city's town's island's region's province's enclave's district's".split(
    ' ',
  ),
)

/**
 * A source without what only places it: a leading place possessive ("Ukraine's State Emergency Service",
 * "the country's forensic service") and a trailing place phrase, cut at any of its locating words ("police
 * in Talisay", "officials in both countries", "medical staff at a field facility near Mosul", "police à
 * Goma", "la Defensoría en Arauca", "وزارة الصحة في غزة"). Every such shorter form, lenient-normalised.
 */
const SECOND_BODY = /\s(?:and|et|y|e)\s|\sو/iu

function coresOfSource(s: string | null | undefined): string[] {
  let t = (s ?? '').replace(/[\u2018\u2019]/g, "'").replace(/^the\s+/i, '')
  const possessive = /^([\p{L}-]+(?: [\p{L}-]+)?)'s\s+(\S.*)$/u.exec(t)
  if (possessive) {
    const owner = possessive[1]
    if (PLACE_POSSESSORS.has(`${owner.toLowerCase()}'s`) || lookupPlace(owner)) t = possessive[2]
  }
  const out = [normalizeSourceLenient(t)]
  // "Ministry of Home Affairs (MoHA)", "الدفاع المدني السوري (الخوذ البيضاء)": the body's other name in brackets
  // after its name; either alone is the same speaker. A place in brackets ("Ministry of Health (Gaza)") is not
  // a name of the body, so it alone never stands for it.
  const alias = /^(\S.*?)\s*\(([^()]{1,40})\)$/u.exec(t)
  if (alias) {
    t = alias[1]
    out.push(normalizeSourceLenient(t))
    if (alias[2].trim().split(/\s+/).length <= 3 && !lookupPlace(alias[2].trim()))
      out.push(normalizeSourceLenient(alias[2]))
  }
  for (const m of t.matchAll(/\s+(?:in|at|near|à|au|aux|dans|en|في)\s+\S/giu)) {
    // "Health Ministry in Gaza and UNRWA": what follows names a second body, not only a place.
    if (SECOND_BODY.test(t.slice(m.index))) break
    out.push(normalizeSourceLenient(t.slice(0, m.index)))
  }
  return out
}

function initials(s: string): string {
  return s
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase()
}

const sameKeys = (a: Word[], b: Word[]) => a.length === b.length && a.every((w, i) => w.key === b[i].key)

/**
 * Whether a label names a speaker by itself, so that a longer label holding it may be the same one: an
 * acronym ("UN", "MSF"), a proper name ("Jane Doe", "Monusco", "Health Ministry", "ministère de la Santé"),
 * or in Arabic, which has no capitals, two words of which one is not a generic role or body. Never a place
 * alone ("Pakistan" is not "Pakistan's military") nor a generic word ("ministry", "officials", "responsable").
 */
export function namesSomeone(words: Word[]): boolean {
  const content = words.filter((w) => !LINKS.has(w.key))
  if (content.length === 0 || isPlace(words.map((w) => w.text).join(' '))) return false
  if (isArabic(content[0])) return content.length >= 2 && content.some((w) => !GENERIC.has(w.key))
  if (content.some((w) => isAcronym(w.text) && !GENERIC.has(w.key) && !isPlace(w.text))) return true
  const named = (w: Word) => isCapital(w) && !GENERIC.has(w.key)
  // A capital opening a label may be a sentence's ("Medical sources"): it names only in a name of capitals.
  if (content.every(isCapital) && content.some(named)) return true
  return content.slice(1).some(named)
}

/** How many words from `at` make a place ("South Sudan", "Yemen"), 0 if none. */
function placeAt(words: Word[], at: number): number {
  for (let n = Math.min(3, words.length - at); n > 0; n--) {
    const span = words.slice(at, at + n)
    if (span.some((w) => LINKS.has(w.key) || GENERIC.has(w.key))) continue
    if (isPlace(span.map((w) => w.text).join(' '))) return n
  }
  return 0
}

/** An article inside a label ("de la", "of the"); "UN" in capitals is none. */
const isArticle = (w: Word) => ARTICLES.has(w.key) && w.text !== w.text.toUpperCase()

/** A person's name: capitalised words that are no role, kind, link or place. */
export const personWord = (w: Word) =>
  isCapital(w) &&
  !isAcronym(w.text) &&
  !GENERIC.has(w.key) &&
  !QUALIFIERS.has(w.key) &&
  !LINKS.has(w.key) &&
  !isPlace(w.text)

/**
 * What may stand before the shorter label in the longer: a role that speaks for it ("porte-parole de la
 * Monusco", "Health Minister Jane Doe", "المتحدث باسم وزارة الصحة"), a kind set before a name ("agencia
 * AFAD", "groupe rebelle CSP"), a document ("بيان لخلية الإعلام الأمني"), and given names before a
 * surname ("Tayyip Erdogan" for "Erdogan"). A link ("of", "de", "باسم") must follow a role or a document:
 * "government of X", "Researchers at X", "Ministry of Health" are other speakers.
 */
function prefixOk(before: Word[], short: Word[]): boolean {
  let end = before.length
  if (short.length === 1 && personWord(short[0])) while (end > 0 && personWord(before[end - 1])) end--
  // "Defence Ministry spokesman Omar Haddad", "Ministry of Health spokesman Omar Haddad": a person after
  // his title is the speaker whatever the title's body, unless a link owns the title ("government of
  // President X" names the government).
  if (short.every(personWord)) {
    let role = end
    while (role > 0 && ROLES.has(before[role - 1].key)) role--
    if (role < end && (role === 0 || !(LINKS.has(before[role - 1].key) || isArticle(before[role - 1]))))
      return true
  }
  let speaks = false
  for (let k = 0; k < end; k++) {
    const w = before[k]
    if (isArticle(w)) continue
    if (ROLES.has(w.key) || DOCUMENTS.has(w.key)) speaks = true
    else if (LINKS.has(w.key)) {
      if (!speaks) return false
    } else if (KINDS.has(w.key) || QUALIFIERS.has(w.key)) speaks = false
    else return false
  }
  return true
}

/**
 * What may follow the shorter label in the longer: a place that only locates it ("IOM South Sudan",
 * "UN Panel of Experts on Sudan"), a role or document of it ("Health Ministry spokesman", "army reports"),
 * a kind that may follow a name ("Islamic State group"), and a person's name when the shorter label is an
 * office ("gobernadora de Guerrero, Evelyn Salgado"). A sub-body ("UN Children's Fund", "IOM DTM"), a
 * second body ("SENAPRED y Servicio Médico Legal") or anything else makes another speaker.
 */
function suffixOk(after: Word[], short: Word[]): boolean {
  const office = short.some((w) => ROLES.has(w.key))
  let k = 0
  while (k < after.length) {
    const w = after[k]
    if (isArticle(w)) {
      k++
      continue
    }
    const place = placeAt(after, LINKS.has(w.key) ? k + 1 : k)
    if (place > 0) k += place + (LINKS.has(w.key) ? 1 : 0)
    else if (ROLES.has(w.key) || DOCUMENTS.has(w.key) || KINDS_AFTER.has(w.key)) k++
    else if (office && personWord(w)) k++
    else return false
  }
  return true
}

/** "UNOCHA" and "OCHA", "UNHCR" and "HCR": a UN body's acronym with and without its "UN". */
function unPrefixed(a: Word[], b: Word[]): boolean {
  if (a.length !== 1 || b.length !== 1 || !isAcronym(a[0].text) || !isAcronym(b[0].text)) return false
  const [x, y] = [a[0].text, b[0].text]
  return (x === `UN${y}` && y.length >= 3) || (y === `UN${x}` && x.length >= 3)
}

/** The same speaker by the words of the two labels: equal but for articles, or one held in the other. */
export function sameSpeaker(a: string | null | undefined, b: string | null | undefined): boolean {
  const A = labelWords(a)
  const B = labelWords(b)
  if (A.length === 0 || B.length === 0) return false
  if (sameKeys(A, B) || unPrefixed(A, B)) return true
  const [short, long] = A.length < B.length ? [A, B] : [B, A]
  if (short.length === long.length || !namesSomeone(short)) return false
  for (let i = 0; i + short.length <= long.length; i++) {
    if (!sameKeys(short, long.slice(i, i + short.length))) continue
    if (prefixOk(long.slice(0, i), short) && suffixOk(long.slice(i + short.length), short)) return true
  }
  return false
}

export function sourcesAgree(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  const g = normalizeSourceLenient(gold)
  const p = normalizeSourceLenient(predicted)
  if (g === p) return true
  if (!g || !p) return false
  // One side without its locating place is the other ("police in Talisay" = "police"); both stripped would
  // make "ministry in Gaza" the "ministry in Ramallah".
  if (coresOfSource(gold).includes(p) || coresOfSource(predicted).includes(g)) return true
  // "WHO" for "World Health Organization"
  if ((!!gold && initials(gold) === p) || (!!predicted && initials(predicted) === g)) return true
  return sameSpeaker(gold, predicted)
}

/**
 * An acronym and the full name the text defines it for ("the UN Children's Fund (UNICEF)") are one source:
 * a headline may credit "UNICEF" where the lede credits the name in full, and either is the text's own.
 */
export function definedAlike(
  gold: string | null | undefined,
  predicted: string | null | undefined,
  text: string,
): boolean {
  if (!gold || !predicted) return false
  const norm = (s: string) => normalizeSourceLenient(s).replace(/\bunited nations\b/g, 'un')
  for (const m of text.matchAll(/([^()\n]{3,160}?)\s*\(([A-Z][A-Za-z.-]{1,11})\)/g)) {
    const acronym = norm(m[2])
    const before = norm(m[1])
    for (const [short, full] of [
      [gold, predicted],
      [predicted, gold],
    ]) {
      const f = norm(full)
      if (norm(short) === acronym && f.includes(' ') && before.endsWith(f)) return true
    }
  }
  return false
}
