// Breakdowns in brackets after a figure: "59 deaths reported (Feni: 23, Cumilla: 14, Noakhali: 9)",
// "153 people killed (Jajarkot 105, Rukum West 48)", "Killed: 2,036 (127 children)". Each item counts
// what the figure before the bracket counts, in one place or one group: a sub-count, like "including six
// children" in prose. A bracket holding anything else (a share, a date, a note) is left alone.

import type { DocContext } from '../assemble/index.ts'
import { CONFIDENCE } from '../confidence.ts'
import { findNumbers } from '../numbers.ts'
import { findPlaces } from '../places.ts'
import { firstStartingAt } from '../sorted.ts'
import { isCapitalized } from '../tokens.ts'
import { trapReason } from '../traps.ts'
import type { ExtractedClaim } from '../types.ts'
import { readNounPhrase } from '../who.ts'

// Words that may stand between the figure's quote and its bracket ("59 deaths reported (…)").
const MAX_GAP = 3
// The longest bracket read, and the longest place name in it.
const MAX_BRACKET = 40
const MAX_NAME = 3
const NAME_JOINS = new Set(['-', "'", '’'])
const ITEM_SEPARATORS = new Set([',', ';'])
// Words that open a breakdown without being part of its first item.
const OPENERS = new Set(['incl', 'including', 'of', 'whom', 'among', 'them', 'o/w', '.', ':'])

interface Item {
  from: number
  to: number
  num: ReturnType<typeof findNumbers>[number]
  place: { text: string; country: string | null } | null
  who: string | null
}

/** "Feni: 23", "Jajarkot 105", "Rukum West – 48", "127 children": one item of a breakdown, else null. */
function readItem(doc: DocContext, from: number, to: number): Item | null {
  const { tokens, lows } = doc
  const [num] = findNumbers(tokens, from, to)
  if (!num || trapReason(tokens, num, from, to)) return null
  if (num.from === from) {
    const np = readNounPhrase(tokens, lows, num.to, to)
    if (!np.who || (np.cls !== 'people' && np.cls !== 'households')) return null
    if (np.to === to) return { from, to, num, place: null, who: np.who }
    // "1,872 ind. in Mirebalais": a group and the place it was counted in.
    let at = np.to
    if (lows[at] === '.' && !tokens[at].space) at++
    // "312 HHs (1,872 ind.)": the abbreviation's stop closes the item.
    if (at === to) return { from, to, num, place: null, who: np.who }
    if (lows[at] !== 'in') return null
    const place = namedPlace(doc, at + 1, to)
    return place ? { from, to, num, place, who: np.who } : null
  }
  if (num.to !== to) return null
  let nameEnd = num.from
  if ([':', '–', '-', '—'].includes(lows[nameEnd - 1])) nameEnd--
  const place = namedPlace(doc, from, nameEnd)
  if (place) return { from, to, num, place, who: null }
  // "Deaths: 1,208 (children: 416)": the group counted, then its figure.
  const np = nameEnd > from ? readNounPhrase(tokens, lows, from, nameEnd) : null
  const group = np?.who && np.to === nameEnd && np.cls === 'people'
  return group ? { from, to, num, place: null, who: np.who } : null
}

/** The place named by the capitalised words [from, to), or null when they are not a short name. */
function namedPlace(doc: DocContext, from: number, to: number): Item['place'] {
  const { tokens } = doc
  if (to - from < 1 || to - from > MAX_NAME) return null
  // "Saut-d'Eau": the hyphens and apostrophes of one name.
  const joins = (k: number) =>
    tokens[k].kind !== 'word' && NAME_JOINS.has(tokens[k].text) && k > from && k < to - 1
  for (let k = from; k < to; k++)
    if (!joins(k) && (!isCapitalized(tokens[k]) || tokens[k].kind !== 'word')) return null
  const known = findPlaces(tokens, from, to, doc.mainCountry).find((p) => p.from === from && p.to === to)
  const text = doc.text.slice(tokens[from].start, tokens[to - 1].end)
  return { text, country: known?.entry.country ?? doc.mainCountry }
}

