// Linking an amount to what happened to whom: the group after it ("45 civils, dont des femmes,"), the word
// that says what happened (a victim noun right after it, a verb after its group, a verb before it as
// Arabic and "arrêté 87 manifestants" put it, or a tally: "le bilan s'élève à 47 morts"), and the figure it
// is a part of ("dont 17 enfants"). Every search here looks a fixed number of words around the amount, so
// reading stays linear in the text.

import type { Metric, Unit } from '../types.ts'
import { words as wordSet } from '../words.ts'
import type { CompiledLexicon, TriggerInfo } from './lexicon.ts'
import { type Amount, readAmount } from './numbers.ts'
import { findPlaces } from './places.ts'
import type { Found, Linked } from './report-lines.ts'
import { type Before, LIST_JOINS, listedSubCount, subCountParent } from './sub-counts.ts'
import { type Span, slice, type Word } from './words.ts'

// Commas, stops and brackets, Arabic ones too, and quotation marks: a figure's phrase ends at them.
export const CLAUSE_MARKS = wordSet(', . ; : ! ? \u060c \u061b \u061f ( ) " \u00ab \u00bb | \u00b7 \u2022')
export const COORDINATION = new Set(['et', 'y', 'ou', 'o', 'mais', 'pero', 'tandis', 'mientras'])

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
    // "300 منزل وأدت …": a word glued to "و" after the head opens the next clause.
    if (lx.arabic && j > from && words[j].keys.length > 1 && /^\u0648/.test(words[j].keys[0])) break
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

