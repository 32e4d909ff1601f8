// Who gives a figure in French, Spanish and Arabic: the attribution phrases of a sentence ("selon l'OCHA",
// "a indiqué la police", "قال الجيش"), the source's name they hold, and the one nearest a figure.

import { lookupPlaceAnyLanguage } from '../gazetteer/index.ts'
import { construct, documentBefore, documentOnly, givenName, VERBAL_NOUN } from './arabic-names.ts'
import {
  afterDocument,
  capitalised,
  carries,
  gluedLink,
  innerAt,
  issuedBy,
  issuerOf,
  listedVerb,
  servedPlace,
  skipBetween,
  speechVerb,
} from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { COORDINATION } from './link.ts'
import { personLike, personStart, roleAt } from './name-role.ts'
import { teamOf } from './named-bodies.ts'
import type { Amount } from './numbers.ts'
import { readAmount } from './numbers.ts'
import { citedAfter, ownersToSpeaker } from './quoted-speaker.ts'
import { abbreviationPoint, inName, type Span, slice, type Word } from './words.ts'

export interface Attribution extends Span {
  /** The source's words. */
  name: Span
  /** The name points back to the last source named ("la même source", "a-t-il ajouté", "وأضاف"). */
  carried: boolean
  /** What the source said follows it ("وأفادت المفوضية بأن …"): it covers no figure before it. */
  forward?: boolean
  /** "ونقلت المنظمة عن ناجين": the body that cites the source, whom a later "وأضافت" may mean. */
  citer?: Span
}

export function nearest(attributions: Attribution[], amount: Amount): Attribution | null {
  let best: Attribution | null = null
  let dist = Number.POSITIVE_INFINITY
  for (const a of attributions) {
    if (a.forward && a.from >= amount.to) continue
    const d = a.to <= amount.from ? amount.from - a.to : a.from - amount.to
    if (d < dist) {
      best = a
      dist = d
    }
  }
  return best
}

/** "selon l'OCHA", "a indiqué la police", "La policía informó que", "قال الجيش", "حسبما أفاد مصدر أمني". */
export function findAttributions(words: Word[], s: Span, lx: CompiledLexicon): Attribution[] {
  const out: Attribution[] = []
  for (let j = s.from; j < s.to; j++) {
    // "Un bilan communiqué par le ministère fait état de", "حصيلة أعلنتها وزارة الصحة": the issuer speaks.
    const issuer = issuedBy(words, j, s, lx)
    if (issuer !== null) {
      const name = readName(words, issuer, s, lx)
      if (name.to > name.from) {
        out.push(named(words, j, name.to, name, lx))
        j = name.to - 1
        continue
      }
    }
    const before = lx.attributionBefore.at(words, j, s.to)
    if (before) {
      // "de source hospitalière", "de sources sécuritaires": the phrase's last word opens the name.
      let k = sourceNoun(words, before, lx) ? before.end - 1 : before.end
      const verb = lx.attributionVerbs.at(words, k, s.to)
      if (verb) k = verb.end
      k = afterDocument(words, k, s, lx)
      const read = withRole(words, readName(words, k, s, lx), s, lx)
      // "حسبما نقلت قناة الجزيرة عن مصادر طبية": the outlet cites the source.
      const cited =
        verb && lx.attributionCiting.at(words, before.end, s.to) ? citedName(words, read, s, lx) : null
      const name = cited ?? read
      // "selon un bilan officiel": a determiner before a document is no one's name.
      if (name.to > name.from && !determinerOnly(words, name, s, lx) && !documentOnly(words, name, lx)) {
        out.push(named(words, j, name.to, name, lx))
        j = name.to - 1
      } else if (carries(words, { from: j, to: before.end }, lx)) {
        // "De même source, une dizaine de femmes …": the phrase alone points back.
        out.push({ from: j, to: before.end, name: { from: j, to: j }, carried: true })
      }
      continue
    }
    const verb = speechVerb(words, j, s, lx)
    if (!verb) continue
    const at = afterDocument(words, skipBetween(words, verb.end, s, lx), s, lx)
    // "dit avoir soigné 48 blessés": what follows is what was said, not who said it.
    const said = lx.attributionInfinitives.at(words, at, s.to) !== null
    const after = said ? { from: at, to: at } : withRole(words, readName(words, at, s, lx), s, lx)
    // ", informó la policía.": a noun of people closing the clause is the body that speaks.
    const closes = after.to >= s.to || words[after.to].mark || plainTail(words, after.to, s, lx)
    const isNamed =
      after.to > after.from &&
      !determinerOnly(words, after, s, lx) &&
      (closes || !lx.people.at(words, after.from, s.to)) &&
      !countsNext(words, after, s, lx)
    if (isNamed || (after.to > after.from && lx.arabic)) {
      const cited = lx.attributionCiting.at(words, j, s.to) ? citedName(words, after, s, lx) : null
      const name = cited ?? after
      const forward = lx.attributionComplements.at(words, name.to, s.to) !== null
      out.push({ ...named(words, j, name.to, name, lx), forward, ...(cited ? { citer: after } : {}) })
      j = name.to - 1
      continue
    }
    // "فرق الإسعاف نقلت 12 مصاباً": نقل with a figure and no "عن" after it carries people, it cites no one.
    if (lx.arabic && lx.attributionCiting.at(words, j, s.to) && figureAt(words, at, s, lx)) {
      j = verb.end - 1
      continue
    }
    const back = verb.pronoun ? { from: j, to: j } : readNameBack(words, j, s, lx)
    const subject = back.to > back.from || verb.pronoun ? null : subjectBefore(words, j, s, lx)
    if (back.to > back.from) out.push(named(words, back.from, verb.end, back, lx))
    else if (subject) out.push(named(words, j, verb.end, subject, lx))
    // "a-t-il précisé", "Añadió que", ", dijeron.", "وأضاف أن": a verb without a name speaks for the last source.
    else out.push({ from: j, to: verb.end, name: back, carried: true })
    j = verb.end - 1
  }
  // "Guatemala contabiliza ya 2.300 evacuados, informó el portavoz de la Conred": a country speaks for a
  // figure ("Israel cifra en 1.400 los muertos") only when no one else in the sentence is named.
  const places = out.filter((a) => placeOnly(words, a.name))
  const kept =
    places.length > 0 && places.length < out.filter((a) => !a.carried).length
      ? out.filter((a) => !places.includes(a))
      : out
  return ownersToSpeaker(kept, words, lx)
}

