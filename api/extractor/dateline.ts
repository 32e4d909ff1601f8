// Datelines: "DNIPRO, Ukraine (AP) —", "KATHMANDU, Nov 4 (Reuters) -", "Blantyre, 17 March 2023 -",
// "(Nairobi, February 25, 2020) -". The place there is where the report was filed; its own words are no
// place a figure is about, but when the story names no nearer place it is usually where it happened.

import { lookupPlace, type PlaceEntry } from './gazetteer/index.ts'
import { isCapitalized, type Token } from './tokens.ts'
import { MONTH_NUMBERS } from './words.ts'

export interface Dateline {
  /** Token span of the dateline, terminator excluded. */
  from: number
  to: number
  /** The filing place as written ("Dnipro" for DNIPRO) and its entry; the country may be '' when unknown. */
  text: string
  entry: PlaceEntry
}

const TERMINATORS = new Set(['-', '—', '–', ':', '--'])
const MAX_LINES = 6

export function findDatelines(tokens: Token[], lineStarts: number[]): Dateline[] {
  const out: Dateline[] = []
  // Datelines stand at the top of a text: its first few lines.
  for (let n = 0; n < lineStarts.length && n < MAX_LINES; n++) {
    const d = readDateline(tokens, lineStarts[n])
    if (d) out.push(d)
  }
  return out
}

function readDateline(tokens: Token[], start: number): Dateline | null {
  let i = start
  const paren = tokens[i]?.text === '('
  if (!paren && !isCapitalized(tokens[i])) return null
  if (paren) i++
  const cityFrom = i
  while (i < tokens.length && i - cityFrom < 6 && (isCapitalized(tokens[i]) || tokens[i].text === '/')) {
    if (i > cityFrom && tokens[i].newlines > 0) return null
    i++
  }
  const cityTo = i
  if (cityTo === cityFrom || tokens[cityTo - 1].text === '/') return null
  const allCaps = tokens
    .slice(cityFrom, cityTo)
    .every((t) => t.text === '/' || t.text === t.text.toUpperCase())
  let country: PlaceEntry | null = null
  let dated = false
  // ", Ukraine", ", Democratic Republic of Congo"
  if (
    tokens[i]?.text === ',' &&
    isCapitalized(tokens[i + 1]) &&
    MONTH_NUMBERS.get(tokens[i + 1].low.replace(/\.$/, '')) === undefined
  ) {
    let j = i + 1
    while (j < tokens.length && j - i <= 5 && (isCapitalized(tokens[j]) || tokens[j].low === 'of')) j++
    const text = tokens
      .slice(i + 1, j)
      .map((t) => t.text)
      .join(' ')
    country = lookupPlace(text)
    if (!country) return null
    i = j
  }
  // ", Nov 4", ", 17 March 2023", ", February 25, 2020"
  if (tokens[i]?.text === ',') {
    const j = readDate(tokens, i + 1)
    if (j > i + 1) {
      dated = true
      i = j
    }
  }
  let agency = false
  if (tokens[i]?.text === ')' && paren) i++
  else if (tokens[i]?.text === '(') {
    let j = i + 1
    while (j < tokens.length && j - i <= 4 && tokens[j].kind === 'word') j++
    if (tokens[j]?.text !== ')') return null
    agency = true
    i = j + 1
  }
  const terminated = TERMINATORS.has(tokens[i]?.text ?? '')
  if (!(terminated || agency)) return null
  if (!allCaps && !dated && !paren) return null
  const parts = tokens.slice(cityFrom, cityTo)
  const names = splitNames(parts)
  let entry: PlaceEntry | null = null
  let text = ''
  for (const n of names) {
    const e = lookupPlace(n, country?.country ?? null)
    if (e && (!country || e.country === country.country)) {
      entry = e
      text = n
    }
  }
  if (!entry) {
    text = names[names.length - 1] ?? ''
    if (!text || MONTH_NUMBERS.get(text.toLowerCase()) !== undefined) return null
    entry = country
      ? { name: text, kind: 'city', country: country.country, parent: null }
      : { name: text, kind: 'city', country: '', parent: null }
  }
  return { from: start, to: i, text, entry }
}

/** "PORT SUDAN" -> ["Port Sudan"]; "Oslo/Ouagadougou" -> ["Oslo", "Ouagadougou"]. */
function splitNames(parts: Token[]): string[] {
  const names: string[] = []
  let cur: string[] = []
  for (const t of parts) {
    if (t.text === '/') {
      if (cur.length) names.push(cur.join(' '))
      cur = []
      continue
    }
    cur.push(titleCase(t.text))
  }
  if (cur.length) names.push(cur.join(' '))
  return names
}

function titleCase(word: string): string {
  if (word !== word.toUpperCase()) return word
  let out = ''
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]
    const first = k === 0 || word[k - 1] === '-' || word[k - 1] === "'"
    out += first ? ch : ch.toLowerCase()
  }
  return out.replace(/-Au-/g, '-au-')
}

/** Token index after a date at i ("Nov 4", "17 March 2023", "February 25, 2020"), or i when there is none. */
function readDate(tokens: Token[], i: number): number {
  let j = i
  if (month(tokens, j) && num(tokens, j + 1)) j += 2
  else if (month(tokens, j) && tokens[j + 1]?.text === '.' && num(tokens, j + 2)) j += 3
  else if (num(tokens, j) && month(tokens, j + 1)) j += 2
  else return i
  if (num(tokens, j) && /^(19|20)\d\d$/.test(tokens[j].text)) j++
  else if (tokens[j]?.text === ',' && num(tokens, j + 1) && /^(19|20)\d\d$/.test(tokens[j + 1].text)) j += 2
  return j
}
// Out of readDate: closures made per call cost a defineProperty of their names under tsx and the build.
const month = (tokens: Token[], k: number) =>
  MONTH_NUMBERS.get(tokens[k]?.low.replace(/\.$/, '') ?? '') !== undefined
const num = (tokens: Token[], k: number) => tokens[k]?.kind === 'num'
