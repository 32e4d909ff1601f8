// A source label cut into words, and what each word is, for the lenient source score (source-agree.ts).
// The rule these words serve is written in tests/dev-set/README.md ("Two source labels agree when they
// name the same speaker"). Articles and document nouns of French, Spanish and Arabic, and the Arabic body
// heads, are the lexicons' own (api/extractor/lang/*.json); source-words.json holds the rest.

import { lookupPlace, lookupPlaceAnyLanguage } from '../gazetteer/index.ts'
import ar from '../lang/ar.json' with { type: 'json' }
import es from '../lang/es.json' with { type: 'json' }
import fr from '../lang/fr.json' with { type: 'json' }
import lists from './source-words.json' with { type: 'json' }

/** A word of a label: its text as written (for capitals) and the key it is compared by. */
export interface Word {
  text: string
  key: string
}

const ARABIC = /[\u0600-\u06FF]/

/**
 * An Arabic word without what is glued to its front: one proclitic (li-, bi-, wa-, fa-: "لمصادر",
 * "والدفاع") and the article ("الوزارة"). Applied alike to both labels and to the word lists, a word that
 * merely begins with one of those letters ("وزارة") keeps one key everywhere.
 */
function arabicKey(w: string): string {
  if (w.startsWith('لل') && w.length > 4) return w.slice(2)
  let k = w
  if (/^[لبوف]/.test(k) && k.length > 4) k = k.slice(1)
  if (k.startsWith('ال') && k.length > 4) k = k.slice(2)
  return k
}

/** The key of a word: lower case without accents ("Médecins" = "medecins"); Arabic without its clitics. */
export function keyOf(text: string): string {
  if (ARABIC.test(text)) return arabicKey(text)
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
}

const keys = (...groups: string[][]) => new Set(groups.flat().map(keyOf))
const single = (phrases: string[]) => phrases.filter((p) => !p.includes(' '))
const DOCUMENTS_ALL = [
  ...lists.documents,
  ...single(fr.attribution.documents),
  ...single(es.attribution.documents),
  ...single(ar.attribution.documents),
]

export const ARTICLES = keys(lists.articles, fr.articles, es.articles)
export const LINKS = keys(lists.links)
/** Who speaks for a body or holds an office: "spokesman", "porte-parole", "alcalde", "المتحدث". */
export const ROLES = keys(lists.roles)
/** What a role or a kind is of: "Health Minister", "groupe rebelle". */
export const QUALIFIERS = keys(lists.qualifiers)
/** What kind of body a name is, set before it: "the charity MSF", "agencia AFAD", "ONG Provea". */
export const KINDS = keys(lists.kinds)
/** Kinds that may follow the name as well: "Islamic State group", "HDP party". */
export const KINDS_AFTER = keys(lists.kindsAfter)
export const DOCUMENTS = keys(DOCUMENTS_ALL)
/** Words that name no one alone: a role, a kind of body, a document, a crowd ("officials", "ministère"). */
export const GENERIC = keys(
  lists.roles,
  lists.kinds,
  lists.generic,
  DOCUMENTS_ALL,
  ar.attribution.bodies.filter((b) => !b.includes(' ')),
)

/**
 * The words of a label: "U.N." is "UN", "United Nations" is "UN", "l'ONU" is two words, a possessive
 * "'s" goes (as the lenient form drops it), and a leading article ("the", "le", "l'", "los", "un") is no
 * part of the name. "UN" in capitals is never the article "un".
 */
export function labelWords(label: string | null | undefined): Word[] {
  const text = (label ?? '')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\bUnited Nations\b/gi, 'UN')
    .replace(/\b([ldLD]')(?=\p{L})/gu, '$1 ')
    .replace(/'s\b/g, '')
    .replace(/\.(?=\p{L})|\.$/gu, '')
  const words: Word[] = []
  for (const raw of text.split(/[\s,;:()[\]"«»“”–—/|]+/u)) {
    const t = raw.replace(/^[-.'"]+|[-.'"]+$/g, '').replace(/^([ldLD])$/, "$1'")
    if (t) words.push({ text: t, key: keyOf(t) })
  }
  const first = words[0]
  if (first && words.length > 1 && ARTICLES.has(first.key) && first.text !== first.text.toUpperCase())
    words.shift()
  return words
}

/** A place of the gazetteer in any language ("Yemen", "South Sudan", "Guerrero"). */
export function isPlace(name: string): boolean {
  return lookupPlace(name) !== null || lookupPlaceAnyLanguage(name) !== null
}

/** "UN", "OCHA", "R4V", "MoH": capitals (a digit may stand among them), or a ministry's short form. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,9}$/.test(text) || /^[A-Z][a-z][A-Z]{1,2}$/.test(text)
}

export const isArabic = (w: Word) => ARABIC.test(w.text)
export const isCapital = (w: Word) => /^\p{Lu}/u.test(w.text)
