// The forms around a source's name in French, Spanish and Arabic wire copy: the speech verb (listed, split by
// an adverbial, or with its pronoun glued on), what stands between it and the name (days, "pour sa part",
// the outlet spoken to), the document that stands for its issuer, and the words that point back.

import { lookupPlaceAnyLanguage } from '../gazetteer/index.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { articled, type Span, type Word } from './words.ts'

/**
 * A speech verb at j: a listed one ("a indiqué", "informó", "قال"), a compound one split by an adverbial
 * ("a pour sa part reconnu"), or one with its subject pronoun glued on ("a-t-il ajouté", "précise-t-elle").
 */
export function speechVerb(words: Word[], j: number, s: Span, lx: CompiledLexicon) {
  const verb = listedVerb(words, j, s, lx)
  if (verb) return { end: verb.end, pronoun: false }
  if (lx.attributionAuxiliaries.at(words, j, s.to)) {
    const k = skipBetween(words, j + 1, s, lx)
    const participle = k > j + 1 ? lx.attributionParticiples.at(words, k, s.to) : null
    if (participle) return { end: participle.end, pronoun: false }
  }
  const key = words[j].keys[0]
  const glued = lx.lex.attribution.pronounEndings.some((e) => key.length > e.length && key.endsWith(e))
  if (!glued) return null
  const participle = lx.attributionParticiples.at(words, j + 1, s.to)
  return { end: participle ? participle.end : j + 1, pronoun: true }
}

/** A listed speech verb at j; an Arabic word with the article is a noun ("التابع لوزارة" is not "تابع"). */
export function listedVerb(words: Word[], j: number, s: Span, lx: CompiledLexicon) {
  if (lx.arabic && words[j] && articled(words[j])) return null
  const verb = lx.attributionVerbs.at(words, j, s.to)
  // "مركز تابع للأونروا": a word then ل glued to a name that is no outlet spoken to is an adjective.
  if (
    verb &&
    verb.end < s.to &&
    gluedLink(words, verb.end, lx) &&
    !lx.attributionRelays.at(words, verb.end, s.to)
  )
    return null
  return verb
}

/** Past "lundi", "pour sa part", and whom the source spoke to ("à l'AFP", "a EFE"): where its name starts. */
export function skipBetween(words: Word[], at: number, s: Span, lx: CompiledLexicon): number {
  for (;;) {
    const b = lx.attributionBetween.at(words, at, s.to)
    if (b) {
      at = b.end
      continue
    }
    // "a dénoncé devant la presse à Genève la porte-parole": the city spoken in, between two articles.
    if (at > 0 && spokenIn(words, at, s, lx)) {
      at += 2
      continue
    }
    const relay = lx.attributionRelays.at(words, at, s.to)
    if (!relay) return at
    at = relay.end
    // "à l'agence Reuters", "لشبكة رووداو إن": the outlet's own name is part of the relay; after "à l'AFP"
    // the capitals are the speaker's ("a déclaré à l'AFP Jean Dupont, responsable de …").
    if (!lx.arabic && capitalised(words[at - 1])) continue
    const outlet = at
    while (at < s.to && !words[at].mark && at - outlet < 3) {
      if (lx.arabic ? lx.groupStops.at(words, at, s.to) : !capitalised(words[at])) break
      at++
    }
  }
}

const SPOKEN_IN = new Set(['à', 'en'])

/**
 * "à Genève la …", "en Ginebra el …": a link, one capitalised word (the place), then the article opening a
 * name; or a known place, then a person's capitalised name ("a indiqué à Genève William Spindler").
 */
function spokenIn(words: Word[], at: number, s: Span, lx: CompiledLexicon): boolean {
  const place = words[at + 1]
  if (!place || !capitalised(place) || place.mark || !SPOKEN_IN.has(words[at].text)) return false
  if (at + 2 >= s.to) return false
  if (lx.articles.at(words, at + 2, s.to)) return true
  const next = words[at + 2]
  if (next.mark || !capitalised(next)) return false
  return lookupPlaceAnyLanguage(place.text) !== null || personThenComma(words, at + 2, s)
}