export function link(
  text: string,
  words: Word[],
  amount: Amount,
  s: Span,
  lx: CompiledLexicon,
  before: Before,
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
  // A victim noun right after the amount says what happened: "12 morts", "٩٤٨٨ قتيلاً", "12 000 déplacés";
  // not one glued to "و", which opens the next item ("الوفيات 1347 والمصابين 2295").
  const noun = gluedAnd(words[k], lx) ? null : lx.triggers.at(words, k, s.to)
  let group: Span = { from: k, to: k }
  let trigger: { span: Span; info: TriggerInfo } | null = null
  // "coûté la vie à 18 déplacés", "evacuaron a 300 desplazados": a verb right before the figure governs it,
  // and a noun of people after it that is also a victim noun is only its group.
  const governs =
    noun?.value.victims && lx.people.at(words, k, s.to) ? findBackward(words, amount.from, s, lx) : null
  if (governs && governs.span.to === amount.from) {
    trigger = governs
    group = readGroup(words, k, s, lx, true)
  } else if (noun && (noun.value.victims || (noun.value.metric === 'refugees' && !lx.arabic))) {
    trigger = { span: { from: k, to: noun.end }, info: noun.value }
    if (!noun.value.victims) group = readGroup(words, k, s, lx, true)
  } else if (noun && lx.arabic && noun.value.metric === 'refugees') {
    trigger = { span: { from: k, to: noun.end }, info: noun.value }
    group = readGroup(words, k, s, lx, true)
    // "400 لاجئ أوقفوا": refugees are the group when a verb of another metric follows them.
    const verb = findForward(words, group.to, s, lx)
    if (verb && verb.info.metric !== 'refugees' && !verb.info.victims) trigger = verb
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
  // "عدد القتلى جراء القصف على المدينة إلى 64": a tally read through its verb before any verb nearer by.
  if (!trigger && tallyVerbBefore(words, amount.from, s, lx) >= 0) trigger = findTally(words, amount, s, lx)
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
  // After an explicit "dont", "بينهم", any noun that is not a unit or a trigger names such a part too
  // ("بينهم ثلاثة بريطانيين").
  const explicit = () =>
    subCountParent(words, amount, s, lx, before) !== null &&
    !lx.units.at(words, group.from, s.to) &&
    !lx.triggers.at(words, group.from, s.to)
  // "وامرأتين", "وشاب": a noun that counts itself names its group, unless it is a unit ("ومنزلين").
  const counted = amount.noun === true && !lx.units.at(words, group.from, s.to)
  const named =
    group.to > group.from &&
    (lx.people.at(words, group.from, s.to) || capitalised(words[group.from], lx) || counted || explicit())
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
  // "يقيم 270 ألفا منهم في مدارس الأونروا": "of them" after a bare figure, and where they are, makes it a
  // part of the figure before ("حالة ثلاثة منهم خطرة" says how they are, not how many more).
  const whole = before.sentence[before.sentence.length - 1]
  const part = lx.including.at(words, k, s.to)
  if (
    !trigger &&
    !parent &&
    whole &&
    group.to === group.from &&
    part &&
    lx.attributionPlaceLinks.at(words, part.end, s.to)
  ) {
    return {
      metric: whole.metric,
      unit: whole.unit,
      who: whole.who,
      quoteFrom: words[amount.from].start,
      quoteTo: words[k].end,
      trigger: null,
      parent: whole,
    }
  }
  let shared = false
  if (!trigger) {
    const verb = sharedVerb(words, amount, lx, last)
    shared = verb !== null
    const tally = verb ?? findTally(words, amount, s, lx)
    if (!tally) return null
    trigger = tally
  }
  // "عبر 1700 شخص" is people crossing; "عبر 3 معابر" is a preposition before some other count.
  const leading = lx.lex.leadingTriggers?.includes(trigger.info)
  if (
    leading &&
    group.to > group.from &&
    !lx.people.at(words, group.from, s.to) &&
    !lx.others.at(words, group.from, s.to)
  )
    return null
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
    } else if (!unitKind && group.to === group.from && sameSentence(last, s) && isBuilt(last)) {
      // "11.500 viviendas con daños parciales y 230 con pérdida total": the bare second figure counts the same.
      metric = last.found.metric === 'homes' ? 'homes' : 'facilities'
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
  const spans = [shared ? { from: amount.from, to: amount.to } : trigger.span, group].filter(
    (x) => x.to > x.from,
  )
  return {
    metric,
    unit,
    who,
    quoteFrom: Math.min(...spans.map((x) => words[x.from].start)),
    quoteTo: Math.max(...spans.map((x) => words[x.to - 1].end)),
    trigger: trigger.span,
  }
}

const sameSentence = (last: Linked | null, s: Span): last is Linked =>
  last !== null && last.amount.from >= s.from && last.amount.to <= s.to
const isBuilt = (last: Linked) => last.found.unit === 'homes' || last.found.unit === 'facilities'

/** An Arabic word with "و" glued on: "والمصابين". */
function gluedAnd(w: Word | undefined, lx: CompiledLexicon): boolean {
  return !!w && lx.arabic && w.keys.length > 1 && /^\u0648/.test(w.keys[0])
}

/** The trigger after the group: "ont été tués", "sont toujours portées disparues", "نزحوا". */
function findForward(words: Word[], k: number, s: Span, lx: CompiledLexicon) {
  let limit = k + 6
  let hopped = false
  for (let j = k; j < s.to && j < limit; j++) {
    const w = words[j]
    const t = lx.triggers.at(words, j, s.to)
    // "مصرع 47 شخصا وإصابة المئات": a trigger glued to "و" before a figure of its own opens the next item.
    if (t && gluedAnd(w, lx) && t.end < s.to && readAmount(words, t.end, s.to, lx)) return null
    if (t) return t.value.metric === 'affect' ? (stronger(words, t.end, s, lx) ?? found(j, t)) : found(j, t)
    // "six soldats et deux civils ont péri", "100.000 libaneses y sirios cruzaron": a coordinated group
    // shares the verb that follows it; once, and not when the second figure has a victim noun of its own.
    if (!hopped && w.keys.some((key) => COORDINATION.has(key))) {
      const next = coordinated(words, j + 1, s, lx)
      if (next > 0) {
        hopped = true
        limit = next + 4
        j = next - 1
        continue
      }
    }
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
      // The word after is still read: "permanecen en 26 refugios" says where the people are.
      if (lx.notCounts.at(words, j + 1, s.to)) continue
      return null
    }
  }
  return null
}

