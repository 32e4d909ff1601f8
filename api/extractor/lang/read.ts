// The reader for French, Spanish and Arabic: per sentence, each amount is linked to the word that says
// what happened (a victim noun right after it, a verb after its group, or a verb before it as Arabic and
// "arrêté 87 manifestants" put it), then given the sentence's source, period and place. Everything it
// knows about a language comes from that language's lexicon (lexicon.ts); the rules here are the same
// for all three.

import type { ExtractedClaim } from '../types.ts'
import { actorSource } from './actor-source.ts'
import { findAttributions, nearest, readName, readNameBack } from './attribution.ts'
import { headlineSource } from './attribution-forms.ts'
import { creditsBack, resolveSources, type SourceMemory } from './carry-source.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { CLAUSE_MARKS, COORDINATION, findBackward, link } from './link.ts'
import { namedBodies, subjectFirst } from './named-bodies.ts'
import { type Amount, readAmount } from './numbers.ts'
import { findPlaces, type LangPlace } from './places.ts'
import { carried, type Found, inPersons, type Linked, labelLink } from './report-lines.ts'
import { findSince, resolveSince } from './since.ts'
import { type CellLink, tableCells } from './table-cells.ts'
import { abbreviationPoint, articled, inName, type Span, splitWords, type Word } from './words.ts'

const SENTENCE_END = new Set(['.', '!', '?', '\u061f', ';', '\u061b'])

export function readClaims(text: string, lx: CompiledLexicon, published: string | null): ExtractedClaim[] {
  const words = splitWords(text, lx.arabic)
  const claims: ExtractedClaim[] = []
  // The groups counted so far: "Cinq autres ont été blessés" in the next sentence counts the same group.
  const groups: string[] = []
  // The country of the last place named: a later sentence that names none is about it ("Au Soudan, … .
  // Selon l'organisation, 48 hôpitaux …").
  const named = { country: null as string | null }
  const cells = tableCells(text, words, lx)
  const memory: SourceMemory = { last: null }
  let previous: ExtractedClaim[] = []
  for (const s of sentences(words, lx)) {
    const lastSource = memory.last
    const got = readSentence(text, words, s, lx, published, groups, named, cells, memory, claims)
    // A sentence without figures that credits "le bilan" to a source gives it to the figures before it.
    if (got.length === 0 && memory.last !== lastSource && memory.last && creditsBack(words, s, lx))
      for (const c of previous) c.source ??= memory.last
    if (got.length > 0) previous = got
    claims.push(...got)
  }
  // Arabic headlines credit by their own form ("الصحة الفلسطينية: …", headlineSource); the Arabic report set
  // labels a place-headed headline ("سوريا: مقتل 12 مدنيا") as unattributed, so a repeat is not credited there.
  return claims
}

// A run-on "sentence" (a table flattened to text, a list without stops) is cut every so many words, so
// the per-sentence work (nearest source, place, group) stays linear in the text however it is written.
const MAX_SENTENCE_WORDS = 150

function sentences(words: Word[], lx: CompiledLexicon): Span[] {
  const out: Span[] = []
  let from = 0
  let lineStart = 0
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (w.gap.includes('\n')) {
      // A line that is only a figure is read with the label on the line under it ("12.450\npersonas
      // desplazadas"), as a tile or a key-figures box sets it.
      if (i > from && i - from < MAX_SENTENCE_WORDS && figureLine(words, lineStart, i, lx)) {
        lineStart = i
        continue
      }
      lineStart = i
    }
    const breaks = (w.gap.includes('\n') || i - from >= MAX_SENTENCE_WORDS) && i > from
    if (breaks) {
      out.push({ from, to: i })
      from = i
    }
    // A dot between digits ("2.000") is part of the number, not the end of a sentence.
    if (
      w.mark &&
      SENTENCE_END.has(w.text) &&
      !(words[i + 1]?.digits !== null && words[i + 1]?.gap === '') &&
      !abbreviationPoint(words, i)
    ) {
      out.push({ from, to: i + 1 })
      from = i + 1
    }
  }
  if (from < words.length) out.push({ from, to: words.length })
  return out
}

// Marks a figure line may carry around its number: "+ 14.000", "~3 900", "4 400+".
const FIGURE_MARKS = new Set(['+', '~', '≈', '>'])