/** Two to four capitalised words, then a comma: "William Spindler, porte-parole du HCR". */
function personThenComma(words: Word[], k: number, s: Span): boolean {
  let j = k
  while (j < s.to && j - k < 4 && !words[j].mark && words[j].digits === null && capitalised(words[j])) j++
  return j - k >= 2 && words[j]?.text === ','
}

const plainWord = (w: Word) => !w.mark && w.digits === null && !capitalised(w)

/** "en Ituri" inside a name read forward: the link, then a known place ending the name or the sentence. */
export function servedPlace(words: Word[], j: number, s: Span, lx: CompiledLexicon): boolean {
  const next = words[j + 1]
  const after = words[j + 2]
  return (
    !lx.arabic &&
    j + 1 < s.to &&
    capitalised(next) &&
    (!after || after.mark) &&
    lookupPlaceAnyLanguage(next.text) !== null
  )
}

export function capitalised(w: Word): boolean {
  return w.text[0] !== w.text[0].toLowerCase()
}

/** "la même source", "esa fuente", "المصدر ذاته", "il", "le texte": a name that points back. */
export function carries(words: Word[], name: Span, lx: CompiledLexicon): boolean {
  if (name.to <= name.from) return true
  for (let k = name.from; k < name.to; k++) if (lx.attributionCarry.at(words, k, name.to)) return true
  // "سجلت فرقها", "سجل وحده": one word owned by a pronoun ("its teams", "alone") stands for the last source.
  if (lx.arabic && name.to - name.from === 1 && OWNED.test(words[name.from].text)) return true
  let from = name.from
  const art = lx.articles.at(words, from, name.to)
  if (art && art.end < name.to) from = art.end
  return lx.attributionCarryAlone.at(words, from, name.to)?.end === name.to
}

// An Arabic word ending in an attached pronoun (ه، ها، هم، هما), as written: not ة, which keys fold into ه.
const OWNED = /[\u0647](?:\u0627|\u0645|\u0645\u0627)?$/

/**
 * "لمنظمة", "للمرصد": the word at k carries the preposition ل, as Arabic glues it to a name after "وفقا" or a
 * document ("بيان لخلية الإعلام الأمني"). "لجنة" is a body whose own name starts with the letter.
 */
export function gluedLink(words: Word[], k: number, lx: CompiledLexicon): boolean {
  const w = words[k]
  if (!lx.arabic || !w || w.mark || w.digits !== null || !w.keys[0].startsWith('\u0644')) return false
  return lx.attributionBodies.at([{ ...w, keys: [w.keys[0]] }], 0) === null
}

/** "issued by" after a document at j: where the issuer's name starts, or null. */
export function issuedBy(words: Word[], j: number, s: Span, lx: CompiledLexicon): number | null {
  const doc = lx.attributionDocuments.at(words, j, s.to)
  if (!doc) return null
  let k = skipBetween(words, doc.end, s, lx)
  // "آخر حصيلة رسمية أعلنتها الوزارة": an Arabic document's adjectives before the participle.
  for (
    let n = 0;
    n < 2 && lx.arabic && !lx.attributionIssued.at(words, k, s.to) && plainAdjective(words, k, s, lx);
    n++
  )
    k++
  const participle = lx.attributionIssued.at(words, k, s.to)
  if (!participle) return null
  k = skipBetween(words, participle.end, s, lx)
  const agent = lx.attributionAgents.at(words, k, s.to)
  return agent ? agent.end : k
}

/** "dernier rapport de l'OCHA", "comunicado de la Defensoría": the body behind a document read as a name. */
export function issuerOf(words: Word[], name: Span, lx: CompiledLexicon): Span {
  for (const k of [name.from, name.from + 1]) {
    if (k >= name.to) break
    const start = afterDocument(words, k, name, lx)
    if (start > k && start < name.to) return { from: start, to: name.to }
  }
  return name
}

/**
 * "selon le dernier bulletin de l'OCHA", "según el último balance del Centro", "un bilan communiqué par le
 * ministère", "بيان صادر عن الدفاع المدني": the body behind the document. A word may open the document
 * phrase ("un bilan", "el último informe").
 */
