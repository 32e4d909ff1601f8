// The number lexer: finds every amount in a span of tokens, with the qualifier standing on it.
// Digits ("3,785", "1.5 million", "2m"), number words ("twenty-one", "three hundred", "thriteen"),
// ranges ("between 20 and 30", "20-30"), vague amounts ("dozens", "hundreds of thousands") and the
// article "a" (a figure only when coordinated with another one: the linker decides).

import {
  fuzzyNumberWordValue,
  mayStartAmount,
  numberWordValue,
  SCALE_VALUES,
  SUFFIX_SCALE_VALUES,
} from './number-words.ts'
import type { Token } from './tokens.ts'
import type { Qualifier } from './types.ts'

export interface NumberPhrase {
  /** First token, qualifier included. */
  from: number
  /** First token of the amount itself. */
  coreFrom: number
  /** Token after the amount (and after a trailing "or more"). */
  to: number
  low: number
  high: number | null
  qualifier: Qualifier
  /** "a"/"an": a figure only inside a coordination. */
  article: boolean
  /** A number word read through a typo: trusted only next to a person noun or a trigger. */
  fuzzy: boolean
  /** Digits as written, for trap checks ("5:30", "2020-02-06", "5th"). */
  digits: string | null
}

const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
)

const QUALIFIERS: Record<string, Qualifier> = {
  'at least': 'at_least',
  'more than': 'at_least',
  'more then': 'at_least',
  over: 'at_least',
  'well over': 'at_least',
  'just over': 'at_least',
  'greater than': 'at_least',
  'extra than': 'at_least',
  'upwards of': 'at_least',
  'upward of': 'at_least',
  'in excess of': 'at_least',
  'no fewer than': 'at_least',
  'no less than': 'at_least',
  'not less than': 'at_least',
  'a minimum of': 'at_least',
  'at the very least': 'at_least',
  'as a minimum': 'at_least',
  'at a minimum': 'at_least',
  'at the least': 'at_least',
  above: 'at_least',
  exceeding: 'at_least',
  some: 'approx',
  about: 'approx',
  around: 'approx',
  round: 'approx',
  nearly: 'approx',
  almost: 'approx',
  roughly: 'approx',
  'an estimated': 'approx',
  estimated: 'approx',
  approximately: 'approx',
  approx: 'approx',
  'close to': 'approx',
  circa: 'approx',
  // "~4,000", "≈ 4,000": the signs boxes and tiles write for "about".
  '~': 'approx',
  '≈': 'approx',
  approaching: 'approx',
  'just under': 'approx',
  'an approximate': 'approx',
  'an estimate of': 'approx',
  'up to': 'at_most',
  'as many as': 'at_most',
  'fewer than': 'at_most',
  'less than': 'at_most',
  'at most': 'at_most',
  'a maximum of': 'at_most',
  'no more than': 'at_most',
  'not more than': 'at_most',
  under: 'at_most',
  'as much as': 'at_most',
  'as high as': 'at_most',
}
// Qualifiers indexed by their last word, longest first.
const QUALIFIERS_BY_LAST = new Map<string, [string[], Qualifier][]>()
for (const [phrase, q] of Object.entries(QUALIFIERS)) {
  const words = phrase.split(' ')
  const last = words[words.length - 1]
  const list = QUALIFIERS_BY_LAST.get(last) ?? []
  list.push([words, q])
  list.sort((a, b) => b[0].length - a[0].length)
  QUALIFIERS_BY_LAST.set(last, list)
}

// Vague amounts: the smallest number each implies (claims-format.md, "Vague amounts").
const VAGUE_VALUES: ReadonlyMap<string, number> = new Map([
  ['dozens', 24],
  ['scores', 40],
  ['hundreds', 200],
  ['thousands', 2_000],
  ['millions', 2_000_000],
])

export function findNumbers(tokens: Token[], from: number, to: number): NumberPhrase[] {
  const found: NumberPhrase[] = []
  let i = from
  while (i < to) {
    const tok = tokens[i]
    if (tok.kind !== 'num' && (tok.kind !== 'word' || !mayStartAmount(tok.low))) {
      i++
      continue
    }
    const phrase = readAmount(tokens, i, to)
    if (!phrase) {
      i++
      continue
    }
    if (!phrase.article) attachQualifier(tokens, phrase, from)
    found.push(phrase)
    i = Math.max(phrase.to, i + 1)
  }
  return found
}

function word(tokens: Token[], i: number, to: number): string {
  return i < to && i >= 0 ? tokens[i].low : ''
}

function makePhrase(i: number, to: number, low: number, qualifier: Qualifier = 'exact'): NumberPhrase {
  return {
    from: i,
    coreFrom: i,
    to,
    low,
    high: qualifier === 'exact' ? low : null,
    qualifier,
    article: false,
    fuzzy: false,
    digits: null,
  }
}

/** Reads one amount starting at token i, or returns null. */
function readAmount(tokens: Token[], i: number, to: number): NumberPhrase | null {
  const vague = readVague(tokens, i, to)
  if (vague) return vague
  const single = readSingle(tokens, i, to)
  if (!single) return null
  return readRange(tokens, single, to)
}