/** The items of the bracket opening at `open`, or null when any part of it is no item. */
function readBracket(doc: DocContext, open: number): Item[] | null {
  const { tokens, lows } = doc
  let close = open + 1
  while (close < tokens.length && lows[close] !== ')' && close - open < MAX_BRACKET) {
    if (tokens[close].newlines > 0 || lows[close] === '(') return null
    close++
  }
  if (lows[close] !== ')') return null
  let from = open + 1
  while (from < close && OPENERS.has(lows[from])) from++
  const items: Item[] = []
  for (let k = from; k <= close; k++) {
    if (k < close && !ITEM_SEPARATORS.has(lows[k])) continue
    const item = k > from ? readItem(doc, from, k) : null
    if (!item) return null
    items.push(item)
    from = k + 1
  }
  // One bare group is a sub-count ("(127 children)"); places come as a list or alone.
  return items.length > 0 ? items : null
}

const HOUSEHOLD_WORDS = new Set(['families', 'households', 'hhs', 'hh', 'family', 'household'])
const PAIRS = new Set(['/', 'or'])

/**
 * "7,544 families / 30,112 persons are taking shelter", "14,200 persons / 2,840 families": the same
 * people counted twice, in households and in persons, either side of a slash. The household count is
 * read with the persons' figure's meaning. `after` is the token after the parent's quote.
 */
function pairedCount(doc: DocContext, parent: ExtractedClaim, after: number): Item | null {
  const { tokens, lows } = doc
  if (parent.unit !== 'people') return null
  let from = -1
  if (PAIRS.has(lows[after]) && tokens[after].newlines === 0) from = after + 1
  else {
    const at = firstStartingAt(doc.tokens, parent.start)
    if (at >= 3 && PAIRS.has(lows[at - 1]) && HOUSEHOLD_WORDS.has(lows[at - 2])) {
      from = at - 2
      while (from > 0 && tokens[from - 1].kind === 'num' && at - from < 4) from--
    }
  }
  if (from < 0) return null
  const [num] = findNumbers(tokens, from, Math.min(tokens.length, from + 4))
  if (!num || num.from !== from || !HOUSEHOLD_WORDS.has(lows[num.to])) return null
  return { from, to: num.to + 1, num, place: null, who: lows[num.to] }
}

/**
 * "7,310 people (1,872 ind. in Mirebalais, 5,438 ind. in Hinche) fled": the breakdown stands inside the
 * parent's quote, straight after its figure and group. The bracket's token, or -1.
 */
function innerBracket(doc: DocContext, parent: ExtractedClaim): number {
  const { tokens, lows } = doc
  let k = firstStartingAt(tokens, parent.start)
  while (k < tokens.length && tokens[k].kind !== 'num' && tokens[k].start < parent.end) k++
  const first = k
  while (k < tokens.length && k - first <= MAX_GAP && tokens[k].newlines === 0 && lows[k] !== '(') k++
  return lows[k] === '(' && tokens[k].end < parent.end ? k : -1
}

/** A group in households counts households; persons beside a households figure count people. */
export function unitOf(who: string | null, parent: ExtractedClaim['unit']): ExtractedClaim['unit'] {
  if (!who) return parent
  if (HOUSEHOLD_WORDS.has(who)) return 'households'
  return parent === 'households' ? 'people' : parent
}

export function bracketItemClaims(doc: DocContext, claims: ExtractedClaim[]): ExtractedClaim[] {
  const { tokens, lows, text } = doc
  const out: ExtractedClaim[] = []
  for (const parent of claims) {
    let k = firstStartingAt(tokens, parent.end)
    const first = k
    while (k < tokens.length && k - first < MAX_GAP && tokens[k].kind === 'word' && tokens[k].newlines === 0)
      k++
    // "2,295,142 internally displaced persons (IDPs) (471,560 households)": an acronym's bracket first.
    if (lows[k] === '(' && lows[k + 2] === ')' && tokens[k + 1].kind === 'word') k += 3
    const paired = pairedCount(doc, parent, k)
    if (!paired && lows[k] !== '(') k = innerBracket(doc, parent)
    const items = paired ? [paired] : lows[k] === '(' && tokens[k].newlines === 0 ? readBracket(doc, k) : null
    if (!items) continue
    for (const item of items) {
      const start = tokens[item.from].start
      const end = tokens[item.to - 1].end
      if (claims.some((c) => c !== parent && c.start < end && c.end > start)) continue
      out.push({
        ...parent,
        low: item.num.low,
        high: item.num.high,
        qualifier: item.num.qualifier,
        who: item.who ?? parent.who,
        unit: unitOf(item.who, parent.unit),
        location: item.place?.text ?? parent.location,
        country: item.place?.country ?? parent.country,
        quote: text.slice(start, end),
        start,
        end,
        context: null,
        confidence: CONFIDENCE.tableCell,
      })
    }
  }
  return out
}
