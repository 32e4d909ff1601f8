// The language of a text, by eld (Efficient Language Detector, small database): on the development sets
// it named 100% of whole texts and 97.8% of their first 60 characters right, at ~19,000 texts a second,
// against 94.9%/64.6% for franc and 98.0%/82.2% for tinyld (npm run bench:lang-detect). Plain English
// prose is recognised first by its function words, without eld.

import { fileURLToPath } from 'node:url'
import type { eld as Eld } from 'eld/small'
import { once, requirePackage } from '../once.ts'
import { LEXICON_LANGUAGES } from './lexicon.ts'

/** The languages Tally reads: English and every language with a lexicon. */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', ...LEXICON_LANGUAGES]

// eld builds its n-gram tables when its module loads (~0.3 s): loaded on the first text that is not
// plainly English. The package exports only an ES module entry, which require() cannot name by its
// package path; it is resolved as an import would be, then required by file.
const detector = once((): typeof Eld => {
  const file = fileURLToPath(import.meta.resolve('eld/small'))
  return (requirePackage(file) as { eld: typeof Eld }).eld
})

// The first 1,500 characters decide as well as a whole report does, for a fraction of the time.
const SAMPLE = 1500

// Out of the function: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
const TWO_LETTERS = /\p{L}{2}/u

/** ISO 639-1 code of the text's language, or null when the text has too few letters to tell. */
export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string') return null
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (!TWO_LETTERS.test(sample)) return null
  if (looksEnglish(sample.length > 600 ? sample.slice(0, 600) : sample)) return 'en'
  const result = detector().detect(sample)
  return result.language || null
}

// English prose is dense in a handful of function words: counting them settles most English texts at a
// fraction of eld's cost, which keeps English extraction as fast as before detection.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in is that for was were with by from it said has have had are be this which'.split(' '),
)

const LETTER = /\p{L}/u
// The longest function word: longer runs of letters are counted without being cut out of the text.
const LONGEST = 5

/** Runs of letters (\p{L}+) counted in one pass, without building the list of words. */
function looksEnglish(sample: string): boolean {
  const low = sample.toLowerCase()
  let words = 0
  let hits = 0
  let start = -1
  for (let k = 0; k <= low.length; k++) {
    const c = k < low.length ? low.charCodeAt(k) : 32
    let letter: boolean
    let width = 1
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    else {
      const cp = low.codePointAt(k) ?? c
      width = cp > 0xffff ? 2 : 1
      letter = LETTER.test(String.fromCodePoint(cp))
    }
    if (letter) {
      if (start < 0) start = k
    } else if (start >= 0) {
      words++
      if (k - start <= LONGEST && ENGLISH_FUNCTION_WORDS.has(low.slice(start, k))) hits++
      start = -1
    }
    k += width - 1
  }
  if (words < 12) return false
  return hits / words >= 0.15
}

export function isSupportedLanguage(language: string | null | undefined): boolean {
  return !!language && SUPPORTED_LANGUAGES.includes(language)
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' })

/**
 * Why an article gave no figures when the reason is its language: a sentence for the dashboard, or null
 * when Tally reads the language (or it could not be told).
 */
export function unreadLanguageNote(language: string | null | undefined): string | null {
  if (!language || isSupportedLanguage(language)) return null
  let name = language
  try {
    name = NAMES.of(language) ?? language
  } catch {
    // not a language code Intl knows: show it as stored
  }
  return `Tally does not read ${name} (${language}) yet: no figures were extracted from this article. It reads ${SUPPORTED_LANGUAGES.join(', ')}.`
}