export function afterDocument(words: Word[], k: number, s: Span, lx: CompiledLexicon): number {
  const art = lx.articles.at(words, k, s.to)
  const at = art ? art.end : k
  for (const d of [at, at + 1]) {
    const doc = lx.attributionDocuments.at(words, d, s.to)
    if (!doc) continue
    const issuer = issuedBy(words, d, s, lx)
    if (issuer !== null && issuer < s.to) return issuer
    // "un rapport provisoire de la Protection civile": one adjective may follow the document.
    const adj = doc.end + 1 < s.to && !lx.arabic && plainWord(words[doc.end]) ? doc.end + 1 : doc.end
    const link = lx.nameLinks.at(words, doc.end, s.to) ?? lx.nameLinks.at(words, adj, s.to)
    if (link && link.end < s.to) return link.end
    // "حصيلة جديدة لوزارة الصحة", "تقرير أممي جديد للمنظمة": the document's adjectives before its issuer.
    const glued = lx.arabic ? afterAdjectives(words, doc.end, s, lx) : -1
    if (glued > doc.end) return glued
    // "بيان لخلية الإعلام", and a document in construct with a body: "تقديرات منظمة اليونيسف".
    // "أرقام الأمم المتحدة": a word with the article, but not "حصيلة القتلى".
    const body =
      lx.arabic &&
      doc.end < s.to &&
      (gluedLink(words, doc.end, lx) ||
        lx.attributionBodies.at(words, doc.end, s.to) ||
        (articled(words[doc.end]) && !articled(words[d]) && !lx.triggers.at(words, doc.end, s.to)))
    return doc.end < s.to && body ? doc.end : k
  }
  return k
}

/** One or two adjectives without the article after a document, then a name glued to ل: where it starts, or -1. */
function afterAdjectives(words: Word[], k: number, s: Span, lx: CompiledLexicon): number {
  let e = k
  while (e - k < 2 && plainAdjective(words, e, s, lx)) e++
  return e > k && e < s.to && gluedLink(words, e, lx) ? e : -1
}

/** A word that may be a document's adjective ("جديدة", "رسمية"): no article, ل, body, trigger or figure. */
function plainAdjective(words: Word[], e: number, s: Span, lx: CompiledLexicon): boolean {
  const w = words[e]
  if (e >= s.to || w.mark || w.digits !== null || articled(w) || gluedLink(words, e, lx)) return false
  return !lx.attributionBodies.at(words, e, s.to) && !lx.triggers.at(words, e, s.to)
}

/**
 * "الصحة الفلسطينية: 20 شهيدا في …": an Arabic headline that opens on a body and a colon credits the
 * figures after it. A place before the colon ("غزة: …") only says where; a figure, a tally or a trigger
 * there makes it no name.
 */
export function headlineSource(words: Word[], s: Span, lx: CompiledLexicon, placeAt: (k: number) => boolean) {
  // Only the text's first line: further down, "الأطفال: 5" is a key-figures row.
  if (!lx.arabic || s.from !== 0) return null
  for (let k = s.from; k < s.to && k - s.from <= 5; k++) {
    const w = words[k]
    if (w.text === ':' && k > s.from) return { from: s.from, to: k }
    if (w.mark || w.digits !== null || placeAt(k)) return null
    if (
      lx.triggers.at(words, k, s.to) ||
      lx.tallies.at(words, k, s.to) ||
      lx.attributionDocuments.at(words, k, s.to)
    )
      return null
    if (lx.attributionVerbs.at(words, k, s.to)) return null
  }
  return null
}

/** "Refugiados y Migrantes", "Naciones Unidas en Haití": a lower-case word between capitals of one name. */
export function innerAt(words: Word[], j: number, lx: CompiledLexicon): boolean {
  const before = words[j - 1]
  const after = words[j + 1]
  return (
    !!before &&
    !!after &&
    !before.mark &&
    !after.mark &&
    capitalised(before) &&
    capitalised(after) &&
    lx.attributionInner.at(words, j, j + 1) !== null
  )
}
