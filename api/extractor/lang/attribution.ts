// Who gives a figure in French, Spanish and Arabic: the attribution phrases of a sentence ("selon l'OCHA",
// "a indiqué la police", "قال الجيش"), the source's name they hold, and the one nearest a figure.

import type { CompiledLexicon } from './lexicon.ts'
import type { Amount } from './numbers.ts'
import { readAmount } from './numbers.ts'
import { type Span, slice, type Word } from './words.ts'

export interface Attribution extends Span {
  /** The source's words. */
  name: Span
}

export function nearest(attributions: Attribution[], amount: Amount): Attribution | null {
  let best: Attribution | null = null
  let dist = Number.POSITIVE_INFINITY
  for (const a of attributions) {
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
    const before = lx.attributionBefore.at(words, j, s.to)
    if (before) {
      let k = before.end
      const verb = lx.attributionVerbs.at(words, k, s.to)
      if (verb) k = verb.end
      k = afterDocument(words, k, s, lx)
      const name = readName(words, k, s, lx)
      if (name.to > name.from) {
        out.push({ from: j, to: name.to, name })
        j = name.to - 1
      }
      continue
    }
    const verb = lx.attributionVerbs.at(words, j, s.to)
    if (!verb) continue
    let at = verb.end
    for (let b = lx.attributionBetween.at(words, at, s.to); b; b = lx.attributionBetween.at(words, at, s.to))
      at = b.end
    const after = readName(words, at, s, lx)
    // ", informó la policía.": a noun of people closing the clause is the body that speaks.
    const closes = after.to >= s.to || words[after.to].mark
    const named = after.to > after.from && (closes || !lx.people.at(words, after.from, s.to))
    if (named || (after.to > after.from && lx.arabic)) {
      out.push({ from: j, to: after.to, name: after })
      j = after.to - 1
      continue
    }
    const back = readNameBack(words, j, s, lx)
    if (back.to > back.from) out.push({ from: back.from, to: verb.end, name: back })
  }
  return out
}

/** The source's words from k: "le Haut-Commissariat des Nations unies pour les réfugiés". */
function readName(words: Word[], k: number, s: Span, lx: CompiledLexicon): Span {
  let from = k
  const art = lx.articles.at(words, from, s.to)
  if (art) from = art.end
  let j = from
  const max = lx.arabic ? 6 : 12
  while (j < s.to && j - from < max) {
    const w = words[j]
    if (w.mark || w.digits !== null || w.gap.includes('\n')) break
    // "Les autorités reconnaissent neuf morts", "أعلنت الوزارة ارتفاع حصيلة …": a figure or a tally ends it.
    if (figureAt(words, j, s, lx) || lx.tallies.at(words, j, s.to)) break
    if (lx.attributionVerbs.at(words, j, s.to) || lx.qualifiers.at(words, j, s.to)) break
    // A capital keeps a word in a name it would otherwise end ("Médicos Sin Fronteras").
    const capital = !lx.arabic && j > from && w.text[0] !== w.text[0].toLowerCase()
    if (!capital && lx.groupStops.at(words, j, s.to) && !lx.nameLinks.at(words, j, s.to)) break
    if (j === from && lx.nameLinks.at(words, j, s.to)) break
    const t = lx.triggers.at(words, j, s.to)
    if (t && t.value.metric !== 'refugees' && t.value.metric !== 'affect') break
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

/** "selon le dernier bulletin de l'OCHA", "según el último balance del Centro": the body behind the document. */
function afterDocument(words: Word[], k: number, s: Span, lx: CompiledLexicon): number {
  const art = lx.articles.at(words, k, s.to)
  const doc = lx.attributionDocuments.at(words, art ? art.end : k, s.to)
  const link = doc ? lx.nameLinks.at(words, doc.end, s.to) : null
  return link && link.end < s.to ? link.end : k
}

/** A figure starts at j: "neuf", "2 000"; not the article "une" of "une source militaire". */
function figureAt(words: Word[], j: number, s: Span, lx: CompiledLexicon): boolean {
  const amount = readAmount(words, j, s.to, lx)
  return amount !== null && (amount.low > 1 || words[amount.core].digits !== null)
}

/** The source before its verb: "La policía informó que", "L'armée a annoncé avoir", "des sources locales parlent de". */
function readNameBack(words: Word[], verbAt: number, s: Span, lx: CompiledLexicon): Span {
  // "que también contabiliza": adverbs before the verb are not the name.
  while (verbAt > s.from && lx.attributionBetween.at(words, verbAt - 1, verbAt)) verbAt--
  let from = verbAt
  while (from > s.from && verbAt - from < 8) {
    const w = words[from - 1]
    // "Le Haut-Commissariat aux droits de l'homme a confirmé": an article after "de" is inside the name.
    const inner = from - 2 > s.from && lx.nameLinks.at(words, from - 2, from - 1) && from < verbAt
    if (inner && lx.articles.at(words, from - 1, verbAt)) {
      from -= 2
      continue
    }
    if (w.mark || w.digits !== null || lx.articles.at(words, from - 1, verbAt)) break
    if (lx.groupStops.at(words, from - 1, verbAt) && !lx.nameLinks.at(words, from - 1, verbAt)) break
    if (lx.triggers.at(words, from - 1, verbAt)) break
    from--
  }
  while (from < verbAt && lx.nameLinks.at(words, from, verbAt)) from++
  return { from, to: verbAt }
}

export function nameText(text: string, words: Word[], name: Span, lx: CompiledLexicon): string {
  let from = name.from
  while (from < name.to - 1 && lx.articles.at(words, from, name.to))
    from = lx.articles.at(words, from, name.to)?.end ?? from + 1
  const written = slice(text, words, { from, to: name.to })
  // "وفقا للمنظمة الدولية": the name is "المنظمة الدولية", without the preposition glued to it.
  if (lx.arabic && written.startsWith('\u0644\u0644')) return `\u0627${written.slice(1)}`
  return written
}

/**
 * The start of the period as a date, read by the English date reader from the phrase put in English word
 * by word ("fin avril" -> "since late April", "منذ أواخر نيسان/أبريل" -> "since late April").
 */
