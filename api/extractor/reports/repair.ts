// Repairs the damage PDF-to-text conversion does, on tokens, before anything reads them. Every repaired
// token keeps the offsets of the characters it was made from, so quotes are still exact slices of the
// text; only `low` (what the lexicons read) changes. Where a number cannot be read with confidence
// ("18 . 7" with no scale after it: 18.7, or 18 and 7?) the token is marked unreadable and no claim uses it.
//
// - split numbers: "18 . 7 million", "42 , 289"
// - line-end hyphenation: "inter-\nnally", "ci-\nvilians" (a hyphen kept where both halves are words)
// - lost ligatures: "to  ee" (flee), "a  ected" (affected), "wild  res" (wildfires)
// - glued words: "displacedmore than" (a trigger glued to the word after it)
// - comma-separated exports: their commas part cells, not digit groups (csv.ts)
// - HTML left in: tags read as the cells and lines they stand for, then dropped (html.ts)

import { memoize } from '../../text/memo.ts'
import { HOMES, HOUSEHOLDS, PEOPLE } from '../nouns.ts'
import { numberWordValue, SCALE_VALUES, SUFFIX_SCALE_VALUES } from '../number-words.ts'
import type { Token } from '../tokens.ts'
import { mayStartTrigger } from '../triggers.ts'
import { csvRanges, inRanges, splitCells } from './csv.ts'
import { hasHtml, readHtml } from './html.ts'
import { splitColumnFigures } from './run-together.ts'

// Words a trigger or a victim noun can be read through that the trigger lexicon does not start with.
const REPAIR_WORDS = new Set(
  'fled flee fleeing flight affected wildfires wildfire fires fire floods flood flooded flooding fatalities fighting fighters fighter conflict officials official offensive suffered efforts effort office first final fifty fifteen five four missing displaced internally'.split(
    ' ',
  ),
)
const LIGATURES = ['fl', 'fi', 'ff', 'ffi', 'ffl']
// What a trigger is glued to in damaged text: the word that most often follows one.
const GLUE_TAILS = new Set(
  'more than once since in from by and after as at on to the over across during last this following while when with amid or'.split(
    ' ',
  ),
)
/** A mark in `low` that no lexicon reads and the number lexer reads as "not a count". */
export const UNREADABLE = '?'

function known(w: string): boolean {
  return (
    mayStartTrigger(w) ||
    PEOPLE.has(w) ||
    HOUSEHOLDS.has(w) ||
    HOMES.has(w) ||
    REPAIR_WORDS.has(w) ||
    numberWordValue(w) !== undefined
  )
}

const isDigits = (s: string) => /^\d+$/.test(s)
const isLower = (s: string) => s.length > 0 && s[0] === s[0].toLowerCase() && s[0] !== s[0].toUpperCase()

function merged(text: string, a: Token, b: Token, low: string, kind = a.kind): Token {
  return { ...a, kind, text: text.slice(a.start, b.end), low, end: b.end }
}

/** Whether the only thing between two tokens is spaces (no newline), at least `min` of them. */
function spacesBetween(text: string, a: Token, b: Token, min: number): boolean {
  if (b.newlines > 0 || b.start - a.end < min) return false
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) !== 32) return false
  return true
}

