// Where an Arabic source's name starts and ends, beyond what French and Spanish need: no capitals mark a
// name, so construct chains, clitics, document phrases and the spelling of "علي" decide it.

import { gluedLink } from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { readAmount } from './numbers.ts'
import { articled, type Span, type Word } from './words.ts'

// ب glued to a verbal noun of the derived forms (استقبال، انتشال، إعلان), not to the article (بالحديدة).
export const VERBAL_NOUN = /^\u0628[\u0627\u0623\u0625\u0622](?!\u0644)/

// A preposition glued to a word, behind an optional conjunction: "بمقتل", "وبإصابة", "لنزوح".
const PROCLITIC = /^[\u0648\u0641]?[\u0628\u0644]/

/**
 * "الوحدة التنفيذية لإدارة مخيمات النازحين", "مستشفى شهداء الأقصى": a noun of victims in a construct chain
 * inside the name is part of the name, not what the source counts.
 */
export function construct(
  words: Word[],
  j: number,
  from: number,
  t: { end: number; value: { victims?: boolean } },
  lx: CompiledLexicon,
): boolean {
  if (!lx.arabic || t.end !== j + 1 || j - 1 < from) return false
  const plain = (k: number) => k < words.length && !words[k].mark && words[k].digits === null
  // "رابطة معتقلي ومفقودي سجن صيدنايا": a noun of what happened in construct with a body's noun (or with the
  // noun before it in the chain) names the body; "مصادر طبية بمقتل 5" is what the source said.
  const chain =
    !articled(words[j]) &&
    !PROCLITIC.test(words[j].text) &&
    plain(j - 1) &&
    !articled(words[j - 1]) &&
    words.slice(from, j).some((_, n) => lx.attributionBodies.at(words, from + n, j) !== null) &&
    plain(j + 1) &&
    !lx.qualifiers.at(words, j + 1) &&
    readAmount(words, j + 1, words.length, lx) === null
  if (chain || !t.value.victims) return chain
  // "مخيمات النازحين" (the noun after one in construct), "مستشفى شهداء الأقصى" (in construct itself).
  if (articled(words[j])) return j - 1 > from && plain(j - 1) && !articled(words[j - 1])
  return plain(j + 1) && articled(words[j + 1])
}

/** "بحسب الأرقام الرسمية", "وفق الإحصاءات الأخيرة": a document and its adjectives, no one who issued it. */
export function documentOnly(words: Word[], name: Span, lx: CompiledLexicon): boolean {
  const doc = lx.arabic ? lx.attributionDocuments.at(words, name.from, name.to) : null
  if (!doc || doc.end === name.to || lx.attributionCarryAlone.at(words, name.from, name.to)) return false
  for (let k = doc.end; k < name.to; k++)
    if (!articled(words[k]) || gluedLink(words, k, lx) || lx.attributionBodies.at(words, k, name.to))
      return false
  return true
}

/** A document just before `from`, or before its adjectives: "بيان لخلية", "حصيلة جديدة لوزارة الصحة". */
export function documentBefore(words: Word[], from: number, lx: CompiledLexicon): boolean {
  for (let n = 1; n <= 3 && from - n >= 0; n++) {
    const doc = lx.attributionDocuments.at(words, from - n, from)
    if (doc) return words.slice(doc.end, from).every((w) => !w.mark && w.digits === null && !articled(w))
  }
  return false
}

// "علي" with ي is the given name Ali ("المتحدث باسم الوزارة علي عباس"); the preposition is written "على", and
// the keys fold the two together.
const ALI = '\u0639\u0644\u064a'

/** The given name Ali before another word of a name, not the preposition "على". */
export function givenName(words: Word[], j: number, s: Span): boolean {
  const next = words[j + 1]
  return words[j].text === ALI && j + 1 < s.to && !next.mark && next.digits === null && !articled(next)
}