/** Words [from, to) are one amount and nothing else, and the next line starts with a word. */
function figureLine(words: Word[], from: number, to: number, lx: CompiledLexicon): boolean {
  let k = from
  while (k < to && words[k].mark && FIGURE_MARKS.has(words[k].text)) k++
  const amount = k < to ? readAmount(words, k, to, lx) : null
  if (!amount) return false
  let end = amount.to
  while (end < to && words[end].mark && FIGURE_MARKS.has(words[end].text)) end++
  const next = words[to]
  return end === to && !next.mark && next.digits === null
}

/** "+ 14.000", "4.400+": a plus sign on an exact figure makes it a lower bound. */
function plusSign(words: Word[], amount: Amount): boolean {
  if (amount.qualifier !== 'exact') return false
  const before = words[amount.from - 1]
  const after = words[amount.to]
  return before?.text === '+' || (after?.text === '+' && after.gap === '')
}

function readSentence(
  text: string,
  words: Word[],
  s: Span,
  lx: CompiledLexicon,
  published: string | null,
  groups: string[],
  named: { country: string | null },
  cells: Map<number, CellLink>,
  memory: SourceMemory,
  earlier: ExtractedClaim[],
): ExtractedClaim[] {
  const attributions = findAttributions(words, s, lx)
  const everyPlace = findPlaces(text, words, s, lx, named.country)
  const headline =
    attributions.length === 0
      ? headlineSource(words, s, lx, (k) => everyPlace.some((p) => p.from === k))
      : null
  if (headline) attributions.push({ ...headline, name: headline, carried: false })
  const bodies = namedBodies(
    words,
    s,
    lx,
    attributions,
    (k) => readName(words, k, s, lx),
    (end) => readNameBack(words, end, s, lx),
  )
  const credited = lx.arabic ? attributions : subjectFirst(attributions, bodies, words)
  const sources = resolveSources(text, words, credited, lx, memory, bodies)
  const since = findSince(text, words, s, lx)
  const sinceDate = since ? resolveSince(words, since, lx, published) : null
  // A place in the speaker's name is not the figure's ("Honduras reporta"), unless the sentence names no
  // other and it only seats the speaker ("وزارة الصحة في غزة", "gobernador del Cauca").
  const inName = (p: LangPlace, keep: boolean) =>
    attributions.some(
      (a) => p.from >= a.name.from && p.from < a.name.to && !(keep && seated(words, a, p, lx)),
    )
  const outside = everyPlace.filter((p) => !inName(p, false))
  const places = outside.length > 0 ? outside : everyPlace.filter((p) => !inName(p, true))
  // "Honduras reporta 57 fallecidos": a country that speaks is not the figure's location, but its country.
  const country = everyPlace.findLast((p) => p.entry.country)?.entry.country ?? named.country
  const out: ExtractedClaim[] = []
  const groupsFrom = groups.length
  let last: Linked | null = null
  let seen = false
  let i = s.from
  while (i < s.to) {
    const amount = countAt(words, i, s, lx)
    if (!amount) {
      i++
      continue
    }
    i = Math.max(i + 1, amount.to)
    const first = !seen
    seen = true
    const cell = cells.get(amount.from)
    const found: Found | null =
      cell?.found ??
      // "… 910 أشخاص قتلوا. وأضاف أن بينهم 138 مدنيا": a part may count the last figure of the sentence before,
      // when it is the sentence's first figure ("Seis personas sobrevivieron, entre ellas tres" is not).
      link(
        text,
        words,
        amount,
        s,
        lx,
        { sentence: first && earlier.length > 0 ? earlier.slice(-1) : out, text: earlier },
        groups,
        groupsFrom,
        last,
      ) ??
      labelLink(words, amount, s, lx) ??
      carried(words, amount, s, last) ??
      inPersons(words, amount, s, lx, last)
    // "بينهم 15 طفلا وأصيب 360 آخرون": "others" are more of the main group, not of a sub-count.
    if (!found?.parent) groups.push(found?.who ?? '')
    if (!found) continue
    last = { amount, found }
    const quoteFrom = Math.min(words[amount.from].start, found.quoteFrom)
    const quoteTo = Math.max(words[amount.to - 1].end, found.quoteTo)
    const place = placeFor(places, amount, found)
    const after = amount.qualifier === 'exact' ? qualifierAfter(words, quoteTo, s, lx) : null
    const source = nearest(attributions, amount)
    const actor = source ? null : actorSource(text, words, found.trigger, s, lx)
    out.push({
      metric: found.metric,
      unit: found.unit,
      low: amount.low,
      qualifier:
        exceeded(words, amount, s, lx) || plusSign(words, amount) ? 'at_least' : (after ?? amount.qualifier),
      high: plusSign(words, amount) || after ? null : amount.high,
      who: found.who,
      // "Parmi les victimes figurent dix femmes": a part of a figure given before is given by its source.
      source: source ? sources[attributions.indexOf(source)] : (actor ?? found.parent?.source ?? null),
      since: since ? since.text : null,
      since_date: sinceDate,
      as_of: published,
      location: place ? place.text : null,
      country: place ? place.entry.country : country,
      quote: text.slice(quoteFrom, quoteTo),
      start: quoteFrom,
      end: quoteTo,
      denied: isDenied(words, amount, s, lx),
      projected: isProjected(words, amount, found, lx),
      confidence: 0.8,
      context: cell ? cell.context : null,
    })
  }
  if (country) named.country = country
  return out
}

