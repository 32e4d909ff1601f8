// Places named in a sentence, matched against the gazetteer token by token (capitalised words only, up to
// six words), and the choice of the one a figure is about.

import { isPlacePrefix, isTextPlace, lookupPlace, type PlaceEntry, placeKey } from './gazetteer/index.ts'
import { isCapitalized, type Token } from './tokens.ts'

export interface PlaceMention {
  from: number
  to: number
  /** As written, possessive dropped: "Idlib", "Khan Sheikhoun", "Syria". */
  text: string
  entry: PlaceEntry
  /**
   * The place names a party here, not where: 'verb' when it acts or is addressed ("Russia said", "urged
   * Ankara"), 'owner' when it owns the party ("Turkey's Defense Ministry", still a hint of the country).
   */
  actor?: 'verb' | 'owner' | null
}

const MAX_WORDS = 6

function tokenKey(tok: Token): string {
  return placeKey(tok.text.replace(/['\u2019]s$/, ''))
}

export function findPlaces(
  tokens: Token[],
  from: number,
  to: number,
  preferCountry: string | null,
): PlaceMention[] {
  const out: PlaceMention[] = []
  let i = from
  while (i < to) {
    if (!isCapitalized(tokens[i]) || isDateline(tokens, i)) {
      i++
      continue
    }
    let key = ''
    let best: PlaceMention | null = null
    for (let j = i; j < to && j - i < MAX_WORDS; j++) {
      if (tokens[j].kind !== 'word' || (j > i && tokens[j].newlines > 0)) break
      key = key ? `${key} ${tokenKey(tokens[j])}` : tokenKey(tokens[j])
      if (!isPlacePrefix(key)) break
      if (isTextPlace(key)) {
        const entry = lookupPlace(key, preferCountry)
        if (entry) {
          const text = tokens
            .slice(i, j + 1)
            .map((t) => t.text)
            .join(' ')
            .replace(/['\u2019]s$/, '')
          best = { from: i, to: j + 1, text, entry }
        }
      }
      // Possessives end a name: "Syria's northwestern Idlib province".
      if (/['\u2019]s$/.test(tokens[j].text)) break
    }
    // "fled to Chad", "into Niger": a country whose name is also a word is a place after a preposition.
    const prep = i > from ? tokens[i - 1].low : ''
    if (!best && (LOCATIVES.has(prep) || prep === 'to')) {
      const entry = lookupPlace(tokenKey(tokens[i]))
      if (entry?.kind === 'country' && tokens[i].kind === 'word') {
        best = { from: i, to: i + 1, text: tokens[i].text.replace(/['\u2019]s$/, ''), entry }
      }
    }
    if (best) {
      best.actor = isActor(tokens, best, to)
      out.push(best)
      i = best.to
    } else i++
  }
  // "Moscow and Ankara had settled": a place coordinated with an actor acts too.
  for (let k = out.length - 2; k >= 0; k--) {
    const next = out[k + 1]
    if (next.actor === 'verb' && tokens[out[k].to]?.low === 'and' && next.from === out[k].to + 1)
      out[k].actor = 'verb'
  }
  return out
}

// Nouns after a possessive place that make the place a party: "Turkey's Defense Ministry", "Russia's army".
const ACTOR_NOUNS = new Set(
  (
    'ministry military army forces government president prime foreign defence defense health interior ' +
    'officials authorities leader leaders troops police navy air state security intelligence embassy ' +
    'envoy ambassador spokesman spokeswoman parliament cabinet regime presidency junta administration ' +
    'emergency disaster civil'
  ).split(' '),
)
// Verbs after a place that make it the subject of a statement or an act: "Russia said", "Ankara protested".
const ACTOR_VERBS = new Set(
  (
    'said says say told announced announces accused accuses urged urges protested protests wants want ' +
    'warned warns denied denies rejected rejects claimed claims called calls agreed agrees supports support ' +
    'backed backs sent sends moved moves launched launches vowed vows insisted insists added adds stated ' +
    'reported reports blamed blames demanded demands threatened threatens responded responds confirmed ' +
    'confirms condemned condemns pledged pledges asked asks dismissed disputed'
  ).split(' '),
)
// Verbs before a place that make it the one addressed: "urged Russia to", "protested to Moscow".
const ADDRESS_VERBS = new Set(
  (
    'urged urging urges asked asking accused accusing blamed blaming pressing pressed protested warned told ' +
    'wants want wanted allow allowed'
  ).split(' '),
)

function isActor(tokens: Token[], m: PlaceMention, to: number): 'verb' | 'owner' | null {
  const last = tokens[m.to - 1]
  const next = m.to < to ? tokens[m.to].low : ''
  const prev = m.from > 0 ? tokens[m.from - 1].low : ''
  if (/['\u2019]s$/.test(last.text)) {
    // "Turkey's Defense Ministry", "Syria's state news agency"; not "Syria's war", "Syria's Idlib province".
    for (let k = m.to; k < Math.min(to, m.to + 3); k++) if (ACTOR_NOUNS.has(tokens[k].low)) return 'owner'
    return null
  }
  // "the Ministry of Health in Gaza said": a place after a locative preposition stays a place.
  if (LOCATIVES.has(prev)) return null
  // "Voice of America", "Bank of Khartoum": part of a name.
  if (
    prev === 'of' &&
    m.from > 1 &&
    isCapitalized(tokens[m.from - 2]) &&
    !NAME_OF_PLACE.has(tokens[m.from - 2].low)
  )
    return 'verb'
  if (ACTOR_VERBS.has(next)) return 'verb'
  // "Ankara has protested", "Russia have upped their bombardment" are acts; "Idlib has been pounded" is
  // not, nor "the fighting for Marib has killed" (the place is inside the subject).
  if (/^(has|have|had|will|would)$/.test(next) && m.to + 1 < to && prev !== 'of' && prev !== 'for') {
    const verb = tokens[m.to + 1].low
    if (ACTOR_VERBS.has(verb) || (verb !== 'been' && /(ed|en)$/.test(verb))) return 'verb'
  }
  if (ADDRESS_VERBS.has(prev)) return 'verb'
  const before = m.from > 1 ? tokens[m.from - 2].low : ''
  return prev === 'to' && ADDRESS_VERBS.has(before) ? 'verb' : null
}
const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'inside', 'throughout', 'into', 'from'])
const NAME_OF_PLACE = new Set([
  'republic',
  'province',
  'region',
  'governorate',
  'state',
  'city',
  'kingdom',
  'gulf',
])

/** "BEIRUT (Reuters) -", "MOSCOW:": the dateline says where the reporter was, not where it happened. */
function isDateline(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  if (tok.text !== tok.text.toUpperCase() || tok.text.length < 2) return false
  // "EL FASHER, Sudan": a dateline of several words.
  const nextTok = tokens[i + 1]
  if (
    nextTok?.kind === 'word' &&
    nextTok.text === nextTok.text.toUpperCase() &&
    nextTok.text.length >= 2 &&
    !nextTok.newlines
  ) {
    return isDateline(tokens, i + 1)
  }
  if (i > 0 && tokens[i].newlines === 0 && tokens[i - 1].text !== '-' && tokens[i - 1].kind !== 'num') {
    const prev = tokens[i - 1]
    if (prev.kind === 'word' && prev.text !== prev.text.toUpperCase()) return false
  }
  const next = tokens[i + 1]?.text ?? ''
  return (
    next === '(' ||
    next === ':' ||
    next === '-' ||
    next === '—' ||
    next === '–' ||
    next === ',' ||
    next === '.'
  )
}

/** Places the gazetteer does not know, named by their frame: "the village of Jarjanaz", "in Dhiban". */
export function findFramedPlaces(tokens: Token[], lows: string[], from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = []
  for (let i = from; i + 1 < to; i++) {
    const w = lows[i]
    const framed = PLACE_NOUNS.has(w) && lows[i + 1] === 'of'
    const prep = w === 'in' || w === 'near' || w === 'at'
    if (!framed && !prep) continue
    let j = framed ? i + 2 : i + 1
    if (prep && lows[j] === 'the') continue
    const start = j
    while (j < to && j - start < 4 && isPlaceWord(tokens[j])) j++
    if (j === start || MONTH_OR_DAY.test(lows[start].replace(/['\u2019]s$/, ''))) continue
    const text = tokens
      .slice(start, j)
      .map((t) => t.text)
      .join(' ')
    const entry: PlaceEntry = { name: text, kind: 'city', country: '', parent: null }
    out.push({ from: start, to: j, text, entry })
    i = j - 1
  }
  return out
}

const PLACE_NOUNS = new Set([
  'village',
  'town',
  'city',
  'district',
  'camp',
  'neighbourhood',
  'neighborhood',
  'area',
  'province',
  'region',
  'governorate',
  'county',
  'state',
  'municipality',
  'villages',
  'towns',
  'localities',
  'locality',
])
const MONTH_OR_DAY =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|aug|sept|oct|nov|dec)$/

function isPlaceWord(tok: Token): boolean {
  return (
    tok.kind === 'word' && (isCapitalized(tok) || /^(al|el|ad|ar|as|an|at|az|ash)-\p{Lu}/u.test(tok.text))
  )
}

/**
 * The place a figure at tokens [qFrom, qTo) is about: the nearest place in its sentence, preferring one
 * after it ("killed 12 in Idlib") and a division or town over a country ("Syria's Idlib province").
 */
export function choosePlace(places: PlaceMention[], qFrom: number, qTo: number): PlaceMention | null {
  let best: PlaceMention | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const p of places) {
    const dist = p.from >= qTo ? p.from - qTo : qFrom - p.to + 3
    // Countries weigh least; a place the gazetteer does not know (country '') a little less than one it does;
    // the owner of a party ("Lebanon's health minister") only when nothing else is named.
    const score =
      dist + (p.entry.kind === 'country' ? 6 : 0) + (p.entry.country === '' ? 2 : 0) + (p.actor ? 100 : 0)
    if (score < bestScore) {
      best = p
      bestScore = score
    }
  }
  return best
}