function readVague(tokens: Token[], i: number, to: number): NumberPhrase | null {
  const w = word(tokens, i, to)
  const w1 = word(tokens, i + 1, to)
  const w2 = word(tokens, i + 2, to)
  if ((w === 'tens' || w === 'hundreds') && w1 === 'of' && (w2 === 'thousands' || w2 === 'millions')) {
    const base = w === 'tens' ? 20 : 200
    return makePhrase(i, i + 3, base * (w2 === 'thousands' ? 1_000 : 1_000_000), 'vague')
  }
  if ((w === 'several' || w === 'few') && (w1 === 'hundred' || w1 === 'thousand' || w1 === 'dozen')) {
    const base = w1 === 'dozen' ? 24 : w1 === 'hundred' ? 200 : 2_000
    return makePhrase(i, i + 2, base, 'vague')
  }
  if (w === 'a' && w1 === 'few' && (w2 === 'hundred' || w2 === 'thousand' || w2 === 'dozen')) {
    const base = w2 === 'dozen' ? 24 : w2 === 'hundred' ? 200 : 2_000
    return makePhrase(i, i + 3, base, 'vague')
  }
  const value = VAGUE_VALUES.get(w)
  if (value !== undefined) {
    // "scores" is a figure only as "scores of"; "thousands" also heads "thousands more".
    if (w === 'scores' && w1 !== 'of') return null
    if (word(tokens, i - 1, to) === 'the' || word(tokens, i - 1, to) === 'of') return null
    // "(thousands)", "(in millions)": a table's unit, not an amount.
    const open = tokens[i - 1]?.low === 'in' ? i - 2 : i - 1
    if (tokens[open]?.low === '(' && tokens[i + 1]?.low === ')') return null
    return makePhrase(i, i + 1, value, 'vague')
  }
  if (w === 'half' && w1 === 'a' && (w2 === 'million' || w2 === 'dozen')) {
    return makePhrase(i, i + 3, w2 === 'million' ? 500_000 : 6)
  }
  return null
}

function readSingle(tokens: Token[], i: number, to: number): NumberPhrase | null {
  const tok = tokens[i]
  if (tok.kind === 'num') return readDigits(tokens, i, to)
  if (tok.kind !== 'word') return null
  const w = tok.low
  if (w === 'a' || w === 'an' || w === 'one') {
    const next = word(tokens, i + 1, to)
    if (next === 'dozen') return makePhrase(i, i + 2, 12)
    const scale = SCALE_VALUES.get(next)
    if (scale !== undefined) return readWordNumber(tokens, i, to) ?? makePhrase(i, i + 2, scale)
    if (w !== 'one') {
      const phrase = makePhrase(i, i + 1, 1)
      phrase.article = true
      return phrase
    }
  }
  const phrase = readWordNumber(tokens, i, to)
  if (phrase) return phrase
  const fuzzy = fuzzyNumberWordValue(w)
  if (fuzzy !== undefined && tok.text.slice(1) === w.slice(1)) {
    const p = makePhrase(i, i + 1, fuzzy)
    p.fuzzy = true
    return p
  }
  return null
}

/** "three hundred and twenty", "two thousand five hundred", "twenty-one", "one million". */
function readWordNumber(tokens: Token[], i: number, to: number): NumberPhrase | null {
  let total = 0
  let current = 0
  let seen = false
  let j = i
  while (j < to) {
    const w = tokens[j].low
    const small = w === 'a' || w === 'an' ? (j === i ? 1 : undefined) : numberWordValue(w)
    if (small !== undefined) {
      // "fifty one" is 51; "five one" is not a number.
      const tensThenUnit = current % 100 >= 20 && current % 10 === 0 && small > 0 && small < 10
      if (current % 100 !== 0 && current > 0 && small < 100 && !tensThenUnit) break
      current += small
      seen = seen || w !== 'a'
      j++
      continue
    }
    const scale = SCALE_VALUES.get(w)
    if (scale !== undefined && j > i) {
      if (scale === 100) current = (current || 1) * 100
      else {
        total += (current || 1) * scale
        current = 0
      }
      seen = true
      j++
      continue
    }
    // "one hundred and twenty": "and" joins only a hundred to what follows it.
    if (
      w === 'and' &&
      current >= 100 &&
      current % 100 === 0 &&
      numberWordValue(word(tokens, j + 1, to)) !== undefined
    ) {
      j++
      continue
    }
    break
  }
  if (!seen || j === i) return null
  if (tokens[j - 1].low === 'and') j--
  return makePhrase(i, j, total + current)
}

function parseDigits(text: string): number {
  // "1.200" written the European way is a thousand and two hundred, not one point two.
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''))
  return Number(text.replace(/,/g, ''))
}