/** "نقلت وكالة رويترز عن أحد السكان", "نقلت سانا (…) عن مصدر عسكري": the outlet cites the source after "عن". */
function citedName(words: Word[], outlet: Span, s: Span, lx: CompiledLexicon): Span | null {
  let k = outlet.to
  if (words[k]?.text === '(') {
    while (k < s.to && k - outlet.to < 6 && words[k].text !== ')') k++
    k++
  }
  const agent = k < s.to ? lx.attributionAgents.at(words, k, s.to) : null
  if (!agent) return null
  const name = readName(words, agent.end, s, lx)
  return name.to > name.from ? name : null
}

/** "avance le chiffre de 425 civils tués": a noun the figure hangs on is what is said, not who says it. */
function countsNext(words: Word[], name: Span, s: Span, lx: CompiledLexicon): boolean {
  const link = lx.nameLinks.at(words, name.to, s.to)
  return link !== null && link.end < s.to && figureAt(words, link.end, s, lx)
}

function named(words: Word[], from: number, to: number, name: Span, lx: CompiledLexicon): Attribution {
  const own = teamOf(words, issuerOf(words, name, lx), lx)
  return { from, to, name: own, carried: carries(words, own, lx) || oneOf(words, own, lx) }
}

/** "l'une de ces sources", "l'un d'eux", "uno de ellos": one of the sources named before. */
function oneOf(words: Word[], name: Span, lx: CompiledLexicon): boolean {
  if (lx.numberWords.at(words, name.from, name.from + 1)?.value !== 1) return false
  const link = lx.nameLinks.at(words, name.from + 1)
  return (
    link !== null &&
    (lx.attributionCarry.at(words, link.end) !== null ||
      lx.attributionCarryAlone.at(words, link.end) !== null)
  )
}

/** A phrase before the source that ends in the noun heading its name ("de source", not "de même source"). */
function sourceNoun(words: Word[], before: { end: number }, lx: CompiledLexicon): boolean {
  const last = before.end - 1
  if (!lx.attributionCarryAlone.at(words, last, before.end)) return false
  for (let k = last - 1; k >= 0 && k >= last - 3; k--)
    if (lx.attributionCarry.at(words, k, before.end)) return false
  return true
}

