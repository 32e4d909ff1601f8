// Sub-counts: a figure that is a part of one given before it ("51 morts, dont 9 femmes", "entre ellos tres
// menores", "بينهم 7 أطفال"), in the same sentence or, after a clause that opens on "among" ("Parmi les
// victimes figurent sept femmes", "Entre los heridos hay dos suboficiales"), in the sentence before.

import type { ExtractedClaim } from '../types.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Amount } from './numbers.ts'
import type { Linked } from './report-lines.ts'
import type { Span, Word } from './words.ts'

/** The claims read before an amount: in its sentence, and in the text before that sentence. */
export interface Before {
  sentence: ExtractedClaim[]
  text: ExtractedClaim[]
}

// How many claims back a clause opening on "among" looks for the figure it breaks down.
const AMONG_REACH = 8

/** "dont quatre enfants", "entre ellos tres menores", "بينهم 7 أطفال": the figure it is part of. */
export function subCountParent(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon, before: Before) {
  const last = before.sentence[before.sentence.length - 1]
  if (last) {
    for (let j = amount.from - 1; j >= s.from && j >= amount.from - 3; j--) {
      for (let start = Math.max(s.from, j - 2); start <= j; start++) {
        const inc = lx.including.at(words, start, amount.from)
        if (inc && inc.end === j + 1) return ownVerb(words, start, last, lx) ? null : last
      }
      if (!words[j].mark) break
    }
  }
  return amongParent(words, amount, s, lx, before)
}

/** "أصيب 143، توفي منهم 12": a verb of another metric right before "of them" says what befell the part. */
function ownVerb(words: Word[], inc: number, parent: ExtractedClaim, lx: CompiledLexicon): boolean {
  const t = inc > 0 ? lx.triggers.at(words, inc - 1, inc) : null
  return t !== null && !t.value.victims && t.value.metric !== parent.metric
}

/**
 * "Parmi les victimes figurent sept femmes", "Entre los fallecidos hay 9 menores": "among" heads the clause
 * and a few words without a figure lead to the amount. A victim noun there picks the last figure of its
 * metric ("los fallecidos" the dead, not the missing named since); another noun, the last figure.
 */
function amongParent(words: Word[], amount: Amount, s: Span, lx: CompiledLexicon, before: Before) {
  for (let j = amount.from - 1; j >= s.from && j >= amount.from - 5; j--) {
    const w = words[j]
    if (w.mark || w.digits !== null) return null
    const inc = lx.including.at(words, j, amount.from)
    if (!inc) continue
    // Only at the head of its sentence: ", entre ellas tres futbolistas" after another figure is not this.
    if (j > s.from) return null
    let metric: string | null = null
    for (let k = inc.end; k < amount.from && metric === null; k++)
      metric = lx.triggers.at(words, k, amount.from)?.value.metric ?? null
    return lastOf(before, metric)
  }
  return null
}

function lastOf(before: Before, metric: string | null): ExtractedClaim | null {
  let seen = 0
  for (const list of [before.sentence, before.text])
    for (let i = list.length - 1; i >= 0 && seen < AMONG_REACH; i--, seen++)
      if (metric === null || list[i].metric === metric) return list[i]
  return null
}

// Words that join the items of a list of sub-counts: "dont 9 femmes et 6 enfants", "بينهم 65 طفلا و39 سيدة".
export const LIST_JOINS = new Set([',', 'et', 'y', '\u0648', '\u060c'])

/** The next item of a list of sub-counts: the amount right after the last one, joined by "et", "y", "و" or a comma. */
export function listedSubCount(text: string, words: Word[], amount: Amount, last: Linked | null) {
  const parent = last?.found.parent
  if (!parent || !last) return null
  const gap = text.slice(last.found.quoteTo, words[amount.from].start).trim()
  // "بينهم 4 أطفال وسيدة": the Arabic و glued to a noun that counts itself joins it to the list.
  const glued = gap === '' && amount.noun === true && words[amount.from].text.startsWith('\u0648')
  return glued || (gap && LIST_JOINS.has(gap.toLowerCase())) ? parent : null
}
