// Amounts in French, Spanish and Arabic text: digits in any script with the language's group and decimal
// marks ("1 500", "2.000", "6,9 millions", "٤٥٬٠٠٠", "2٫5"), scale words ("5 mil 420", "12 ألفا و300",
// "un millón y medio"), number words ("vingt-trois", "cincuenta y dos", "ثلاثة وعشرون"), approximate
// ("une trentaine") and vague amounts ("des milliers", "عشرات الآلاف"), with the qualifier on them.
// A number whose groups cannot be read with confidence gives nothing rather than a part of itself.

import type { Qualifier } from '../types.ts'
import type { CompiledLexicon } from './lexicon.ts'
import type { Word } from './words.ts'

export interface Amount {
  /** First word, qualifier included. */
  from: number
  /** First word of the amount itself. */
  core: number
  /** Word after the amount. */
  to: number
  low: number
  high: number | null
  qualifier: Qualifier
  /** A noun that is its own count ("طفلان"): it is also the group. */
  noun?: boolean
}

const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/
const SEPARATORS = new Set([',', '.', '\u066c', '\u066b'])

interface Digits {
  value: number
  to: number
}

/** Digits and their separators as one number, or null when the groups do not read as one. */
function readDigits(words: Word[], i: number, to: number, lx: CompiledLexicon): Digits | null {
  const groups: string[] = [words[i].digits ?? '']
  const seps: string[] = []
  let j = i + 1
  while (j + 1 < to && words[j + 1].digits !== null) {
    const w = words[j]
    const next = words[j + 1]
    if (w.mark && SEPARATORS.has(w.text) && w.gap === '' && next.gap === '') {
      seps.push(w.text)
      groups.push(next.digits as string)
      j += 2
      continue
    }
    break
  }
  // "1 500", "500 000": a space (or a no-break space) before three digits continues a thousands number.
  while (
    j < to &&
    words[j].digits !== null &&
    GROUP_SPACE.test(words[j].gap) &&
    words[j].digits?.length === 3
  ) {
    if (
      seps.some((x) => x !== ' ') ||
      groups.some((g, k) => (k === 0 ? g.length > 3 || g[0] === '0' : g.length !== 3))
    )
      break
    if (
      words[j + 1]?.mark &&
      SEPARATORS.has(words[j + 1].text) &&
      words[j + 2]?.digits &&
      words[j + 1].gap === ''
    )
      break
    groups.push(words[j].digits as string)
    seps.push(' ')
    j++
  }
  if (seps.length === 0) return { value: Number(groups[0]), to: j }
  const scaled = lx.scales.at(words, j, to) !== null
  let int = groups[0]
  let frac = ''
  for (let k = 0; k < seps.length; k++) {
    const s = seps[k]
    const g = groups[k + 1]
    const last = k === seps.length - 1
    const thousands =
      s === ' ' ||
      s === '\u066c' ||
      (g.length === 3 && s === '.' && !lx.arabic) ||
      (g.length === 3 && !scaled && s !== '\u066b' && s !== lx.lex.numbers.decimal) ||
      (g.length === 3 && !scaled && seps.length > 1)
    if (thousands && frac === '') {
      if (groups[0].length > 3 && k === 0) return null
      int += g
    } else if (last && frac === '') {
      frac = g
    } else return null
  }
  return { value: Number(frac ? `${int}.${frac}` : int), to: j }
}

/** A whole number in digits or words, with its scale: "5 mil 420", "12 ألفا و300", "ألف و250". */
function readValue(words: Word[], i: number, to: number, lx: CompiledLexicon): Digits | null {
  let first: Digits | null = null
  if (words[i].digits !== null) first = readDigits(words, i, to, lx)
  else first = readWords(words, i, to, lx)
  if (!first && words[i].digits === null) {
    // A scale word standing for one of itself: "مليون شخص", "ألف و250", "mil personas".
    const alone = lx.scales.at(words, i, to)
    if (!alone) return null
    const half = lx.half.at(words, alone.end, to)
    if (half) return { value: alone.value * 1.5, to: half.end }
    const rest = remainder(words, alone.end, to, lx, alone.value)
    return rest ? { value: alone.value + rest.value, to: rest.to } : { value: alone.value, to: alone.end }
  }
  if (!first) return null
  let { value, to: j } = first
  // "ألفين و500": a thousands word reads on like a scale does.
  if (words[i].digits === null && value >= 1000 && value % 1000 === 0) {
    const rest = remainder(words, j, to, lx, 1000)
    if (rest) return { value: value + rest.value, to: rest.to }
  }
  const scale = lx.scales.at(words, j, to)
  if (scale) {
    value *= scale.value
    j = scale.end
    const half = lx.half.at(words, j, to)
    if (half) return { value: value + scale.value / 2, to: half.end }
    const rest = remainder(words, j, to, lx, scale.value)
    if (rest) return { value: value + rest.value, to: rest.to }
  }
  return { value, to: j }
}