/** The place comes after a link inside the speaker's name: "Ministerio de Salud de Gaza", "وزارة الصحة في غزة". */
function seated(words: Word[], a: { name: Span }, p: LangPlace, lx: CompiledLexicon): boolean {
  if (p.from <= a.name.from) return false
  const before = p.from - 1
  return (
    lx.nameLinks.at(words, before, p.from) !== null ||
    lx.attributionPlaceLinks.at(words, before, p.from) !== null ||
    lx.articles.at(words, before, p.from) !== null
  )
}

/** An amount that counts something: not an age, a date, a year, a percentage or a sum of money. */
function countAt(words: Word[], i: number, s: Span, lx: CompiledLexicon): Amount | null {
  const w = words[i]
  if (w.mark) return null
  // "les rebelles du M23", "la Plataforma R4V": a figure glued to a word is part of a name.
  if (!lx.arabic && inName(words, i)) return null
  const amount = readAmount(words, i, s.to, lx) ?? countedNoun(words, i, s, lx)
  if (!amount) return null
  const next = words[amount.to]
  if (
    next &&
    (lx.notCounts.at(words, amount.to, s.to) || (next.mark && next.gap === '' && /^[:/%-]$/.test(next.text)))
  ) {
    return null
  }
  const prev = words[amount.core - 1]
  if (prev && ordinalAfter(words, amount, prev, lx)) return null
  // "الساعات الـ24": a number glued to a written-out article is an ordinal or a name, not a count.
  // "بـ492 وفاة" is a preposition, not the article.
  if (prev && words[amount.core].gap === '' && prev.text.endsWith('\u0627\u0644\u0640')) return null
  // "10:30", "1/2", "3-4": a figure glued to the mark before it; "Fallecidos: 219" is a label's figure.
  if (
    prev?.mark &&
    prev.gap === '' &&
    (words[amount.core].gap === '' || prev.text !== ':') &&
    /^[:/-]$/.test(prev.text) &&
    amount.core > s.from
  )
    return null
  const core = words[amount.core]
  if (
    core.digits &&
    core.digits.length === 4 &&
    amount.to === amount.core + 1 &&
    amount.low >= 1900 &&
    amount.low <= 2100
  ) {
    if (amount.core > s.from && lx.yearMarkers.at(words, amount.core - 1, s.to)) return null
    if (next?.mark) return null
  }
  // "un", "una", "واحد": one only before a noun of people at the head of a clause ("Un homme a été tué").
  if (
    !amount.noun &&
    amount.low === 1 &&
    amount.qualifier === 'exact' &&
    core.digits === null &&
    amount.to === amount.core + 1
  ) {
    const before = words[amount.core - 1]
    // "Un homme a été tué", "… et un civil tué": at the head of a clause or after a coordination.
    const head =
      amount.core === s.from ||
      before.mark ||
      before.keys.some((key) => COORDINATION.has(key)) ||
      // "entre ellos un líder social", "dont un enfant": one of a figure's parts.
      [2, 1].some((n) => lx.including.at(words, amount.core - n, amount.core)?.end === amount.core)
    // "Deux personnes ont été tuées et une autre blessée", "y otro herido": one more of the same group.
    if (!head || !(lx.people.at(words, amount.to, s.to) || lx.others.at(words, amount.to, s.to))) return null
  }
  return amount
}

