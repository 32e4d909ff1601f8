// Two forms where the words read as a name are not the speaker: a first-person owner inside a quotation
// ("« Nos équipes ont recensé 14 décès », a déclaré l'organisation": the organisation speaks), and an outlet
// citing its source after a comma ("rapporte Radio Okapi, citant des sources locales": the sources speak).

import type { CompiledLexicon } from './lexicon.ts'
import type { Span, Word } from './words.ts'

/** An attribution as attribution.ts reads it: where it stands, the name it gives, whether it points back. */
export interface Credit extends Span {
  name: Span
  carried: boolean
}

/** "Nos équipes", "notre hôpital", "nuestros equipos": a name owned by whoever is speaking. */
export function firstPerson(words: Word[], name: Span, lx: CompiledLexicon): boolean {
  return (
    name.to > name.from &&
    lx.attributionFirstPerson.at(words, name.from, name.to) !== null &&
    quoted(words, name.from)
  )
}

const OPENING = new Set(['«', '“'])
const CLOSING = new Set(['»', '”'])

// Inside a quotation opened on the same line: "notre correspondant" in the outlet's own voice is not quoted.
function quoted(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 40; j--) {
    if (CLOSING.has(words[j].text)) return false
    if (OPENING.has(words[j].text) || words[j].text === '"') return true
    if (words[j].gap.includes('\n')) return false
  }
  return false
}

/**
 * A first-person name yields to the sentence's named speaker ("…», a déclaré l'organisation"); with none,
 * it points back to the last source, as "a-t-il ajouté" does.
 */
export function ownersToSpeaker<A extends Credit>(out: A[], words: Word[], lx: CompiledLexicon): A[] {
  const own = out.filter((a) => !a.carried && firstPerson(words, a.name, lx))
  if (own.length === 0) return out
  const others = out.some((a) => !own.includes(a))
  if (others) return out.filter((a) => !own.includes(a))
  return out.map((a) => (own.includes(a) ? { ...a, name: { from: a.from, to: a.from }, carried: true } : a))
}

/** ", citant des sources locales" after the outlet's name: where the cited source's name starts, or -1. */
export function citedAfter(words: Word[], name: Span, s: Span, lx: CompiledLexicon): number {
  if (words[name.to]?.text !== ',') return -1
  const citing = lx.attributionCitingAfter.at(words, name.to + 1, s.to)
  return citing && citing.end < s.to ? citing.end : -1
}