/** The source's words from k: "le Haut-Commissariat des Nations unies pour les réfugiés". */
export function readName(words: Word[], k: number, s: Span, lx: CompiledLexicon): Span {
  let from = k
  const art = lx.articles.at(words, from, s.to)
  if (art && !titled(words, from)) from = art.end
  // "selon cette source", "esa misma fuente": the word that points back opens the name.
  let j = lx.attributionCarry.at(words, from, s.to)?.end ?? from
  let body = false
  // Arabic wire copy runs a title, its body and a name together ("المتحدث باسم وزارة الداخلية في الحكومة
  // الليبية المكلفة من البرلمان طارق الخراز").
  const max = lx.arabic ? 14 : 12
  while (j < s.to && j - from < max) {
    const w = words[j]
    if (w.gap.includes('\n')) break
    if (!lx.arabic && j > from && inName(words, j)) {
      j++
      continue
    }
    // "maire de St. Lucie", "Dr. Tedros": the point of an abbreviation is inside the name.
    if (abbreviationPoint(words, j)) {
      j++
      continue
    }
    if (w.mark || w.digits !== null) break
    // "dijo un portavoz a EFE", "قال مسؤول لوكالة الأناضول": whom the source spoke to ends its name.
    if (lx.attributionRelays.at(words, j, s.to) || lx.attributionBetween.at(words, j, s.to)) break
    body ||= lx.attributionBodies.at(words, j, s.to) !== null
    // "وزارة الصحة في غزة", "مسؤول في الأمم المتحدة": the place a body sits in is part of its name.
    // "porte-parole de l'armée en Ituri": in French and Spanish, a link to a known place.
    const place =
      j > from && (body || servedPlace(words, j, s, lx)) ? lx.attributionPlaceLinks.at(words, j, s.to) : null
    if (place && place.end < s.to && !words[place.end].mark) {
      j = place.end
      continue
    }
    // "Les autorités reconnaissent neuf morts", "أعلنت الوزارة ارتفاع حصيلة …": a figure or a tally ends it.
    if (figureAt(words, j, s, lx) || lx.tallies.at(words, j, s.to)) break
    if (listedVerb(words, j, s, lx) || lx.qualifiers.at(words, j, s.to)) break
    // "le ministère de la Santé publié mercredi", "OCHA publiée": the document's participle is not the name.
    if (j > from && lx.attributionIssued.at(words, j, s.to)) break
    // "ministère de l'Action humanitaire et de la Gestion des catastrophes": a coordinated complement.
    if (j > from && linksOn(words, j, s, lx)) {
      j = (lx.nameLinks.at(words, j + 1, s.to)?.end ?? j + 1) + 1
      continue
    }
    if (j > from && innerAt(words, j, lx)) {
      j++
      continue
    }
    // A capital keeps a word in a name it would otherwise end ("Médicos Sin Fronteras").
    const capital = !lx.arabic && j > from && w.text[0] !== w.text[0].toLowerCase()
    if (lx.arabic && j > from && givenName(words, j, s)) {
      j++
      continue
    }
    if (!capital && lx.groupStops.at(words, j, s.to) && !lx.nameLinks.at(words, j, s.to)) break
    if (j === from && lx.nameLinks.at(words, j, s.to)) break
    const t = lx.triggers.at(words, j, s.to)
    if (
      t &&
      t.value.metric !== 'refugees' &&
      t.value.metric !== 'affect' &&
      !construct(words, j, from, t, lx)
    )
      break
    // "أفاد مستشفى ناصر باستقبال 58 جثمانا": a verbal noun glued to ب opens what the source said.
    if (lx.arabic && j > from && w.text.length >= 6 && VERBAL_NOUN.test(w.text)) break
    if (j > from && lx.sinceMarkers.at(words, j, s.to)) break
    const link = j > from ? lx.nameLinks.at(words, j, s.to) : null
    if (link) {
      const next = words[link.end]
      if (!next || next.mark || next.digits !== null || lx.groupStops.at(words, link.end, s.to)) break
      j = link.end
      continue
    }
    j++
  }
  return { from, to: j }
}

