// Places named in French, Spanish or Arabic text, looked up in the gazetteer (which holds their names in
// those languages, see ../gazetteer/i18n.ts). Latin-script names start with a capital; Arabic ones are
// tried at every word, with the word's clitics taken off ("وإدلب", "بغزة").

import {
  isForeignPlace,
  isForeignPrefix,
  isTextPlace,
  lookupPlaceAnyLanguage,
  type PlaceEntry,
  placeKey,
} from '../gazetteer/index.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Word } from './words.ts'

export interface LangPlace {
  from: number
  to: number
  /** As written. */
  text: string
  entry: PlaceEntry
  /** The spelling it was found under. */
  key: string
}

const MAX_WORDS = 5

export function findPlaces(
  text: string,
  words: Word[],
  s: { from: number; to: number },
  lx: CompiledLexicon,
  prefer: string | null = null,
): LangPlace[] {
  const out: LangPlace[] = []
  for (let j = s.from; j < s.to; j++) {
    const w = words[j]
    if (w.mark || w.digits !== null) continue
    if (!lx.arabic && w.text[0] === w.text[0].toLowerCase()) continue
    const found = lx.arabic ? arabicAt(text, words, j, s.to) : latinAt(text, words, j, s.to)
    if (found) {
      out.push(found)
      j = found.to - 1
    }
  }
  // A name two countries share ("طرابلس", Tripoli) is the one in the country the text names beside it.
  const near = new Set([prefer, ...out.map((p) => p.entry.country)].filter((c) => c))
  for (const p of out) {
    if (near.has(p.entry.country)) continue
    for (const c of near) {
      const other = lookupPlaceAnyLanguage(p.key, c)
      if (other?.country === c) {
        p.entry = other
        break
      }
    }
  }
  return out
}

function latinAt(text: string, words: Word[], j: number, to: number): LangPlace | null {
  for (let n = Math.min(MAX_WORDS, to - j); n >= 1; n--) {
    const last = words[j + n - 1]
    if (words.slice(j, j + n).some((w) => w.mark || w.digits !== null)) continue
    const written = text.slice(words[j].start, last.end)
    const key = placeKey(written)
    if (!isTextPlace(key) && !isForeignPlace(key)) continue
    const entry = lookupPlaceAnyLanguage(written)
    if (entry) return { from: j, to: j + n, text: written, entry, key: written }
  }
  return null
}

function arabicAt(text: string, words: Word[], j: number, to: number): LangPlace | null {
  const first = words[j]
  // Every form of the first word: as written, then without و ف ب ل ك, then without the article too.
  for (const form of first.keys) {
    if (!isForeignPrefix(form)) continue
    let key = form
    let best: LangPlace | null = null
    for (let n = 1; n <= 4 && j + n <= to; n++) {
      const w = words[j + n - 1]
      if (w.mark || w.digits !== null) break
      if (n > 1) key = `${key} ${w.keys[0]}`
      if (!isForeignPrefix(key)) break
      const entry = isForeignPlace(key) ? lookupPlaceAnyLanguage(key) : null
      if (!entry) continue
      // The place as written, without the clitics the form took off: "بغزة" is the place "غزة".
      const cut = Math.max(0, first.text.length - form.length)
      best = { from: j, to: j + n, text: text.slice(first.start + cut, w.end), entry, key }
    }
    if (best) return best
  }
  return null
}
