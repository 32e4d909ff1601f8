// A person and their role: wire copy names an official either way round ("Achraf al-Qidra, porte-parole
// du ministère de la Santé, a déclaré", "selon Jens Laerke, porte-parole d'OCHA", "según Juan Pérez,
// portavoz de la Cruz Roja"), and the labels keep the role with its body, not the person's name.

import { capitalised } from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Span, Word } from './words.ts'

// Lower-case particles inside a person's name ("Ag Ghaly", "van der", "dos Santos", "al-Qidra").
const PARTICLES = new Set([
  'de',
  'del',
  'da',
  'das',
  'dos',
  'van',
  'von',
  'der',
  'ben',
  'bin',
  'ould',
  'ag',
  'al',
  'el',
])

/** Two to four words, each capitalised or a particle: "Jens Laerke", "Achraf al-Qidra". */
export function personLike(words: Word[], span: Span): boolean {
  const n = span.to - span.from
  if (n < 2 || n > 4 || !capitalised(words[span.from])) return false
  for (let k = span.from; k < span.to; k++) {
    const w = words[k]
    if (w.mark || w.digits !== null) return false
    if (!capitalised(w) && !PARTICLES.has(w.text) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(w.text)) return false
  }
  return true
}

/**
 * The role set off by commas after a person's name at `at` (the comma): a common noun that opens it and a
 * link to the body it serves ("porte-parole d'OCHA", "maire de Djibo"), read by `read`; else null.
 */
export function roleAt(
  words: Word[],
  at: number,
  s: Span,
  lx: CompiledLexicon,
  read: (k: number) => Span,
): Span | null {
  if (lx.arabic || words[at]?.text !== ',') return null
  const start = lx.articles.at(words, at + 1, s.to)?.end ?? at + 1
  const w = words[start]
  if (!w || w.mark || w.digits !== null || capitalised(w)) return null
  if (lx.groupStops.at(words, start, s.to) || lx.triggers.at(words, start, s.to)) return null
  const role = read(start)
  if (role.to - role.from < 3) return null
  for (let k = role.from + 1; k < role.to; k++) if (lx.nameLinks.at(words, k, role.to)) return role
  return null
}

/** Where a person set off by commas starts in [p, end): after an article and one lower-case title ("le lieutenant Marc Elongo"). */
export function personStart(words: Word[], p: number, end: number, lx: CompiledLexicon): number {
  let q = lx.articles.at(words, p, end)?.end ?? p
  if (q < end - 1 && !capitalised(words[q]) && capitalised(words[q + 1])) q++
  return q
}