/** "et de la", "y del": a coordination inside a name, before a link and a word that may go on one. */
function linksOn(words: Word[], j: number, s: Span, lx: CompiledLexicon): boolean {
  if (!words[j].keys.some((key) => COORDINATION.has(key))) return false
  const link = lx.nameLinks.at(words, j + 1, s.to)
  const next = link ? words[link.end] : undefined
  return !!link && !!next && !next.mark && next.digits === null && !lx.groupStops.at(words, link.end, s.to)
}

/** ", indicó la Policía Nacional en su cuenta de X.": a short close of the sentence with no figure in it. */
function plainTail(words: Word[], k: number, s: Span, lx: CompiledLexicon): boolean {
  if (s.to - k > 8) return false
  for (let j = k; j < s.to; j++) if (figureAt(words, j, s, lx) || lx.triggers.at(words, j, s.to)) return false
  return true
}

/**
 * "Le gouverneur Jean Mbala a pris la parole mardi, affirmant que …": a verb set off by a comma with no name
 * of its own speaks for the name opening the sentence, when that name is followed by its verb.
 */
function subjectBefore(words: Word[], j: number, s: Span, lx: CompiledLexicon): Span | null {
  if (words[j - 1]?.text !== ',') return null
  const name = readName(words, s.from, s, lx)
  if (name.to <= name.from || name.to >= j - 1 || words[name.to].mark || figureAt(words, name.to, s, lx))
    return null
  return personLike(words, name) || capitalised(words[name.to - 1]) ? name : null
}

/** A name that is one capitalised place and nothing else: "Guatemala", "Haïti". */
function placeOnly(words: Word[], name: Span): boolean {
  if (name.to - name.from !== 1 || !capitalised(words[name.from])) return false
  return lookupPlaceAnyLanguage(words[name.from].text) !== null
}

/** "un", "un nouveau" before "bilan": what reads as a name is the determiner of a tally. */
function determinerOnly(words: Word[], name: Span, s: Span, lx: CompiledLexicon): boolean {
  return (
    lx.numberWords.at(words, name.from, name.to)?.value === 1 &&
    name.to - name.from <= 2 &&
    lx.tallies.at(words, name.to, s.to) !== null
  )
}

/** "selon Jens Laerke, porte-parole d'OCHA": a person's name followed by their role is read as the role. */
function withRole(words: Word[], name: Span, s: Span, lx: CompiledLexicon): Span {
  const cited = citedAfter(words, name, s, lx)
  if (cited >= 0) return readName(words, cited, s, lx)
  if (!personLike(words, name)) return name
  return roleAt(words, name.to, s, lx, (k) => readName(words, k, s, lx)) ?? name
}

/** "Según El Tiempo", "selon Le Monde": a capital article inside a sentence is part of the name. */
function titled(words: Word[], k: number): boolean {
  return k > 0 && !words[k - 1].mark && capitalised(words[k])
}

/** A figure starts at j: "neuf", "2 000"; not the article "une" of "une source militaire". */
function figureAt(words: Word[], j: number, s: Span, lx: CompiledLexicon): boolean {
  const amount = readAmount(words, j, s.to, lx)
  return amount !== null && (amount.low > 1 || words[amount.core].digits !== null)
}