const found = (j: number, t: { end: number; value: TriggerInfo }) => ({
  span: { from: j, to: t.end },
  info: t.value,
})

/** "4 800 ménages sinistrés sont hébergés": a trigger of another metric soon after "affected" is the one. */
function stronger(words: Word[], from: number, s: Span, lx: CompiledLexicon) {
  for (let j = from; j < s.to && j < from + 4; j++) {
    if (words[j].mark || words[j].digits !== null) return null
    const t = lx.triggers.at(words, j, s.to)
    if (t && t.value.metric !== 'affect') return found(j, t)
  }
  return null
}

/** Where the group coordinated at `at` ends ("deux civils", "sirios"), or -1 when none stands there. */
function coordinated(words: Word[], at: number, s: Span, lx: CompiledLexicon): number {
  let k = at
  const w = words[k]
  if (!w || w.mark) return -1
  const amount =
    w.digits !== null || lx.numberWords.at(words, k, s.to) ? readAmount(words, k, s.to, lx) : null
  if (amount) k = amount.to
  if (k < s.to && lx.triggers.at(words, k, s.to)?.value.victims) return -1
  const group = readGroup(words, k, s, lx, false)
  if (group.to === group.from) return -1
  // Without a figure of its own, the second group is a noun of people or a name ("libaneses y sirios").
  if (!amount && !lx.people.at(words, k, s.to) && !capitalised(words[k], lx) && !lx.arabic) {
    const plural = /s$/.test(words[k].text) && words[k - 2] && /s$/.test(words[k - 2].text)
    if (!plural) return -1
  }
  return group.to
}

/** Where ", dont … ," that opens at the comma `at` closes, or -1: the closing comma within a few words. */
function subCountsEnd(words: Word[], at: number, s: Span, lx: CompiledLexicon): number {
  // ", soit 90 % de la population,", ", es decir el 5 %,": an aside is stepped over as the sub-counts are.
  if (!lx.including.at(words, at + 1, s.to) && !lx.asides.at(words, at + 1, s.to)) return -1
  for (let j = at + 2; j < s.to && j < at + 14; j++) {
    if (words[j].text === ',' || words[j].text === '\u060c') return j
    if (words[j].mark && words[j].text !== '%') return -1
  }
  return -1
}

/** The trigger before the amount: "arrêté 87", "قتل 12", "اعتقلت القوات الأمنية 23", "coûté la vie à 17". */
export function findBackward(words: Word[], from: number, s: Span, lx: CompiledLexicon) {
  for (let start = Math.max(s.from, from - 2); start < from; start++) {
    const t = lx.leadingTriggers.at(words, start, from)
    if (t?.end === from) return found(start, t)
  }
  for (let j = from - 1; j >= s.from && j >= from - 4; j--) {
    const w = words[j]
    if (w.mark || w.digits !== null) return null
    for (let start = Math.max(s.from, j - 4); start <= j; start++) {
      const t = lx.triggers.at(words, start, from)
      // A victim noun only right before the figure, as Arabic puts one: "جثث خمسة مهاجرين", "عدد القتلى 500".
      const adjacent = lx.arabic && t?.end === from
      if (t && t.end === j + 1 && (!t.value.victims || adjacent))
        return { span: { from: start, to: t.end }, info: t.value }
    }
    if (w.keys.some((key) => COORDINATION.has(key))) return null
  }
  return null
}

