// A source written as a generic noun stands for the name given earlier: "Selon l'OCHA, … Le bureau onusien
// a précisé", "la Defensa Civil … indicó el organismo", "قال وزير الصحة فراس الأبيض … وأوضح الوزير", "وأضاف
// بصل". An analyst needs the name, so the reader gives it, as the English reader does (coreference.ts): a
// body's noun takes the last name on that noun ("le ministère" -> "ministère de la Santé"), "l'organisation"
// any body, a title the last official with that title, a surname the person's full label. Nothing earlier
// fits: the words stay as written. One map per kind, updated name by name: linear in the text.

import { capitalised as isCapital } from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { articled, type Span, type Word } from './words.ts'

/** What the text has named so far, by the noun a later anaphor would use. */
export interface NamesSoFar {
  /** The last few names opening on each body noun ("ministère", "وزارة"), latest last, with their words. */
  heads: Map<string, Named[]>
  /** The last official's label for each title ("ministre", "وزير"). */
  roles: Map<string, string>
  /** The last body named with a capital or as an acronym: what "l'organisation", "el organismo" mean. */
  body: string | null
  /** The label of each person by the end of their name ("Bernabé", "الأبيض", "عبد الجليل"). */
  surnames: Map<string, string>
  /** The last official named, whatever the title: what "la mandataria", "المسؤول" mean. */
  official: string | null
}

interface Named {
  label: string
  keys: Set<string>
}

// How many names per noun are kept for an adjective to choose among ("الوزارة اللبنانية" after the Lebanese
// ministry and then a Qatari one): a few, so the memory stays constant per name.
const KEPT = 4

export const namesSoFar = (): NamesSoFar => ({
  heads: new Map(),
  roles: new Map(),
  body: null,
  surnames: new Map(),
  official: null,
})

// "des ONG", "les organisations", "los organismos": a plural article names a kind, not one body named before
// (French and Spanish plural articles and possessives all end in s).
const plural = (w: Word | undefined) => !!w && /s$/.test(w.keys[0])

/** Where a name's own words start: after an article ("l'", "el"), or at the Arabic word carrying it. */
function core(words: Word[], name: Span, lx: CompiledLexicon): { from: number; article: boolean } {
  const art = lx.articles.at(words, name.from, name.to)
  if (art && art.end < name.to) return { from: art.end, article: !plural(words[name.from]) }
  if (lx.arabic) return { from: name.from, article: articled(words[name.from]) }
  // The reader often leaves the article out of the name ("selon l'organisation" names "organisation").
  const before = name.from > 0 ? lx.articles.at(words, name.from - 1, name.from) : null
  return { from: name.from, article: before?.end === name.from && !plural(words[name.from - 1]) }
}

/**
 * The earlier name a source's words stand for, or null when they are a name of their own or nothing
 * earlier fits. A generic noun counts alone or with one adjective ("l'agence onusienne", "الوكالة الأممية").
 */
export function antecedent(words: Word[], name: Span, lx: CompiledLexicon, seen: NamesSoFar): string | null {
  // "sus equipos atendieron a 40 heridos": the staff of the body named last speak for it.
  const owner = (k: number) => k >= 0 && lx.anaphorOwners.at(words, k, k + 1) !== null
  if ((owner(name.from) && name.to - name.from === 2) || (owner(name.from - 1) && name.to - name.from === 1))
    return seen.body
  const { from, article } = core(words, name, lx)
  const n = name.to - from
  if (n === 0) return null
  if (n <= 2) {
    const surname = seen.surnames.get(tail(words, from, name.to))
    // A surname is written bare in French and Spanish; an Arabic one may carry the article ("الأبيض").
    if (surname && (lx.arabic || !article)) return surname
  }
  // "المنظمة غير الحكومية": "non-" and an adjective are one adjective.
  const negated = lx.arabic && n === 3 && words[from + 1].keys.includes(NOT) && adjective(words[from + 2], lx)
  if (!article || (n > 2 && !negated)) return null
  if (n === 2 && !adjective(words[from + 1], lx)) return null
  const role = lx.anaphorRoles.at(words, from, from + 1)
  if (role) {
    // "المسؤول" is a title that stands for the last official of any title, when none of its own was named.
    const any = lx.anaphorOfficials.at(words, from, from + 1) ? seen.official : null
    return seen.roles.get(role.value) ?? any
  }
  if (lx.anaphorOfficials.at(words, from, from + 1)) return seen.official
  const head = lx.anaphorHeads.at(words, from, from + 1)
  const same = head ? seen.heads.get(head.value) : undefined
  if (same) {
    // "la agencia onusienne", "الوزارة اللبنانية": the latest name that has the adjective, else the latest.
    const adj = n >= 2 ? words[from + n - 1].keys : []
    return (same.findLast((e) => adj.some((k) => e.keys.has(k))) ?? same[same.length - 1]).label
  }
  return lx.anaphorBodies.at(words, from, from + 1) ? seen.body : null
}

