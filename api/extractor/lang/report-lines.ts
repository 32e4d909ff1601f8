// Report shapes in French, Spanish and Arabic, where a figure's words are not a sentence: the label of a
// key-figures line before its colon ("Fallecidos: 219", "النازحون داخليا: 10.7 مليون"), and the bare
// figures of a list that say what they count once, in the first item ("Alta Verapaz: 1.024 personas
// albergadas | Izabal: 836 | Petén: 412").

import type { ExtractedClaim, Metric, Unit } from '../types.ts'
import { ITEM_MARKS as LIST_MARKS } from '../words.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Amount } from './numbers.ts'
import type { Span, Word } from './words.ts'

/** What an amount was linked to: metric, unit, group and the words the quote spans. */
export interface Found {
  metric: Metric
  unit: Unit
  who: string
  quoteFrom: number
  quoteTo: number
  trigger: Span | null
  /** For a sub-count ("dont 9 femmes"), the figure it is part of. */
  parent?: ExtractedClaim
}

export interface Linked {
  amount: Amount
  found: Found
}

// Marks that part the items of a line: a list's (the Arabic semicolon among them).
const ITEM_MARKS = new Set([...LIST_MARKS, '\u061b'])
const MAX_LABEL = 8

/** Metric and unit of a trigger on a counted noun, as the sentence reader resolves them; null when none fits. */
export function resolve(
  metric: string,
  unitKind: 'households' | 'homes' | 'facilities' | null,
): { metric: Metric; unit: Unit } | null {
  if (metric === 'damage' || (metric === 'affect' && (unitKind === 'homes' || unitKind === 'facilities'))) {
    if (unitKind === 'homes' || unitKind === 'facilities') return { metric: unitKind, unit: unitKind }
    return null
  }
  if (unitKind === 'homes' || unitKind === 'facilities') return null
  return {
    metric: metric === 'affect' ? 'affected' : (metric as Metric),
    unit: unitKind === 'households' ? 'households' : 'people',
  }
}

/**
 * "Fallecidos: 219", "Viviendas dañadas: más de 30.000": the label before the colon says what the figure
 * counts. So does a label run along a line without a colon ("Morts 62 · Blessés 46", "القتلى 58"), when the
 * figure ends its item.
 */
export function labelLink(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon): Found | null {
  const colon = amount.from - 1
  if (colon <= s.from) return null
  const bare = words[colon].text !== ':'
  if (bare && !endsItem(words, amount.to, s)) return null
  const end = bare ? amount.from : colon
  let from = end
  while (
    from > s.from &&
    end - from < MAX_LABEL &&
    !words[from].gap.includes('\n') &&
    !(
      words[from - 1].mark &&
      (ITEM_MARKS.has(words[from - 1].text) || (bare && words[from - 1].text === ':'))
    )
  )
    from--
  // A bare label is the whole item: nothing before it on its line but a mark.
  if (bare && (from === end || words.slice(from, end).some((w) => w.mark || w.digits !== null))) return null
  // "… arrivés depuis avril 2023": a year that ends a label's line is its date, not a figure.
  const year = amount.low >= 1900 && amount.low <= 2100 && amount.to === amount.from + 1
  if (bare && (year || words.slice(from, end).some((_w, k) => lx.sinceMarkers.at(words, from + k, end))))
    return null
  // The counted noun comes before any preposition: in "Personnes hébergées dans des écoles" the schools
  // are where the people are, not what is counted.
  let unitKind: 'households' | 'homes' | 'facilities' | null = null
  for (let j = from; j < end && !unitKind && !lx.groupStops.at(words, j, end); j++)
    unitKind = lx.units.at(words, j, end)?.value ?? null
  for (let j = from; j < end; j++) {
    const t = lx.triggers.at(words, j, end)
    if (!t) continue
    const r = resolve(t.value.metric, unitKind)
    if (!r) return null
    // "عدد المصابين بالكوليرا … تجاوز 300 ألف": patients of an illness are not people injured.
    if (r.metric === 'injured' && words.slice(j, end).some((_w, k) => lx.illnesses.at(words, j + k, end)))
      return null
    const person = lx.people.at(words, from, end) ? words[from].text.toLowerCase() : 'people'
    const who = unitKind && unitKind !== 'households' ? words[from].text.toLowerCase() : person
    return {
      ...r,
      who,
      quoteFrom: words[from].start,
      quoteTo: words[amount.to - 1].end,
      trigger: { from: j, to: t.end },
    }
  }
  return null
}

/** Word k closes an item: the line or sentence ends there, or a list mark stands there. */
function endsItem(words: Word[], k: number, s: Span): boolean {
  if (k >= s.to) return true
  const w = words[k]
  return w.gap.includes('\n') || (w.mark && (ITEM_MARKS.has(w.text) || w.text === '.'))
}

/**
 * "Izabal: 836" after "Alta Verapaz: 1.024 personas albergadas |": a bare figure in the next item of a list
 * counts what the item before counted. Only a figure that ends its item (no noun of its own) is carried.
 */
export function carried(words: Word[], amount: Amount, s: Span, last: Linked | null): Found | null {
  if (!last) return null
  let parted = false
  for (let j = last.amount.to; j < amount.from; j++) {
    const w = words[j]
    if (w.digits !== null) return null
    if (w.mark && ITEM_MARKS.has(w.text)) parted = true
  }
  if (!parted) return null
  const next = words[amount.to]
  const ends = amount.to >= s.to || (next.mark && (ITEM_MARKS.has(next.text) || next.text === '.'))
  if (!ends) return null
  const { metric, unit, who } = last.found
  return {
    metric,
    unit,
    who,
    quoteFrom: words[amount.from].start,
    quoteTo: words[amount.to - 1].end,
    trigger: null,
  }
}

/**
 * "نزوح نحو 6,230 أسرة (حوالي 31,150 شخصاً)", "1 200 ménages (6 000 personnes)": the people a household
 * count stands for, in brackets right after it, count what it counts.
 */
export function inPersons(
  words: Word[],
  amount: Amount,
  s: Span,
  lx: CompiledLexicon,
  last: Linked | null,
): Found | null {
  if (last?.found.unit !== 'households' || last.amount.from < s.from) return null
  const open = amount.from - 1
  if (open < last.amount.to || words[open].text !== '(') return null
  // Between them only the words of the count's own phrase ("ménages ont été déplacés"), or two words.
  for (let j = last.amount.to; j < open; j++) {
    if (words[j].mark || words[j].digits !== null) return null
    if (j - last.amount.to >= 2 && words[j].end > last.found.quoteTo) return null
  }
  const noun = lx.people.at(words, amount.to, s.to)
  if (!noun) return null
  return {
    metric: last.found.metric,
    unit: 'people',
    who: words[amount.to].text.toLowerCase(),
    quoteFrom: words[amount.from].start,
    quoteTo: words[noun.end - 1].end,
    trigger: null,
  }
}
