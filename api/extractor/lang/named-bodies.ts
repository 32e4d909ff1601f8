// Bodies a text names before they speak: "Les équipes de Médecins sans frontières (MSF) ont soigné 124
// blessés … Au moins 19 patients sont morts, a rapporté l'ONG", "l'ONG Alima a pris en charge 87 blessés …
// a déclaré l'organisation". A later "l'ONG" means that body, so the anaphor memory (anaphora.ts) learns it
// though it was never a source: a name with its acronym in brackets, or a capitalised name after a word that
// introduces a body ("l'ONG", "les équipes de").

import { arabicMentions } from './arabic-mentions.ts'
import { capitalised } from './attribution-forms.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Credit } from './quoted-speaker.ts'
import type { Span, Word } from './words.ts'

/**
 * The bodies sentence s names outside the sources' names (`taken`), in order; `back` reads a name ending before
 * a bracketed acronym. Arabic has no capitals to follow: its own reader (arabic-mentions.ts) finds them.
 */
export function namedBodies(
  words: Word[],
  s: Span,
  lx: CompiledLexicon,
  taken: Span[],
  read: (k: number) => Span,
  back: (end: number) => Span,
): Span[] {
  if (lx.arabic) return arabicMentions(words, s, lx, taken)
  const out: Span[] = []
  for (let j = s.from; j < s.to; j++) {
    const intro = lx.anaphorIntroducers.at(words, j, s.to)
    if (
      intro &&
      intro.end < s.to &&
      capitalised(words[intro.end]) &&
      !words[intro.end].mark &&
      subject(words, j, s, lx)
    ) {
      const name = read(intro.end)
      if (name.to > name.from) {
        out.push(name)
        j = name.to - 1
        continue
      }
    }
    if (words[j].text === '(' && j > s.from && acronymAt(words, j + 1, s)) {
      const name = back(j + 3)
      if (name.to > name.from && capitalised(words[name.from]) && subject(words, name.from, s, lx))
        out.push({ from: name.from, to: j })
    }
  }
  return out
}

/** "(MSF)", "(Minusca)", "(OIM)": one capitalised word closed by a bracket. */
function acronymAt(words: Word[], k: number, s: Span): boolean {
  const w = words[k]
  return k + 1 < s.to && !!w && !w.mark && capitalised(w) && words[k + 1].text === ')'
}

/**
 * The name at k opens a clause (the sentence, or after a comma), with its article: the body acts there.
 * "…, que responsabilizó a las Fuerzas de Apoyo Rápido (FAR)" names the accused, not a later "la organización".
 */
function subject(words: Word[], k: number, s: Span, lx: CompiledLexicon): boolean {
  let at = k
  if (at - 1 >= s.from && lx.articles.at(words, at - 1, at)) at--
  return at === s.from || words[at - 1].text === ','
}

/**
 * "Les équipes de MSF à l'hôpital de Tawila ont soigné 124 blessés": the body opening the clause acts, not the
 * place named between it and the verb. A name read back from its verb that starts after such a body, with no
 * mark but brackets between them, becomes the body.
 */
export function subjectFirst<A extends Credit>(attributions: A[], bodies: Span[], words: Word[]): A[] {
  if (bodies.length === 0) return attributions
  return attributions.map((a) => {
    if (a.carried || a.from !== a.name.from) return a
    const m = bodies.findLast((b) => b.to <= a.name.from)
    if (!m) return a
    for (let k = m.to; k < a.name.from; k++) if (words[k].mark && !BRACKETS.has(words[k].text)) return a
    return { ...a, from: m.from, name: m }
  })
}

const BRACKETS = new Set(['(', ')'])

/** "équipes de Médecins sans frontières": a body's teams speak for it; the name is the body's. */
export function teamOf(words: Word[], name: Span, lx: CompiledLexicon): Span {
  const art = lx.articles.at(words, name.from, name.to)
  const from = art ? art.end : name.from
  const intro = lx.anaphorIntroducers.at(words, from, name.to)
  const link = intro ? lx.nameLinks.at(words, intro.end - 1, intro.end) : null
  return link && intro && intro.end < name.to && capitalised(words[intro.end])
    ? { from: intro.end, to: name.to }
    : name
}