/** The source before its verb: "La policía informó que", "L'armée a annoncé avoir", "des sources locales parlent de". */
export function readNameBack(
  words: Word[],
  verbAt: number,
  s: Span,
  lx: CompiledLexicon,
  nested = false,
): Span {
  // "que también contabiliza": adverbs before the verb are not the name.
  while (verbAt > s.from && lx.attributionBetween.at(words, verbAt - 1, verbAt)) verbAt--
  // "Médecins sans frontières (MSF) dit": the acronym in brackets is stepped over.
  if (words[verbAt - 1]?.text === ')') {
    let open = verbAt - 2
    while (open > s.from && verbAt - open < 5 && words[open].text !== '(') open--
    if (words[open]?.text === '(') verbAt = open
  }
  // "evacuaron a 620 familias y atendieron a 45 heridos": a verb after "y" shares the subject before.
  if (!lx.arabic && words[verbAt - 1]?.keys.some((k) => COORDINATION.has(k)))
    return { from: verbAt, to: verbAt }
  const incise = nested ? null : beforeIncise(words, verbAt, s, lx)
  if (incise) return incise
  const strict = nameBefore(words, verbAt, s, lx, false)
  // "Le Bureau de coordination des affaires humanitaires signale", "Des sources proches des rebelles du CSP
  // évoquent": links between common nouns stay in a name that opens with a capital or the sentence's article.
  const wide = nameBefore(words, verbAt, s, lx, true)
  const opens = (k: number) =>
    capitalised(words[k]) || (k - 1 >= s.from && lx.articles.at(words, k - 1, k) && k - 1 === s.from)
  const from = wide < strict && opens(wide) ? wide : strict
  // "Un élu local joint par RFI évoque", "un habitant joint au téléphone a dit": the outlet is not the name.
  for (let r = Math.max(s.from, from - 3); r < verbAt && r <= from; r++) {
    const relay = lx.attributionRelays.at(words, r, verbAt)
    if (relay && relay.end >= from)
      return r > s.from ? readNameBack(words, r, s, lx, true) : { from: r, to: r }
  }
  return { from, to: verbAt }
}

/** Where the name before the verb at verbAt starts; `wide` lets a link follow a common noun too. */
function nameBefore(words: Word[], verbAt: number, s: Span, lx: CompiledLexicon, wide: boolean): number {
  let from = verbAt
  while (from > s.from && verbAt - from < (wide ? 12 : 8)) {
    const w = words[from - 1]
    // "Le Haut-Commissariat aux droits de l'homme a confirmé": an article after "de" is inside the name.
    const inner = from - 2 > s.from && lx.nameLinks.at(words, from - 2, from - 1) && from < verbAt
    if (inner && lx.articles.at(words, from - 1, verbAt)) {
      from -= 2
      continue
    }
    // "Le Syndicat des médecins", "وزارة الصحة في غزة": a link inside a name, after a capital or a body.
    const linked =
      from < verbAt &&
      from - 2 >= s.from &&
      (lx.arabic
        ? lx.attributionPlaceLinks.at(words, from - 1, verbAt) &&
          // "مصدر في الشرطة", "مصدرا طبيا في مستشفى القائم": the body may have an adjective after it.
          (lx.attributionBodies.at(words, from - 2, from - 1) ||
            (from - 3 >= s.from && lx.attributionBodies.at(words, from - 3, from - 2)))
        : (lx.nameLinks.at(words, from - 1, verbAt) &&
            (wide ? content(words, from - 2, s, lx) : capitalised(words[from - 2]))) ||
          // "Mission des Nations unies en Centrafrique (Minusca) a annoncé": the country a body serves.
          (wide &&
            lx.attributionPlaceLinks.at(words, from - 1, verbAt) &&
            capitalised(words[from]) &&
            content(words, from - 2, s, lx)))
    if (linked) {
      from--
      continue
    }
    // "ministre de l'Action humanitaire et de la Gestion", "gestion des risques et des catastrophes": a
    // coordinated complement, the coordination just before a link ("et de", "y del") or before its word.
    const coord = from < verbAt ? coordinatedAt(words, from, s, lx) : -1
    if (coord >= 0) {
      from = coord
      continue
    }
    if (!lx.arabic && from - 1 > s.from && inName(words, from - 1)) {
      from--
      continue
    }
    // "L'association Utopia 56 affirme": a short number right after a capitalised word ends its name.
    const numbered =
      from === verbAt &&
      w.digits !== null &&
      w.text.length <= 3 &&
      from - 2 >= s.from &&
      capitalised(words[from - 2])
    if (numbered && !words[from - 2].mark) {
      from--
      continue
    }
    if (w.mark || w.digits !== null || lx.articles.at(words, from - 1, verbAt)) break
    // "Médicos Sin Fronteras": a capital between capitals keeps a word the name would otherwise end at.
    const kept =
      !lx.arabic && from < verbAt && from - 2 >= s.from && capitalised(w) && capitalised(words[from - 2])
    const between = from < verbAt && from - 2 >= s.from && innerAt(words, from - 1, lx)
    if (
      !kept &&
      !between &&
      lx.groupStops.at(words, from - 1, verbAt) &&
      !lx.nameLinks.at(words, from - 1, verbAt)
    )
      break
    // "para Refugiados y Migrantes": a capital inside the sentence makes a trigger word part of a name.
    const titleCase = !lx.arabic && from - 1 > s.from && from < verbAt && capitalised(w)
    if (!titleCase && lx.triggers.at(words, from - 1, verbAt)) break
    from--
  }
  while (from < verbAt && lx.nameLinks.at(words, from, verbAt)) from++
  return from
}