function readDigits(tokens: Token[], i: number, to: number): NumberPhrase | null {
  // `low`, not `text`: a number mended from damaged text ("18 . 7") is read as mended; thousands
  // groups the tokenizer joined across spaces ("1 500") are read as one number.
  const text = tokens[i].low.replace(/[ \u00a0\u202f\u2009]/g, '')
  let k = 0
  while (k < text.length && /[\d.,:-]/.test(text[k])) k++
  const digits = text.slice(0, k)
  const suffix = text.slice(k).toLowerCase()
  let value = parseDigits(digits)
  if (!Number.isFinite(value)) value = Number.NaN
  let end = i + 1
  if (suffix) {
    const scale = SUFFIX_SCALE_VALUES.get(suffix)
    if (scale !== undefined) value *= scale
    else if (suffix !== 's') value = Number.NaN // "5th", "3km": not a count
  } else {
    const next = word(tokens, i + 1, to)
    const scale =
      SCALE_VALUES.get(next) ?? (next === 'mln' || next === 'bn' ? SUFFIX_SCALE_VALUES.get(next) : undefined)
    if (scale !== undefined && scale >= 1_000) {
      value *= scale
      end = i + 2
    }
  }
  const phrase = makePhrase(i, end, Math.round(value))
  if (Number.isNaN(value) || (suffix && SUFFIX_SCALE_VALUES.get(suffix) === undefined))
    phrase.low = Number.NaN
  // "2.3 lakh" is 229999.99999999997 in floating point: a scaled decimal only has to be whole to a hair.
  else if (Math.abs(value - Math.round(value)) > 1e-6 * Math.max(1, Math.abs(value))) phrase.low = Number.NaN
  phrase.high = phrase.low
  phrase.digits = tokens[i].text
  return phrase
}

function yearOfDate(tokens: Token[], at: number, to: number): boolean {
  const before = word(tokens, at - 1, to)
  if (MONTH_NAMES.has(before) || before === 'since' || before === 'in') return true
  return before === ',' && MONTH_NAMES.has(word(tokens, at - 3, to))
}

/** Extends a single amount into a range: "20-30", "20 to 30", "two or three", "between 20 and 30". */
function readRange(tokens: Token[], first: NumberPhrase, to: number): NumberPhrase {
  const j = first.to
  const link = word(tokens, j, to)
  const isDash = link === '-' || link === '–' || link === '—'
  if (!(isDash || link === 'to' || link === 'or' || link === 'and')) return first
  if (isDash && (tokens[j].space || tokens[j + 1]?.space)) return first
  const opener = word(tokens, first.from - 1, to)
  if (link === 'and' && opener !== 'between' && opener !== 'among') return first
  // "since May 17 to 42": the day of a date ends there.
  if (MONTH_NAMES.has(opener) && first.low <= 31) return first
  // "since October 7, 2023 to 54,418", "since March 2011 to 600,000": the year of a date ends there.
  if (/^(19|20)\d\d$/.test(first.digits ?? '') && yearOfDate(tokens, first.from, to)) return first
  const second = j + 1 < to ? readSingle(tokens, j + 1, to) : null
  if (!second || second.article || Number.isNaN(second.low) || Number.isNaN(first.low)) return first
  if (second.low <= first.low) return first
  // "20 to 30 million" scales both ends.
  let low = first.low
  const high = second.low
  if (second.to > j + 2 && first.to === first.coreFrom + 1 && low < 1000 && high >= 1000) {
    const scale = high / Number(tokens[j + 1].text.replace(/,/g, ''))
    if (Number.isInteger(scale) && scale >= 1000) low *= scale
  }
  return { ...first, to: second.to, low, high, qualifier: 'range', digits: first.digits }
}

function attachQualifier(tokens: Token[], phrase: NumberPhrase, from: number): void {
  const opener = word(tokens, phrase.from - 1, phrase.to)
  if (phrase.qualifier === 'range' && (opener === 'between' || opener === 'among')) {
    phrase.from--
    return
  }
  if (phrase.qualifier === 'range' && word(tokens, phrase.from - 1, phrase.to) === 'from') {
    return
  }
  // Longest qualifier that ends right before the amount.
  const options = QUALIFIERS_BY_LAST.get(tokens[phrase.coreFrom - 1]?.low ?? '')
  for (const [words, q] of options ?? []) {
    const start = phrase.coreFrom - words.length
    if (start < from || !words.every((w, k) => tokens[start + k].low === w)) continue
    phrase.from = start
    if (phrase.qualifier === 'vague' || phrase.qualifier === 'range') return
    phrase.qualifier = q
    phrase.high = q === 'at_most' ? phrase.low : null
    break
  }
  // Trailing "or more", "or so", "-plus".
  const a = tokens[phrase.to]?.low
  const b = tokens[phrase.to + 1]?.low
  if (phrase.qualifier === 'exact' && a === 'or' && (b === 'more' || b === 'so')) {
    phrase.qualifier = b === 'more' ? 'at_least' : 'approx'
    phrase.high = null
    phrase.to += 2
  } else if (phrase.qualifier === 'exact' && (a === 'plus' || a === '+') && !tokens[phrase.to].space) {
    phrase.qualifier = 'at_least'
    phrase.high = null
    phrase.to += 1
  }
}
