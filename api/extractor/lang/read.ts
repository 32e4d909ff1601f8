// The reader for French, Spanish and Arabic: per sentence, each amount is linked to the word that says
// what happened (a victim noun right after it, a verb after its group, or a verb before it as Arabic and
// "arrêté 87 manifestants" put it), then given the sentence's source, period and place. Everything it
// knows about a language comes from that language's lexicon (lexicon.ts); the rules here are the same
// for all three.

import type { ExtractedClaim, Metric, Unit } from '../types.ts'
import { words as wordSet } from '../words.ts'
import { findAttributions, nearest } from './attribution.ts'
import { resolveSources, type SourceMemory } from './carry-source.ts'
import type { CompiledLexicon, TriggerInfo } from './lexicon.ts'
import { type Amount, readAmount } from './numbers.ts'
import { findPlaces, type LangPlace } from './places.ts'
import { carried, type Found, type Linked, labelLink } from './report-lines.ts'
import { findSince, resolveSince } from './since.ts'
import { type CellLink, tableCells } from './table-cells.ts'
import { type Span, slice, splitWords, type Word } from './words.ts'

const SENTENCE_END = new Set(['.', '!', '?', '\u061f', ';', '\u061b'])
// Commas, stops and brackets, Arabic ones too, and quotation marks: a figure's phrase ends at them.
const CLAUSE_MARKS = wordSet(', . ; : ! ? \u060c \u061b \u061f ( ) " \u00ab \u00bb | \u00b7 \u2022')
const COORDINATION = new Set(['et', 'y', 'ou', 'o', 'mais', 'pero', 'tandis', 'mientras'])

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
  for (const s of sentences(words, lx))
    claims.push(...readSentence(text, words, s, lx, published, groups, named, cells, memory))
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
    if (w.mark && SENTENCE_END.has(w.text) && !(words[i + 1]?.digits !== null && words[i + 1]?.gap === '')) {
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
): ExtractedClaim[] {
  const attributions = findAttributions(words, s, lx)
  const sources = resolveSources(text, words, attributions, lx, memory)
  const since = findSince(text, words, s, lx)
  const sinceDate = since ? resolveSince(words, since, lx, published) : null
  const everyPlace = findPlaces(text, words, s, lx, named.country)
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
  let i = s.from
  while (i < s.to) {
    const amount = countAt(words, i, s, lx)
    if (!amount) {
      i++
      continue
    }
    i = Math.max(i + 1, amount.to)
    const cell = cells.get(amount.from)
    const found: Found | null =
      cell?.found ??
      link(text, words, amount, s, lx, out, groups, groupsFrom, last) ??
      labelLink(words, amount, s, lx) ??
      carried(words, amount, s, last)
    // "بينهم 15 طفلا وأصيب 360 آخرون": "others" are more of the main group, not of a sub-count.
    if (!found?.parent) groups.push(found?.who ?? '')
    if (!found) continue
    last = { amount, found }
    const quoteFrom = Math.min(words[amount.from].start, found.quoteFrom)
    const quoteTo = Math.max(words[amount.to - 1].end, found.quoteTo)
    const place = placeFor(places, amount, found)
    const after = amount.qualifier === 'exact' ? qualifierAfter(words, quoteTo, s, lx) : null
    const source = nearest(attributions, amount)
    out.push({
      metric: found.metric,
      unit: found.unit,
      low: amount.low,
      qualifier:
        exceeded(words, amount, s, lx) || plusSign(words, amount) ? 'at_least' : (after ?? amount.qualifier),
      high: plusSign(words, amount) || after ? null : amount.high,
      who: found.who,
      source: source ? sources[attributions.indexOf(source)] : null,
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
  // "الساعات الـ24": a number glued to a written-out article is an ordinal or a name, not a count.
  if (prev && words[amount.core].gap === '' && prev.text.endsWith('\u0640')) return null
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
    const head = amount.core === s.from || before.mark || before.keys.some((key) => COORDINATION.has(key))
    if (!head || !lx.people.at(words, amount.to, s.to)) return null
  }
  return amount
}

/** "قتل رجل", "قتل طفلان": a noun that counts itself, right after the verb that says what happened. */
function countedNoun(words: Word[], i: number, s: Span, lx: CompiledLexicon): Amount | null {
  const counted = lx.counted.at(words, i, s.to)
  if (!counted || i === s.from) return null
  const verb = findBackward(words, i, s, lx)
  if (!verb || verb.span.to !== i) return null
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

function isStop(words: Word[], k: number, s: Span, lx: CompiledLexicon): boolean {
  const w = words[k]
  return w.mark || w.digits !== null || lx.groupStops.at(words, k, s.to) !== null
}

/** The group after an amount: "civils", "soldats burkinabè", "centres de santé", "عمال إغاثة". */
function readGroup(words: Word[], k: number, s: Span, lx: CompiledLexicon, allowTrigger: boolean): Span {
  const from = k
  const max = lx.arabic ? 2 : 4
  let j = k
  while (j < s.to && j - from < max) {
    if (isStop(words, j, s, lx) || (j > from && words[j].gap.includes('\n'))) break
    if ((j > from || !allowTrigger) && lx.triggers.at(words, j, s.to)) break
    if (lx.including.at(words, j, s.to) || lx.tallies.at(words, j, s.to)) break
    // An Arabic word after the head that carries a preposition ("بضربات", "لأزمة") starts a phrase of its own.
    if (
      lx.arabic &&
      j > from &&
      /^[\u0628\u0644\u0643]/.test(words[j].text) &&
      !/^\u0627\u0644/.test(words[j].keys[0]) &&
      words[j].keys.length > 1
    )
      break
    const link = j > from ? lx.nameLinks.at(words, j, s.to) : null
    if (link) {
      // "centres de santé": a link word only inside a group, never at its end.
      if (link.end < s.to && !isStop(words, link.end, s, lx) && !lx.triggers.at(words, link.end, s.to)) {
        j = link.end + 1
        continue
      }
      break
    }
    j++
  }
  return { from, to: j }
}

function link(
  text: string,
  words: Word[],
  amount: Amount,
  s: Span,
  lx: CompiledLexicon,
  before: ExtractedClaim[],
  groups: string[],
  groupsFrom: number,
  last: Linked | null,
): Found | null {
  let k = amount.to
  // "des milliers de civils", "6,9 millions de personnes", "سبعة من عناصر الشرطة".
  const of = words[k]?.keys.some((key) => key === 'de' || key === "d'" || key === 'من')
  if (of && k + 1 < s.to && !lx.triggers.at(words, k, s.to)) {
    const after = words[k + 1]
    if (!after.mark && after.digits === null) k++
  }
  // A victim noun right after the amount says what happened: "12 morts", "٩٤٨٨ قتيلاً", "12 000 déplacés".
  const noun = lx.triggers.at(words, k, s.to)
  let group: Span = { from: k, to: k }
  let trigger: { span: Span; info: TriggerInfo } | null = null
  if (noun && (noun.value.victims || (noun.value.metric === 'refugees' && !lx.arabic))) {
    trigger = { span: { from: k, to: noun.end }, info: noun.value }
    if (!noun.value.victims) group = readGroup(words, k, s, lx, true)
  } else if (noun && lx.arabic && noun.value.metric === 'refugees') {
    trigger = { span: { from: k, to: noun.end }, info: noun.value }
    group = readGroup(words, k, s, lx, true)
  } else if (amount.noun) {
    group = { from: amount.core, to: amount.to }
  } else {
    group = readGroup(words, k, s, lx, false)
    // "129 détenus ont été tués": a noun of people that is also a trigger names the group when a verb follows.
    if (noun && group.to === group.from && lx.people.at(words, k, s.to)) {
      const named = readGroup(words, k, s, lx, true)
      const verb = findForward(words, named.to, s, lx)
      if (verb) {
        group = named
        trigger = verb
      }
    }
  }
  const forward = () => findForward(words, group.to, s, lx)
  const backward = () => findBackward(words, amount.from, s, lx)
  if (!trigger) trigger = lx.arabic ? (backward() ?? forward()) : (forward() ?? backward())
  let who = slice(text, words, group).toLowerCase()
  // "cinq autres blessés", "dos más", "خمسة آخرون": the group of the figure before.
  // "otros 14 resultaron heridos": "others" before the figure too.
  const othersBefore = amount.from > s.from && lx.others.at(words, amount.from - 1, amount.from)
  if ((group.to > group.from && lx.others.at(words, group.from, s.to)) || (othersBefore && !who))
    who = groups[groups.length - 1] || 'people'
  const parent = subCountParent(words, amount, s, lx, before) ?? listedSubCount(text, words, amount, last)
  // "dont 9 femmes", "بينهم 15 طفلا وأصيب 360 آخرون": a group of people after "including" is a part of the
  // figure before, whatever verb follows it; only a victim noun ("dont 12 morts") says more.
  const named =
    group.to > group.from && (lx.people.at(words, group.from, s.to) || capitalised(words[group.from], lx))
  // "dont 1 100 000 dans le territoire de Rutshuru": a bare part of the figure before, in a place it names
  // ("dont 10 dans un état grave" says how, not how many more).
  const inPlace = () =>
    findPlaces(text, words, { from: amount.to, to: Math.min(s.to, amount.to + 6) }, lx).length > 0
  if (parent && !trigger && group.to === group.from && inPlace()) {
    return {
      metric: parent.metric,
      unit: parent.unit,
      who: parent.who,
      quoteFrom: words[amount.from].start,
      quoteTo: words[amount.to - 1].end,
      trigger: null,
      parent,
    }
  }
  if (parent && named && !(noun && trigger && noun.value.victims)) {
    return {
      metric: parent.metric,
      unit: parent.unit,
      who,
      quoteFrom: words[amount.from].start,
      quoteTo: words[group.to - 1].end,
      trigger: null,
      parent,
    }
  }
  if (!trigger) {
    const tally = findTally(words, amount, s, lx)
    if (!tally) return null
    trigger = tally
  }
  const unitNoun = group.to > group.from ? lx.units.at(words, group.from, s.to) : null
  const unitKind = unitNoun?.value ?? null
  let metric: Metric
  let unit: Unit = 'people'
  const m = trigger.info.metric
  if (m === 'damage' || (m === 'affect' && (unitKind === 'homes' || unitKind === 'facilities'))) {
    if (unitKind === 'homes') metric = 'homes'
    else if (unitKind === 'facilities') metric = 'facilities'
    else if (unitKind === 'households' && /viviend|maison|منازل/.test(slice(text, words, trigger.span))) {
      metric = 'homes'
      unit = 'households'
    } else return null
    if (unit === 'people') unit = metric
  } else {
    if (unitKind === 'homes' || unitKind === 'facilities') return null
    metric = m === 'affect' ? 'affected' : m
    if (unitKind === 'households') unit = 'households'
    if (trigger.info.border && crossesBorder(text, words, trigger.span, amount, s, lx)) metric = 'refugees'
  }
  if (metric === 'injured' && illness(words, trigger.span, amount, s, lx)) return null
  // "76 resultaron heridos": a victim noun after a verb is the verb's participle; the group is carried.
  const victimNoun = trigger.info.victims && trigger.span.from <= k
  if (!who) who = victimNoun ? 'people' : groups.slice(groupsFrom).findLast((g) => g) || 'people'
  if (
    who === 'people' &&
    !trigger.info.victims &&
    group.to === group.from &&
    trigger.span.from < amount.from
  ) {
    who = 'people'
  }
  const spans = [trigger.span, group].filter((x) => x.to > x.from)
  return {
    metric,
    unit,
    who,
    quoteFrom: Math.min(...spans.map((x) => words[x.from].start)),
    quoteTo: Math.max(...spans.map((x) => words[x.to - 1].end)),
    trigger: trigger.span,
  }
}

/** The trigger after the group: "ont été tués", "sont toujours portées disparues", "نزحوا". */
function findForward(words: Word[], k: number, s: Span, lx: CompiledLexicon) {
  let limit = k + 6
  for (let j = k; j < s.to && j < limit; j++) {
    const w = words[j]
    const t = lx.triggers.at(words, j, s.to)
    if (t) return { span: { from: j, to: t.end }, info: t.value }
    // "51 personnes, dont 9 femmes et 6 enfants, ont été tuées": the sub-counts between commas are stepped over.
    const close = w.text === ',' ? subCountsEnd(words, j, s, lx) : -1
    if (close > 0) {
      limit += close - j
      j = close
      continue
    }
    if (w.mark && CLAUSE_MARKS.has(w.text)) return null
    if (w.keys.some((key) => COORDINATION.has(key))) return null
    if (lx.attributionBefore.at(words, j, s.to)) return null
    if (w.digits !== null) {
      // "Un homme de 45 ans a été tué": an age is stepped over, another figure is not.
      if (lx.notCounts.at(words, j + 1, s.to)) {
        j++
        continue
      }
      return null
    }
  }
  return null
}

/** Where ", dont … ," that opens at the comma `at` closes, or -1: the closing comma within a few words. */
function subCountsEnd(words: Word[], at: number, s: Span, lx: CompiledLexicon): number {
  if (!lx.including.at(words, at + 1, s.to)) return -1
  for (let j = at + 2; j < s.to && j < at + 14; j++) {
    if (words[j].text === ',' || words[j].text === '\u060c') return j
    if (words[j].mark) return -1
  }
  return -1
}

/** The trigger before the amount: "arrêté 87", "قتل 12", "اعتقلت القوات الأمنية 23", "coûté la vie à 17". */
function findBackward(words: Word[], from: number, s: Span, lx: CompiledLexicon) {
  for (let j = from - 1; j >= s.from && j >= from - 4; j--) {
    const w = words[j]
    if (w.mark || w.digits !== null) return null
    for (let start = Math.max(s.from, j - 4); start <= j; start++) {
      const t = lx.triggers.at(words, start, from)
      if (t && t.end === j + 1 && !t.value.victims) return { span: { from: start, to: t.end }, info: t.value }
    }
    if (w.keys.some((key) => COORDINATION.has(key))) return null
  }
  return null
}

/** "le nombre de déplacés a dépassé 2 millions", "la cifra de muertos subió a 31", "عدد النازحين … 7 ملايين". */
function findTally(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon) {
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - 8; j--) {
    if (words[j].mark) return null
    if (!lx.tallies.at(words, j, s.to)) continue
    for (let k = j + 1; k < amount.from && k <= j + 3; k++) {
      const t = lx.triggers.at(words, k, amount.from)
      if (t) return { span: { from: k, to: t.end }, info: { ...t.value, victims: true } }
    }
  }
  return null
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

/** "dont quatre enfants", "entre ellos tres menores", "بينهم 7 أطفال": the figure it is part of. */
function subCountParent(
  words: Word[],
  amount: Amount,
  s: Span,
  lx: CompiledLexicon,
  before: ExtractedClaim[],
) {
  const last = before[before.length - 1]
  if (!last) return null
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - 3; j--) {
    for (let start = Math.max(s.from, j - 2); start <= j; start++) {
      const inc = lx.including.at(words, start, amount.from)
      if (inc && inc.end === j + 1) return last
    }
    if (!words[j].mark) break
  }
  return null
}

/** "المصابين بالكوليرا", "cas de choléra": an illness named right after the trigger or the figure. */
function illness(words: Word[], trigger: Span, amount: Amount, s: Span, lx: CompiledLexicon): boolean {
  for (const from of [trigger.to, amount.to])
    for (let j = from; j < s.to && j < from + 3; j++) if (lx.illnesses.at(words, j, s.to)) return true
  return false
}

/** A nationality or a name as a group ("dont quatre Français"): a capital, in a script that has them. */
function capitalised(w: Word, lx: CompiledLexicon): boolean {
  return !lx.arabic && w.text[0] !== w.text[0].toLowerCase()
}

// Words that join the items of a list of sub-counts: "dont 9 femmes et 6 enfants", "بينهم 65 طفلا و39 سيدة".
const LIST_JOINS = new Set([',', 'et', 'y', '\u0648', '\u060c'])

/** The next item of a list of sub-counts: the amount right after the last one, joined by "et", "y", "و" or a comma. */
function listedSubCount(text: string, words: Word[], amount: Amount, last: Linked | null) {
  const parent = last?.found.parent
  if (!parent || !last) return null
  const gap = text.slice(last.found.quoteTo, words[amount.from].start).trim()
  return gap && LIST_JOINS.has(gap.toLowerCase()) ? parent : null
}

function crossesBorder(
  text: string,
  words: Word[],
  trigger: Span,
  amount: Amount,
  s: Span,
  lx: CompiledLexicon,
): boolean {
  const from = Math.max(trigger.to, amount.to)
  let to = from
  for (; to < s.to && to < from + 5; to++) {
    const w = words[to]
    if (w.mark) break
    if (/fronti|frontera|حدود|vecin|voisin|مجاور/.test(w.keys[w.keys.length - 1])) return true
  }
  const after = findPlaces(text, words, { from, to }, lx)
  return after.some((p) => p.entry.kind === 'country')
}

function isProjected(words: Word[], amount: Amount, found: Found, lx: CompiledLexicon): boolean {
  const from = Math.min(amount.from, found.trigger?.from ?? amount.from)
  const to = Math.max(amount.to, found.trigger?.to ?? amount.to)
  for (let j = Math.max(0, from - 2); j < to; j++) if (lx.projected.at(words, j)) return true
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