// "Le HCR et des ONG": after an acronym the coordination joins a second body, not a complement.
const ACRONYM = /^\p{Lu}{2,}$/u

/** The coordination at from-1 or from-2 that joins a complement to the content word before it, or -1. */
function coordinatedAt(words: Word[], from: number, s: Span, lx: CompiledLexicon): number {
  for (const k of [from - 1, from - 2])
    if (
      k - 1 >= s.from &&
      linksOn(words, k, s, lx) &&
      content(words, k - 1, s, lx) &&
      !ACRONYM.test(words[k - 1].text)
    )
      return k
  return -1
}

/** A word a name may hold before a link: not a mark, a figure, a stop or a trigger. */
function content(words: Word[], k: number, s: Span, lx: CompiledLexicon): boolean {
  const w = words[k]
  return !w.mark && w.digits === null && !lx.groupStops.at(words, k, s.to) && !lx.triggers.at(words, k, s.to)
}

/**
 * The subject before words set off by commas: "Le porte-parole de la Monusco, Paul Lemaire, a déclaré" (a
 * title before a person's name), "L'armée, qui accuse les ADF, a confirmé" (the sentence's subject).
 */
function beforeIncise(words: Word[], verbAt: number, s: Span, lx: CompiledLexicon): Span | null {
  if (lx.arabic || words[verbAt - 1]?.text !== ',') return null
  let p = verbAt - 1
  while (p > s.from && verbAt - 1 - p < 8 && !words[p - 1].mark) p--
  if (p === verbAt - 1 || p - 1 <= s.from || words[p - 1].text !== ',') return null
  // "le lieutenant Marc Elongo", "le docteur Serge Yakité": an article and a title may open the person.
  const q = personStart(words, p, verbAt - 1, lx)
  const inner = words.slice(q, verbAt - 1)
  const person = inner.length <= 5 && capitalised(inner[0]) && capitalised(inner[inner.length - 1])
  const title = readNameBack(words, p - 1, s, lx, true)
  if (title.to <= title.from) return null
  // "Achraf al-Qidra, porte-parole du ministère de la Santé, a déclaré": the role, not the person.
  if (personLike(words, title)) {
    const role = roleAt(words, p - 1, s, lx, (k) => readName(words, k, s, lx))
    if (role && role.to === verbAt - 1) return role
  }
  const common = words.slice(title.from, title.to).some((w) => !capitalised(w))
  const head = lx.articles.at(words, s.from, s.to)?.end ?? s.from
  if (title.from === head) return title
  // "…dans la région, le lieutenant Marc Elongo, a …": the title read back stops short of the subject's
  // head; the person set off by commas is the speaker.
  return person && common ? (q > p ? { from: q, to: verbAt - 1 } : title) : null
}

export function nameText(text: string, words: Word[], name: Span, lx: CompiledLexicon): string {
  let from = name.from
  while (from < name.to - 1 && lx.articles.at(words, from, name.to) && !titled(words, from))
    from = lx.articles.at(words, from, name.to)?.end ?? from + 1
  const written = slice(text, words, { from, to: name.to })
  if (!lx.arabic) return written
  // "وفقا للمنظمة الدولية": the name is "المنظمة الدولية", without the preposition glued to it.
  if (written.startsWith('\u0644\u0644')) return `\u0627${written.slice(1)}`
  // "وفقا لمنظمة الصحة العالمية", "بيان لخلية الإعلام": after a word that takes ل, the ل is not the name's.
  const taker =
    from > 0 &&
    (lx.attributionBefore.at(words, from - 1, from) ||
      lx.anaphorIntroducers.at(words, from - 1, from) ||
      documentBefore(words, from, lx))
  return taker && gluedLink(words, from, lx) ? written.slice(1) : written
}

/**
 * The start of the period as a date, read by the English date reader from the phrase put in English word
 * by word ("fin avril" -> "since late April", "منذ أواخر نيسان/أبريل" -> "since late April").
 */