const NOT = '\u063a\u064a\u0631'

// "onusienne", "libanés", "الأممية": a lower-case word, or an Arabic one carrying the article, that is no noun
// of its own kind.
function adjective(w: Word, lx: CompiledLexicon): boolean {
  if (w.mark || w.digits !== null) return false
  return lx.arabic ? articled(w) : !isCapital(w)
}

const tail = (words: Word[], from: number, to: number) =>
  words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ')

/** Remember a source named in full, under the nouns a later anaphor would use for it. */
export function remember(
  words: Word[],
  name: Span,
  label: string,
  lx: CompiledLexicon,
  seen: NamesSoFar,
): void {
  const { from } = core(words, name, lx)
  if (from >= name.to) return
  let official = false
  for (let k = from; k < name.to; k++) {
    const role = lx.anaphorRoles.at(words, k, k + 1)
    if (!role) continue
    // "Coordinadora Nacional para la Reducción de Desastres": a capitalised head opening the name is a body.
    if (k === from && isCapital(words[k]) && lx.anaphorHeads.at(words, k, k + 1)) break
    official = true
    seen.roles.set(role.value, label)
    seen.official = label
    break
  }
  const head = lx.anaphorHeads.at(words, from, from + 1) ?? lx.anaphorBodies.at(words, from, from + 1)
  if (head && !official) {
    const list = seen.heads.get(head.value) ?? []
    const keys = new Set(words.slice(from, name.to).flatMap((w) => w.keys))
    list.push({ label, keys })
    if (list.length > KEPT) list.shift()
    seen.heads.set(head.value, list)
  }
  if (
    !official &&
    (lx.arabic ? arabicBody(words, from, head !== null, lx) : capitalised(words, from, name.to))
  )
    seen.body = label
  if (official) rememberSurname(words, from, name.to, label, lx, seen)
}

const capitalised = (words: Word[], from: number, to: number) =>
  words.slice(from, to).some((w) => !w.mark && isCapital(w))

/**
 * What "المنظمة" or "الوكالة" may mean when no name on that noun came before: a body named on one of those
 * nouns, or a name on no body noun at all ("الأونروا", "الهلال الأحمر"), not a source such as "مصدر طبي".
 */
function arabicBody(words: Word[], from: number, headed: boolean, lx: CompiledLexicon): boolean {
  if (headed) return lx.anaphorBodies.at(words, from, from + 1) !== null
  return lx.attributionBodies.at(words, from, from + 1) === null
}

// The person an official's label stands for: the end of the name written in it ("… فراس الأبيض", "… عثمان
// عبد الجليل") or, in French and Spanish, set off by commas beside it ("la delegada del Gobierno, Pilar
// Bernabé", "Jens Laerke, porte-parole d'OCHA"); a later bare surname is that official.
function rememberSurname(
  words: Word[],
  from: number,
  to: number,
  label: string,
  lx: CompiledLexicon,
  seen: NamesSoFar,
): void {
  const keep = (a: number, b: number) => {
    seen.surnames.set(tail(words, b - 1, b), label)
    seen.surnames.set(tail(words, a, b), label)
  }
  if (lx.arabic) {
    // Two words that open no body, title or place link: a given name and a family name.
    const a = to - 2
    if (a <= from) return
    const plain = (k: number) =>
      !words[k].mark &&
      words[k].digits === null &&
      !lx.anaphorHeads.at(words, k, k + 1) &&
      !lx.anaphorRoles.at(words, k, k + 1) &&
      !lx.attributionBodies.at(words, k, k + 1) &&
      !lx.attributionPlaceLinks.at(words, k, k + 1)
    if (!articled(words[a]) && plain(a) && plain(a + 1)) keep(a, to)
    return
  }
  const person = (a: number, b: number) =>
    b - a >= 2 && words.slice(a, b).every((w) => !w.mark && isCapital(w))
  if (words[to]?.text === ',') {
    let b = to + 1
    while (b < words.length && b - to <= 4 && !words[b].mark && isCapital(words[b])) b++
    if (person(to + 1, b)) {
      keep(b - 2, b)
      return
    }
  }
  if (words[from - 1]?.text === ',' || words[from - 2]?.text === ',') {
    const end = words[from - 1]?.text === ',' ? from - 1 : from - 2
    let a = end
    while (a > 0 && end - a < 4 && !words[a - 1].mark && isCapital(words[a - 1])) a--
    if (person(a, end)) keep(end - 2, end)
  }
}
