// The start of a figure's period in French, Spanish and Arabic ("depuis fin avril", "desde el 15 de
// marzo", "منذ أواخر نيسان/أبريل"), read as written and then as a date.

import { findSince as findEnglishSince, parseIso } from '../dates.ts'
import { tokenize } from '../tokens.ts'
import type { CompiledLexicon } from './lexicon.ts'
import { type Span, slice, type Word } from './words.ts'

export function resolveSince(
  words: Word[],
  since: Span & { text: string },
  lx: CompiledLexicon,
  published: string | null,
): string | null {
  const pub = parseIso(published)
  if (!pub) return null
  const english: string[] = []
  for (let j = since.from; j < since.to; ) {
    const m = lx.sinceEnglish.at(words, j, since.to)
    if (m) {
      if (english[english.length - 1] !== m.value) english.push(m.value)
      j = m.end
      continue
    }
    if (words[j].digits !== null) english.push(words[j].digits as string)
    j++
  }
  if (english.length === 0) return null
  const phrase = `since ${english.join(' ')}`
  const tokens = tokenize(phrase)
  const found = findEnglishSince(
    tokens,
    tokens.map((t) => t.low),
    0,
    tokens.length,
    pub,
  )
  return found[0]?.date ?? null
}

/** "depuis fin avril", "desde el 15 de marzo", "منذ أواخر نيسان/أبريل": the period as written. */
export function findSince(
  text: string,
  words: Word[],
  s: Span,
  lx: CompiledLexicon,
): (Span & { text: string }) | null {
  for (let j = s.from; j < s.to; j++) {
    const m = lx.sinceMarkers.at(words, j, s.to)
    if (!m) continue
    let k = m.end
    while (k < s.to) {
      const w = words[k]
      if (w.digits === null && !lx.sinceWords.at(words, k, s.to)) break
      if (w.gap.includes('\n')) break
      k++
    }
    // Trailing links ("de", "/") and a leading article before a word ("le début") are not the period.
    while (
      k > m.end &&
      (words[k - 1].text === '/' ||
        lx.nameLinks.at(words, k - 1, k) ||
        /^(de|del|du)$/.test(words[k - 1].keys[0]))
    )
      k--
    let from = m.end
    const art =
      lx.articles.at(words, from, k) ??
      (/^(le|la|l'|el)$/.test(words[from]?.keys[0] ?? '') ? { end: from + 1 } : null)
    if (art && art.end < k && words[art.end].digits === null) from = art.end
    if (k > from) return { from: m.end, to: k, text: slice(text, words, { from, to: k }) }
  }
  return null
}
