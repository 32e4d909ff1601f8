// A single left-to-right pass that cuts text into word, number and punctuation tokens with their offsets.
// Everything downstream works on tokens rather than regular expressions over raw text, which keeps the
// extractor linear in the length of its input whatever the input looks like.

export type TokenKind = 'word' | 'num' | 'punct'

export interface Token {
  /** The token as written. */
  text: string
  /** Lower case, curly apostrophes made straight: what the lexicons are keyed on. */
  low: string
  kind: TokenKind
  start: number
  end: number
  /** Newlines in the whitespace before the token: 1 ends a line, 2 or more end a paragraph. */
  newlines: number
  /** Whether whitespace separates the token from the previous one. */
  space: boolean
}

const MAX_TOKEN = 64

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  // Letters of every script, but not the general punctuation and symbol blocks.
  if (code >= 0x2000 && code <= 0x2bff) return false
  if (code >= 0x3000 && code <= 0x303f) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  if (code >= 0xfe00 && code <= 0xfe0f) return false
  if (code === 0xfeff || code === 0xa0 || code === 0x85) return false
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    code === 0x85 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

const APOSTROPHES = new Set([39, 0x2019, 0x2018])
const HYPHENS = new Set([45, 0x2010, 0x2011])

function lower(text: string): string {
  const low = text.toLowerCase()
  return low.includes('\u2019') || low.includes('\u2018') ? low.replace(/[\u2018\u2019]/g, "'") : low
}

// Out of tokenize: a closure made per call costs a defineProperty of its name under tsx and the build
// (esbuild's keepNames), per text.
function makeToken(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  newlines: number,
  space: boolean,
): Token {
  const t = text.slice(start, end)
  return { text: t, low: lower(t), kind, start, end, newlines, space }
}

/** Cuts `text` into tokens. Never throws; runs in time linear in `text.length`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let newlines = 0
  let space = false
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      if (c === 10 || c === 0x2029) newlines++
      space = true
      i++
      continue
    }
    const start = i
    if (isDigit(c)) {
      i = scanNumber(text, i)
      // "2m", "1.5bn", "5th", "20s": letters glued to digits stay in the token; the number lexer reads them.
      let j = i
      while (j < n && j - i < 3 && isLetter(text.charCodeAt(j))) j++
      if (j > i && !(j < n && isLetter(text.charCodeAt(j)))) i = j
      tokens.push(makeToken(text, start, i, 'num', newlines, space))
      newlines = 0
      space = false
      continue
    }
    if (isLetter(c)) {
      i = scanWord(text, i)
      tokens.push(makeToken(text, start, i, 'word', newlines, space))
      newlines = 0
      space = false
      continue
    }
    // A surrogate pair (emoji and the like) is one punctuation token, never half of one.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
    tokens.push(makeToken(text, start, i, 'punct', newlines, space))
    newlines = 0
    space = false
  }
  return tokens
}

function scanNumber(text: string, i: number): number {
  const n = text.length
  const start = i
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isDigit(c)) {
      i++
      continue
    }
    // "12,493", "1.5", "5:30", "2020-02-06" are one token; a separator must sit between two digits.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
    if ((c === 44 || c === 46 || c === 58) && isDigit(next)) {
      i++
      continue
    }
    // "1 500", "500 000", "1\u202f234\u202f567": a space before exactly three digits continues the number
    // when every group so far is a thousands group, so "1 500 houses" is never read as 500.
    if (isGroupSpace(c) && isThreeDigitGroup(text, i + 1) && startsThousands(text, start, i)) {
      i++
      continue
    }
    break
  }
  // ISO dates ("2020-02-06") are glued together so they cannot be read as a range "2020-02".
  if (i - start === 4 && text.charCodeAt(i) === 45 && /^\d\d-\d\d/.test(text.slice(i + 1, i + 6))) {
    i += 6
  }
  return i
}

const GROUP_SPACES = new Set([32, 0xa0, 0x202f, 0x2009])
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/i

function isGroupSpace(code: number): boolean {
  return GROUP_SPACES.has(code)
}

/** text[start, end) is "1".."999" or already "1 500"-shaped, and not a day after a month ("May 5 300"). */
function startsThousands(text: string, start: number, end: number): boolean {
  let digits = 0
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (isDigit(c)) {
      if (++digits > 3) return false
    } else if (isGroupSpace(c)) {
      if (digits !== 3 && k - start !== digits) return false
      digits = 0
    } else return false
  }
  if (digits === 0 || text.charCodeAt(start) === 48) return false
  // An ordinary space after a day of the month is a new number; a no-break space never is.
  return text.charCodeAt(end) !== 32 || !MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))
}

/** Exactly three digits at `at`, not followed by another digit or a decimal part. */
function isThreeDigitGroup(text: string, at: number): boolean {
  for (let k = at; k < at + 3; k++) if (!isDigit(text.charCodeAt(k))) return false
  const after = text.charCodeAt(at + 3)
  if (isDigit(after)) return false
  return !((after === 44 || after === 46) && isDigit(text.charCodeAt(at + 4)))
}

function scanWord(text: string, i: number): number {
  const n = text.length
  const start = i
  while (i < n && i - start < MAX_TOKEN) {
    const c = text.charCodeAt(i)
    if (isLetter(c) || (c >= 0x300 && c <= 0x36f)) {
      i++
      continue
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0
    // Inner apostrophes and hyphens keep "Turkey's", "twenty-one", "al-Fashir", "Su-24" whole.
    if (APOSTROPHES.has(c) && isLetter(next)) {
      i++
      continue
    }
    if (HYPHENS.has(c) && (isLetter(next) || isDigit(next))) {
      i++
      continue
    }
    // Dotted acronyms: "U.N.", "U.S." become one token that keeps its final dot.
    if (
      c === 46 &&
      i - start >= 1 &&
      isUpperAscii(text.charCodeAt(i - 1)) &&
      isAcronymSoFar(text, start, i)
    ) {
      if (isUpperAscii(next) && text.charCodeAt(i + 2) === 46) {
        i += 1
        continue
      }
      if (i - start >= 3) return i + 1
    }
    if (isDigit(c) && i > start && HYPHENS.has(text.charCodeAt(i - 1))) {
      i++
      continue
    }
    break
  }
  return i
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90
}

/** True when text[start, end) reads "X" or "X.Y" or "X.Y.Z": single capitals separated by dots. */
function isAcronymSoFar(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    const even = (k - start) % 2 === 0
    if (even ? !isUpperAscii(c) : c !== 46) return false
  }
  return true
}

/**
 * `text === text.toUpperCase()` without making the upper-case copy for the usual word, which has an ASCII
 * lower-case letter (the checks run on every capitalised word of every text).
 */
export function isAllUpper(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) return false
  }
  return text === text.toUpperCase()
}

// Out of the functions that use them: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`,
// made on each call.
/** Opens on an upper-case letter, of any script. */
export const UPPER_FIRST = /^\p{Lu}/u
/** Holds an upper-case letter. */
export const HAS_UPPER = /\p{Lu}/u

export function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false
  const c = token.text.charCodeAt(0)
  return token.text[0] !== token.low[0] || (c >= 65 && c <= 90)
}

/** The tokens' text with a space only where the text had one: "Dr." and "Information, Culture" as written. */
export function joinTokenText(tokens: readonly Token[]): string {
  let out = ''
  for (let k = 0; k < tokens.length; k++)
    out += k > 0 && tokens[k].space ? ` ${tokens[k].text}` : tokens[k].text
  return out
}