/** What follows a scale and adds to it: "mil 420", "ألفا و300". */
function remainder(words: Word[], j: number, to: number, lx: CompiledLexicon, scale: number): Digits | null {
  let k = j
  const joiner = lx.joiners.at(words, k, to)
  if (joiner) k = joiner.end
  const w = words[k]
  if (!w || w.gap.includes('\n')) return null
  // "مليون ومئتي ألف": an Arabic number word carries its joiner glued on.
  const glued =
    !joiner && lx.arabic && w.digits === null && w.keys[0].startsWith('\u0648') && w.keys.length > 1
  const value =
    w.digits !== null ? readDigits(words, k, to, lx) : joiner || glued ? readWords(words, k, to, lx) : null
  if (!value || !Number.isInteger(value.value) || value.value >= scale || lx.scales.at(words, value.to, to))
    return null
  // "5 mil 420" reads on only when the rest is a number of its own, not the start of another figure.
  if (!joiner && !glued && w.digits === null) return null
  return value
}

/** Number words: "vingt-trois", "quatre-vingt-dix", "cincuenta y dos", "ثلاثة وعشرون", "cent vingt". */
function readWords(words: Word[], i: number, to: number, lx: CompiledLexicon): Digits | null {
  let total = 0
  let current = 0
  let j = i
  let seen = false
  while (j < to) {
    const w = words[j]
    if (w.digits !== null || w.mark) break
    const parts = wordParts(w, lx)
    if (parts === null) {
      // "cincuenta y dos": a joiner only between two number words.
      if (seen && lx.joiners.at(words, j, to) && j + 1 < to && wordParts(words[j + 1], lx)) {
        j++
        continue
      }
      const scale = seen ? lx.scales.at(words, j, to) : null
      if (scale && scale.value >= 1000 && !lx.vague.at(words, j, to)) {
        // "نصف مليون", "medio millón": a half before a scale is half of it.
        total += (current > 0 ? current : 1) * scale.value
        current = 0
        j = scale.end
        // "un millón y medio"
        const half = lx.half.at(words, j, to)
        if (half) return { value: total + scale.value / 2, to: half.end }
        continue
      }
      break
    }
    for (const v of parts) {
      if (v === 100) current = Math.max(current, 1) * 100
      else current += v
    }
    seen = true
    j++
  }
  if (!seen) return null
  return { value: total + current, to: j }
}

/** The values of a number word, read from its hyphenated parts; null when it is not one. */
function wordParts(w: Word, lx: CompiledLexicon): number[] | null {
  const whole = lx.numberWords.at([w], 0)
  if (whole) return [whole.value]
  if (!w.text.includes('-')) return null
  const parts = w.keys[0].split('-')
  const values: number[] = []
  for (let k = 0; k < parts.length; k++) {
    // "quatre-vingt-dix": a compound part may itself hold a hyphen.
    const two = k + 1 < parts.length ? lx.lex.numbers.words[`${parts[k]}-${parts[k + 1]}`] : undefined
    if (two !== undefined) {
      values.push(two)
      k++
      continue
    }
    const v = lx.lex.numbers.words[parts[k]]
    if (v === undefined) {
      if (parts[k] === 'et') continue
      return null
    }
    values.push(v)
  }
  return values
}

/** The amount starting at words[i], qualifier and range included, or null. */
export function readAmount(words: Word[], i: number, to: number, lx: CompiledLexicon): Amount | null {
  const q = lx.qualifiers.at(words, i, to)
  if (q) {
    const inner = readBare(words, q.end, to, lx)
    if (inner && inner.qualifier === 'exact')
      return { ...inner, from: i, qualifier: q.value, high: q.value === 'at_most' ? inner.low : null }
    if (inner) return { ...inner, from: i }
  }
  const open = lx.rangeOpen.at(words, i, to)
  if (open) {
    const a = readBare(words, open.end, to, lx)
    const join = a ? lx.rangeJoin.at(words, a.to, to) : null
    const b = a && join ? readBare(words, join.end, to, lx) : null
    if (a && b && b.low > a.low)
      return { from: i, core: a.core, to: b.to, low: a.low, high: b.low, qualifier: 'range' }
  }
  return readBare(words, i, to, lx)
}

function readBare(words: Word[], i: number, to: number, lx: CompiledLexicon): Amount | null {
  if (i >= to) return null
  const vague = lx.vague.at(words, i, to)
  if (vague) return { from: i, core: i, to: vague.end, low: vague.value, high: null, qualifier: 'vague' }
  const approx = lx.approx.at(words, i, to)
  if (approx) return { from: i, core: i, to: approx.end, low: approx.value, high: null, qualifier: 'approx' }
  const v = readValue(words, i, to, lx)
  if (!v || !Number.isFinite(v.value)) return null
  const low = Math.round(v.value)
  if (Math.abs(low - v.value) > 1e-6 * Math.max(1, v.value)) return null
  // "000" left over from a number read wrong is never a figure of its own.
  if (low <= 0 || (words[i].digits?.startsWith('0') && words[i].digits.length > 1)) return null
  return { from: i, core: i, to: v.to, low, high: low, qualifier: 'exact' }
}