/** "الأشهر الثلاثة", "الأيام الخمسة": a number word with the article after a noun with it is an adjective. */
function ordinalAfter(words: Word[], amount: Amount, prev: Word, lx: CompiledLexicon): boolean {
  const core = words[amount.core]
  return (
    lx.arabic &&
    core.digits === null &&
    amount.qualifier === 'exact' &&
    !prev.mark &&
    articled(core) &&
    articled(prev)
  )
}

/** "قتل رجل", "قتل طفلان": a noun that counts itself, right after the verb that says what happened. */
function countedNoun(words: Word[], i: number, s: Span, lx: CompiledLexicon): Amount | null {
  const counted = lx.counted.at(words, i, s.to)
  if (!counted || i === s.from) return null
  const verb = findBackward(words, i, s, lx)
  // "أن طفلين قتلا", "مستشفيين تضررا": or, for a dual, a verb right after it ("13 ألف طفل قتلوا" is the
  // noun of the figure before).
  const dual = counted.value === 2 && words[i - 1].digits === null
  const after = dual && counted.end < s.to ? lx.triggers.at(words, counted.end, s.to) : null
  if ((!verb || verb.span.to !== i) && (!after || after.value.victims) && !partOf(words, i, lx)) return null
  return {
    from: i,
    core: i,
    to: counted.end,
    low: counted.value,
    high: counted.value,
    qualifier: 'exact',
    noun: true,
  }
}

/**
 * "بينهم مسعف", "بينهم طفلان": a noun that counts itself right after "among"; "مقتل طفلين وامرأة", "خمسة
 * أطفال وامرأتين": one glued by و to a noun of people that ends a figure before it.
 */
function partOf(words: Word[], i: number, lx: CompiledLexicon): boolean {
  if ([2, 1].some((n) => i - n >= 0 && lx.including.at(words, i - n, i)?.end === i)) return true
  const prev = words[i - 1]
  if (!words[i].text.startsWith('\u0648') || prev.mark || prev.digits !== null) return false
  return lx.counted.at(words, i - 1, i) !== null || lx.people.at(words, i - 1, i) !== null
}

/** "قتل 53 مهاجرا على الأقل", "300 شخص تقريبا": a qualifier right after the figure's words. */
function qualifierAfter(
  words: Word[],
  quoteTo: number,
  s: Span,
  lx: CompiledLexicon,
): 'at_least' | 'approx' | null {
  let j = s.from
  while (j < s.to && words[j].start < quoteTo) j++
  const q = j < s.to ? lx.qualifiers.at(words, j, s.to) : null
  return q && q.value !== 'at_most' ? q.value : null
}

function exceeded(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon): boolean {
  if (amount.qualifier !== 'exact') return false
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - 6; j--) {
    if (words[j].mark) return false
    if (lx.exceeded.at(words, j, s.to)) return true
  }
  return false
}

function isProjected(words: Word[], amount: Amount, found: Found, lx: CompiledLexicon): boolean {
  const from = Math.min(amount.from, found.trigger?.from ?? amount.from)
  const to = Math.max(amount.to, found.trigger?.to ?? amount.to)
  for (let j = from; j < to; j++) if (lx.projected.at(words, j)) return true
  // "L'ONU craint que 40 000 …", "توقعت الأمم المتحدة أن يرتفع عدد النازحين إلى …": a forecast verb earlier
  // in the clause governs the figure.
  for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
    if (words[j].mark && CLAUSE_MARKS.has(words[j].text)) return false
    if (lx.projected.at(words, j)) return true
  }
  return false
}

/** "Le ministère a démenti que 40 personnes aient été tuées", "نفى الجيش مقتل 40": the figure is denied. */
function isDenied(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon): boolean {
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - 8; j--) {
    if (words[j].mark && CLAUSE_MARKS.has(words[j].text)) return false
    if (lx.denials.at(words, j, amount.from)) return true
  }
  return false
}

function placeFor(places: LangPlace[], amount: Amount, found: Found): LangPlace | null {
  if (places.length === 0) return null
  // The place after the figure ("tués à Gao") before one named earlier in the sentence.
  const at = found.trigger?.to ?? amount.to
  return places.find((p) => p.from >= at) ?? places[places.length - 1]
}
