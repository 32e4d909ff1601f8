// Words of a French, Spanish or Arabic text with their offsets, and the keys lexicons are matched on.
// Offsets always point into the text as given (right-to-left text included), so a quote is a slice.

export interface Word {
  text: string
  /** Matching forms: the lower-case word, and for Arabic the word without clitics and article too. */
  keys: string[]
  start: number
  end: number
  /** A run of digits (any script), as its ASCII digits; null for a word or a mark. */
  digits: string | null
  /** Punctuation or a symbol. */
  mark: boolean
  /** The whitespace before the word ("" when glued to the previous one). */
  gap: string
}

/** A run of words, from `from` up to but not including `to`. */
export interface Span {
  from: number
  to: number
}

/** The text a run of words covers, as written. */
/** "M23", "R4V", "G5": digits glued to the letters before them are part of a name, not a figure. */
export function inName(words: Word[], k: number): boolean {
  const w = words[k]
  const prev = words[k - 1]
  return w.digits !== null && w.gap === '' && !!prev && !prev.mark && prev.digits === null
}

export function slice(text: string, words: Word[], span: Span): string {
  return span.to > span.from ? text.slice(words[span.from].start, words[span.to - 1].end) : ''
}

// An elided article or preposition ("l'", "d'", "qu'") is a word of its own; hyphens and apostrophes inside
// keep "Port-au-Prince", "vingt-trois", "al-Fashir" whole.
const WORD = /[\p{L}\p{M}]+['\u2019](?=\p{L})|[\p{L}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{M}]+)*|\p{Nd}+|\S/gu
// Out of the function: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
const LETTER = /[\p{L}\p{M}]/u

const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/g

/** The key a word is matched on: lower case, straight apostrophe; Arabic without vowel marks, one alef. */
export function keyOf(word: string, arabic: boolean): string {
  const low = word.toLowerCase().replace(/\u2019/g, "'")
  if (!arabic) return low
  return low
    .replace(DIACRITICS, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
}

// Clitics glued to an Arabic word: a conjunction (و ف), a preposition (ب ل ك) and the article (ال).
const CONJ = /^[\u0648\u0641]/
const PREP = /^[\u0628\u0644\u0643]/
const ARTICLE = /^\u0627\u0644/

/** Every form of an Arabic key with its clitics taken off, longest first, never under two letters. */
export function arabicForms(key: string): string[] {
  const forms = [key]
  const push = (k: string) => {
    if (k.length >= 2 && !forms.includes(k)) forms.push(k)
  }
  let k = key
  if (CONJ.test(k)) {
    k = k.slice(1)
    push(k)
  }
  if (k.startsWith('\u0644\u0644')) {
    k = `\u0627\u0644${k.slice(2)}` // "للأمم" is "ل" + "الأمم"
    push(k)
  } else if (PREP.test(k) && k.length > 3) {
    k = k.slice(1)
    push(k)
  }
  if (ARTICLE.test(k) && k.length > 3) push(k.slice(2))
  return forms
}

// The article as written, behind a conjunction or a preposition: "الوزارة", "والتابع", "بالحديدة", "للمرصد".
// On the text, not the key: keys fold "أ" into "ا", and "ألفين" has no article.
const WRITTEN_ARTICLE = /^[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)/

/** An Arabic word written with the article: a noun, never a verb or a bare number. */
export function articled(w: Word): boolean {
  return w.text.length > 3 && WRITTEN_ARTICLE.test(w.text.replace(DIACRITICS, ''))
}

export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 0x660 && code <= 0x669) return code - 0x660 // Arabic-Indic
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0 // Eastern Arabic-Indic (Persian, Urdu)
  return -1
}

export function splitWords(text: string, arabic: boolean): Word[] {
  const words: Word[] = []
  let last = 0
  for (const m of text.matchAll(WORD)) {
    const t = m[0]
    const start = m.index
    const first = t.charCodeAt(0)
    let digits: string | null = null
    if (digitValue(first) >= 0) {
      digits = ''
      for (let k = 0; k < t.length; k++) digits += String(digitValue(t.charCodeAt(k)))
    }
    const key = keyOf(t, arabic)
    const isWord = LETTER.test(t[0])
    words.push({
      text: t,
      keys: arabic && isWord ? arabicForms(key) : [key],
      start,
      end: start + t.length,
      digits,
      mark: digits === null && !isWord,
      gap: text.slice(last, start),
    })
    last = start + t.length
  }
  return words
}

// Abbreviations written with a point before a name: "St. Lucie", "Dr. Tedros", "Gral. Pérez".
const ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Dr', 'Pr', 'Gen', 'Gral', 'Sr', 'Sra', 'Mgr'])

/** The point at i closes an abbreviation glued to it and a capitalised name follows: not a sentence's end. */
export function abbreviationPoint(words: Word[], i: number): boolean {
  const w = words[i]
  const next = words[i + 1]
  return (
    w?.text === '.' &&
    w.gap === '' &&
    i > 0 &&
    ABBREVIATIONS.has(words[i - 1].text) &&
    !!next &&
    !next.gap.includes('\n') &&
    /^\p{Lu}/u.test(next.text)
  )
}
