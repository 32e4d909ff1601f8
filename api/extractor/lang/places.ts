// Places named in French, Spanish or Arabic text, looked up in the gazetteer (which holds their names in
// those languages, see ../gazetteer/i18n.ts). Latin-script names start with a capital; Arabic ones are
// tried at every word, with the word's clitics taken off ("وإدلب", "بغزة").

import { normalizeArabic } from '../gazetteer/i18n.ts'
import {
  isForeignPlace,
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
}

const MAX_WORDS = 5

export function findPlaces(
  text: string,
  words: Word[],
  s: { from: number; to: number },
  lx: CompiledLexicon,
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
    if (entry) return { from: j, to: j + n, text: written, entry }
  }
  return null
}

function arabicAt(text: string, words: Word[], j: number, to: number): LangPlace | null {
  for (let n = Math.min(4, to - j); n >= 1; n--) {
    if (words.slice(j, j + n).some((w) => w.mark || w.digits !== null)) continue
    const rest = words
      .slice(j + 1, j + n)
      .map((w) => normalizeArabic(w.text))
      .join(' ')
    const first = words[j]
    const firstKey = normalizeArabic(first.text)
    // Every form of the first word: as written, then without و ف ب ل ك, then without the article too.
    const forms = [firstKey, ...first.keys.filter((k) => k !== firstKey)]
    for (const form of forms) {
      const key = placeKey(rest ? `${form} ${rest}` : form)
      if (!isForeignPlace(key)) continue
      const entry = lookupPlaceAnyLanguage(key)
      if (!entry) continue
      // The quote keeps the clitics out: "بغزة" is the place "غزة".
      const cut = first.text.length - (form.length <= firstKey.length ? form.length : firstKey.length)
      const start = first.start + Math.max(0, cut)
      return { from: j, to: j + n, text: text.slice(start, words[j + n - 1].end), entry }
    }
  }
  return null
}
