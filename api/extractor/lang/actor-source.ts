// "La Fiscalía detuvo a 5 personas", "la Policía panameña arrestó a 4 presuntos traficantes": the body that
// made the arrests, named as the subject of the verb, is who the figure comes from when the sentence cites
// no one. Only verbs the lexicon lists as an authority's own acts count ("secuestró a" names a perpetrator).

import { capitalised } from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { type Span, slice, type Word } from './words.ts'

// A body's name before its verb is short: "la Policía Nacional", "la Guardia Nacional Bolivariana".
const MAX_NAME = 5

/** The capitalised subject right before an actor verb at `verb`, opened by an article, or null. */
export function actorSource(
  text: string,
  words: Word[],
  verb: Span | null,
  s: Span,
  lx: CompiledLexicon,
): string | null {
  if (!verb || lx.arabic) return null
  // "ha detenido a": an auxiliary before the trigger opens the verb.
  const at = [verb.from - 1, verb.from].find((k) => k >= s.from && lx.actorVerbs.at(words, k, s.to))
  if (at === undefined) return null
  let from = at
  // "la Policía panameña": one adjective after the name.
  const adjective = (k: number) => !words[k].mark && !capitalised(words[k]) && capitalised(words[k - 1])
  if (from - 2 >= s.from && adjective(from - 1)) from--
  const end = from
  while (from > s.from && end - from < MAX_NAME) {
    const w = words[from - 1]
    if (w.mark || w.digits !== null || lx.articles.at(words, from - 1, from)) break
    const linked = lx.nameLinks.at(words, from - 1, end) && from - 2 >= s.from && capitalised(words[from - 2])
    if (!capitalised(w) && !linked) break
    from--
  }
  if (from === end || !capitalised(words[from])) return null
  const art = from - 1 >= s.from ? lx.articles.at(words, from - 1, from) : null
  // The article opens the sentence or follows a comma: the name is the subject, not a complement.
  if (!art || !(from - 1 === s.from || words[from - 2]?.text === ',')) return null
  return slice(text, words, { from, to: at })
}