export function repairTokens(text: string, read: Token[]): Token[] {
  const raw = text.includes('<') || text.includes('&') ? (hasHtml(text) ? readHtml(read) : read) : read
  // Comma-separated lines first: their commas part cells ("14,52,120000" is 14, 52 and 120000).
  const csv = text.includes(',') ? csvRanges(text) : []
  const cut =
    csv.length === 0
      ? raw
      : raw.flatMap((t) =>
          t.kind === 'num' && t.text.includes(',') && inRanges(csv, t.start) ? splitCells(t) : [t],
        )
  // "Gulran 16 341 426" in a column of rows of three figures: three cells, not one number.
  const tokens = splitColumnFigures(cut)
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    // "[ 2,805 ]  shelters destroyed": a dashboard tile's figure in brackets at a line start reads as bare.
    if (t.low === '[' && (i === 0 || t.newlines > 0) && tokens[i + 1]?.kind === 'num') {
      let close = i + 2
      if (tokens[close]?.low === '+') close++
      if (tokens[close]?.low === ']' && tokens[close].newlines === 0) {
        out.push({ ...tokens[i + 1], newlines: t.newlines })
        if (close === i + 3) out.push(tokens[i + 2])
        i = close
        continue
      }
    }
    const prev = out[out.length - 1]
    const a = tokens[i + 1]
    const b = tokens[i + 2]
    // "18 . 7 million", "42 , 289": separators spaced on both sides between two groups of digits.
    if (t.kind === 'num' && isDigits(t.text) && a && b && (a.low === '.' || a.low === ',')) {
      if (a.space && b.space && b.kind === 'num' && a.newlines === 0 && b.newlines === 0) {
        const next = tokens[i + 3]?.low ?? ''
        const scaled =
          SCALE_VALUES.get(next) !== undefined ||
          SUFFIX_SCALE_VALUES.get(b.low.replace(/^\d+/, '')) !== undefined
        let low: string
        if (a.low === ',' && /^\d{3}$/.test(b.text) && t.text.length <= 3) low = `${t.text},${b.text}`
        else if (a.low === '.' && scaled && /^\d+[a-z]*$/.test(b.low)) low = `${t.text}.${b.low}`
        else if (a.low === '.' && isDigits(b.text)) low = UNREADABLE
        else {
          out.push(t)
          continue
        }
        out.push(merged(text, t, b, low, 'num'))
        i += 2
        continue
      }
    }
    // "inter-\nnally": a word broken at a line end.
    if (prev?.kind === 'word' && t.low === '-' && !t.space && a?.kind === 'word' && a.newlines === 1) {
      if (isLower(a.text) && /^[ \t]*\n[ \t]*$/.test(text.slice(t.end, a.start))) {
        const whole = prev.low + a.low
        const keep = !known(whole) && known(prev.low) && known(a.low)
        out[out.length - 1] = merged(text, prev, a, keep ? `${prev.low}-${a.low}` : whole)
        i += 1
        continue
      }
    }
    // "to  ee": a ligature lost, leaving a gap; it is read back only where that makes a known word.
    if (t.kind === 'word' && prev && spacesBetween(text, prev, t, 2) && isLower(t.text)) {
      const fixed = ligature(text, prev, t)
      if (fixed) {
        if (fixed.end === t.end && fixed.start === prev.start) out[out.length - 1] = fixed
        else out.push(fixed)
        continue
      }
    }
    // "displacedmore": a trigger glued to the word after it is cut back into two tokens.
    // (The cheap suffix test first: most words end in no glue word, and need no lexicon look-up.)
    if (t.kind === 'word' && t.low.length >= 7) {
      const cut = glued(t)
      if (cut && !known(t.low)) {
        out.push(...cut)
        continue
      }
    }
    out.push(t)
  }
  return out
}

function ligature(text: string, prev: Token, t: Token): Token | null {
  for (const lig of LIGATURES) {
    if (prev.kind === 'word' && known(prev.low + lig + t.low)) {
      return merged(text, prev, t, prev.low + lig + t.low)
    }
  }
  for (const lig of LIGATURES) {
    if (known(lig + t.low) && !known(t.low)) return { ...t, low: lig + t.low }
  }
  return null
}

// Glue words by their last two letters, in list order: a word is compared only with the few that could end it.
const GLUE_TAILS_BY_END = new Map<string, string[]>()
for (const tail of GLUE_TAILS) {
  const end = tail.slice(-2)
  GLUE_TAILS_BY_END.set(end, [...(GLUE_TAILS_BY_END.get(end) ?? []), tail])
}

// The same by character codes: most long words end in no glue word's last two letters, and are told so
// without a map look-up of the word (the look-up, not the test, was the cost).
const GLUE_ENDS = new Uint8Array(128 * 128)
for (const end of GLUE_TAILS_BY_END.keys()) GLUE_ENDS[(end.charCodeAt(0) << 7) | end.charCodeAt(1)] = 1

function glued(t: Token): Token[] | null {
  const a = t.low.charCodeAt(t.low.length - 2)
  const b = t.low.charCodeAt(t.low.length - 1)
  if (a < 128 && b < 128 && !GLUE_ENDS[(a << 7) | b]) return null
  const k = gluedAt(t.low)
  if (k < 0) return null
  const first: Token = { ...t, text: t.text.slice(0, k), low: t.low.slice(0, k), end: t.start + k }
  const second: Token = {
    ...t,
    text: t.text.slice(k),
    low: t.low.slice(k),
    start: t.start + k,
    newlines: 0,
    space: false,
  }
  return [first, second]
}

// Where a trigger ends and a glue word starts in `low`, or -1: a pure function of the word, remembered
// because every long word of every text asks (each time slicing it and looking the head up).
const gluedAt = memoize((low: string): number => {
  for (const tail of GLUE_TAILS_BY_END.get(low.slice(-2)) ?? []) {
    if (!low.endsWith(tail) || low.length - tail.length < 4) continue
    const k = low.length - tail.length
    if (mayStartTrigger(low.slice(0, k))) return k
  }
  return -1
})
