// A body may be named before it speaks, and then speak as an epithet: "مركز إيواء تابع للأونروا … بحسب الوكالة
// الأممية", "تعمل فرق المنظمة الدولية للهجرة … وبحسب بيانات المنظمة الأممية". The epithet means that body, so
// the reader remembers such names (anaphora.ts) without making them a source. Arabic only: French and Spanish
// bodies carry capitals (named-bodies.ts).

import type { CompiledLexicon } from './lexicon.ts'
import { articled, type Span, type Word } from './words.ts'

/** Bodies named in sentence s outside the attributions' names: a body noun in a name, or a name after "تابع". */
export function arabicMentions(words: Word[], s: Span, lx: CompiledLexicon, taken: Span[]): Span[] {
  const out: Span[] = []
  for (let j = s.from; j < s.to; j++) {
    if (taken.some((t) => j >= t.from && j < t.to)) continue
    const owner = lx.anaphorIntroducers.at(words, j, s.to)
    const at = owner ? owner.end : j
    const head = lx.anaphorHeads.at(words, at, at + 1) !== null
    if (!owner && !head) continue
    // "تابع للأونروا": the owner's ل opens the name; a body noun needs a word after it ("منظمة الأمم", "المنظمة
    // الدولية"), else it is itself an epithet.
    if (owner && !(at < s.to && words[at].keys[0].startsWith('\u0644'))) continue
    const to = chainEnd(words, at + 1, s)
    if (to === at + 1 && (head || !articled(words[at]))) continue
    out.push({ from: at, to })
    j = to - 1
  }
  return out
}

/**
 * Where a body's name ends: its words in construct and its adjectives carry the article ("الأمم المتحدة",
 * "الدولية"), its complements are glued to ل ("للهجرة", "لتنسيق الشؤون"), a coordinated one to و before the
 * article ("لإغاثة وتشغيل اللاجئين"). Anything else is the clause going on ("منظمة اليونيسف مراكز …").
 */
function chainEnd(words: Word[], k: number, s: Span): number {
  while (k < s.to) {
    const w = words[k]
    if (w.mark || w.digits !== null) break
    const glued = w.keys[0].startsWith('\u0644')
    const joined = w.text.startsWith('\u0648') && k + 1 < s.to && articled(words[k + 1]) && glued === false
    if (!articled(w) && !glued && !(joined && k > 0 && words[k - 1].keys[0].startsWith('\u0644'))) break
    k++
  }
  return k
}
