// Wire copy names its source once and carries it: "…, a indiqué à l'AFP un élu local. Une vingtaine de
// blessés ont été évacués, a-t-il précisé. Selon la même source, …". The reader keeps the last source named,
// one value updated sentence by sentence, so a pointing-back attribution costs nothing however long the text.

import { antecedent, type NamesSoFar, namesSoFar, remember } from './anaphora.ts'
import { type Attribution, nameText } from './attribution.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Span, Word } from './words.ts'

/** The last source a text has named so far. */
export interface SourceMemory {
  last: string | null
  /** Arabic: the body that cited the last source ("نقلت المنظمة عن ناجين"), if it is feminine. */
  citer?: string | null
  /** Every name given so far, for a later "l'organisation", "الوزير" or surname (lang/anaphora.ts). */
  names?: NamesSoFar
}

/**
 * Each attribution's source, in order: a named one is its own name and becomes the last source; one that
 * points back ("la même source", "وأضاف") is the last source named before it, in this sentence or earlier.
 */
export function resolveSources(
  text: string,
  words: Word[],
  attributions: Attribution[],
  lx: CompiledLexicon,
  memory: SourceMemory,
  mentions: Span[] = [],
): (string | null)[] {
  const order = attributions.map((_, i) => i).sort((a, b) => attributions[a].from - attributions[b].from)
  const out: (string | null)[] = new Array(attributions.length).fill(null)
  let m = 0
  // A body named before an attribution, without speaking, is remembered for an epithet there (named-bodies.ts).
  const mention = (until: number) => {
    for (; m < mentions.length && mentions[m].from < until; m++) {
      memory.names ??= namesSoFar()
      if (antecedent(words, mentions[m], lx, memory.names)) continue
      remember(words, mentions[m], nameText(text, words, mentions[m], lx), lx, memory.names)
    }
  }
  for (const i of order) {
    const a = attributions[i]
    mention(a.from)
    if (a.carried) out[i] = lx.arabic && memory.citer && feminine(words[a.from]) ? memory.citer : memory.last
    else {
      memory.names ??= namesSoFar()
      const names = memory.names
      const earlier = antecedent(words, a.name, lx, names)
      out[i] = earlier ?? nameText(text, words, a.name, lx)
      if (!earlier) remember(words, a.name, out[i] as string, lx, names)
      memory.last = out[i]
      memory.citer = null
      // "ونقلت المنظمة عن ناجين قولهم …، وأضافت": a feminine verb goes back to a feminine body that cited
      // people, not to the people.
      if (lx.arabic && a.citer && feminineName(words, a.citer) && !feminineName(words, a.name))
        memory.citer = antecedent(words, a.citer, lx, names) ?? nameText(text, words, a.citer, lx)
    }
  }
  mention(Number.POSITIVE_INFINITY)
  return out
}

// A past verb with the feminine ending (أضافت، تابعت), a noun with ة: the agreement Arabic marks.
const feminine = (w: Word) => /\u062a$/.test(w.text)
const feminineName = (words: Word[], name: Span) => /\u0629$/.test(words[name.from]?.text ?? '')

/**
 * "Le bilan a été livré dimanche par le président de la société civile", "Ces chiffres ont été fournis par
 * l'OCHA": a sentence that opens on the document names the source of the figures just before it.
 */
export function creditsBack(words: Word[], s: Span, lx: CompiledLexicon): boolean {
  const opener = lx.articles.at(words, s.from, s.to) ?? lx.attributionCarry.at(words, s.from, s.to)
  return lx.attributionDocuments.at(words, opener ? opener.end : s.from, s.to) !== null
}