/** "le nombre de déplacés a dépassé 2 millions", "la cifra de muertos subió a 31", "عدد النازحين … 7 ملايين". */
function findTally(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon) {
  // "s'élève à", "asciende a", "ارتفع إلى" right before the figure: the tally noun may stand further back,
  // or the victim noun itself may stand right before the verb ("والمصابين إلى 2295").
  const verb = tallyVerbBefore(words, amount.from, s, lx)
  if (verb >= 0) {
    for (let start = Math.max(s.from, verb - 3); start < verb; start++) {
      const t = lx.triggers.at(words, start, verb)
      if (t && t.end === verb && t.value.victims) return found(start, t)
    }
    // "Los desplazados por las inundaciones en la Costa Chica suman unas 6.000": the subject's victim noun,
    // after its article, further back.
    for (let j = verb - 1; j > s.from && j >= verb - 10; j--) {
      if (words[j].mark || words[j].digits !== null) break
      const t = lx.triggers.at(words, j, verb)
      if (t?.value.victims && lx.articles.at(words, j - 1, j)) return found(j, t)
    }
  }
  const reach = verb >= 0 ? 20 : 8
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - reach; j--) {
    if (words[j].mark) return null
    if (!lx.tallies.at(words, j, s.to)) continue
    for (let k = j + 1; k < amount.from && k <= j + 3; k++) {
      const t = lx.triggers.at(words, k, amount.from)
      if (t) return { span: { from: k, to: t.end }, info: { ...t.value, victims: true } }
    }
  }
  return null
}

/** Where a tally verb ending at most two words before `from` starts ("supera ya las 21.000"), or -1. */
function tallyVerbBefore(words: Word[], from: number, s: Span, lx: CompiledLexicon): number {
  for (let start = from - 1; start >= s.from && start >= from - 6; start--) {
    if (words[start].mark) return -1
    const v = lx.tallyVerbs.at(words, start, from) ?? lx.exceeded.at(words, start, from)
    if (v && v.end >= from - 2) return start
  }
  return -1
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

/**
 * "Ont été tués 12 soldats et 3 supplétifs", "دمرت الغارات 150 منزلا بشكل كامل و12 مدرسة": the verb before
 * the figure before governs a figure joined to it by "et", "y", "و" or a comma, a few words on at most.
 */
function sharedVerb(words: Word[], amount: Amount, lx: CompiledLexicon, last: Linked | null) {
  const t = last?.found.trigger
  if (!last || !t || t.to > last.amount.from || last.found.parent) return null
  let j = amount.from - 1
  const gluedJoin = lx.arabic && /^\u0648/.test(words[amount.from].text)
  // "la muerte de 2 agentes y de 5 pandilleros": the link repeated after the join.
  const repeated = !LIST_JOINS.has(words[j]?.keys[0] ?? '') && lx.nameLinks.at(words, j, amount.from)
  if (!gluedJoin && j > 0 && repeated && repeated.end === amount.from) j--
  if (!gluedJoin && !LIST_JOINS.has(words[j]?.keys[0] ?? '')) return null
  if (!gluedJoin) j--
  for (let n = 0; words[j] && words[j].end > last.found.quoteTo; j--, n++)
    if (n >= 3 || words[j].mark || words[j].digits !== null || lx.triggers.at(words, j)) return null
  const info = lx.triggers.at(words, t.from)
  return info ? { span: t, info: info.value } : null
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
  for (; to < s.to && to < from + (lx.arabic ? 8 : 5); to++) {
    const w = words[to]
    if (w.mark) break
    if (/fronti|frontera|حدود|vecin|voisin|مجاور/.test(w.keys[w.keys.length - 1])) return true
  }
  const after = findPlaces(text, words, { from, to }, lx)
  // "huyeron de Sudán del Sur": the country left is no crossing; "de Sudán a Chad" crosses into Chad.
  const left = (p: { from: number }) => lx.fledFrom.at(words, p.from - 1, p.from) !== null
  return after.some((p) => p.entry.kind === 'country' && !left(p))
}
