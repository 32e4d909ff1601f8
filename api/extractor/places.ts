// Places named in a sentence, matched against the gazetteer token by token (capitalised words only, up to
// six words), and the choice of the one a figure is about.

import { memoize } from '../text/memo.ts'
import {
  isDemonym,
  isPlacePrefix,
  isTextPlace,
  lookupPlace,
  type PlaceEntry,
  placeKey,
} from './gazetteer/index.ts'
import { isAllUpper, isCapitalized, type Token, UPPER_FIRST } from './tokens.ts'
import { words } from './words.ts'

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

/** What the gazetteer says of one word as written: its key, and whether a place name starts with it. */
interface PlaceWord {
  key: string
  prefix: boolean
}

// Every capitalised word of every sentence is keyed (a regular expression, a replace, a lower-casing) and
// looked up among the name prefixes: both remembered per spelling, in one record.
const placeWord = memoize((text: string): PlaceWord => {
  const key = placeKey(text.replace(/['\u2019]s$/, ''))
  return { key, prefix: isPlacePrefix(key) }
})

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
      const word = placeWord(tokens[j].text)
      if (j === i) {
        if (!word.prefix) break
        key = word.key
      } else {
        key = `${key} ${word.key}`
        if (!isPlacePrefix(key)) break
      }
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
    // "fled to Chad", "into Niger", "eastern Chad", "Chad's capital", "Chad: ...": a country whose name is also
    // a word is a place after a preposition or a direction, as a possessive, or labelling a headline.
    if (!best && isMarked(tokens, i, from)) {
      const entry = lookupPlace(placeWord(tokens[i].text).key)
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
    if (next.actor === 'verb' && tokens[out[k].to]?.low === 'and' && next.from === out[k].to + 1) {
      // "Fighting in Jonglei and Upper Nile has displaced ...": both are where, after the preposition.
      if (out[k].from > from && LOCATIVES.has(tokens[out[k].from - 1].low)) next.actor = null
      else out[k].actor = 'verb'
    }
  }
  return out
}

// (Asked only when no longer name matched, not of every capitalised word.)
function isMarked(tokens: Token[], i: number, from: number): boolean {
  const prep = i > from ? tokens[i - 1].low : ''
  return (
    LOCATIVES.has(prep) ||
    prep === 'to' ||
    DIRECTIONS.has(prep) ||
    /['\u2019]s$/.test(tokens[i].text) ||
    (i === from && tokens[i + 1]?.text === ':')
  )
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
  // "Cyclone Mocha", "Storm Daniel": a storm's name, not where it struck.
  if (STORMS.has(prev) && isCapitalized(tokens[m.from - 1])) return 'verb'
  // "Borno State Emergency Management Agency", "the Saudi Hospital": the place names a body or a building.
  if (
    !/['\u2019]s$/.test(last.text) &&
    m.to < to &&
    isCapitalized(tokens[m.to]) &&
    INSTITUTIONS.has(nameHead(tokens, m.to, to))
  )
    return 'owner'
  if (/['\u2019]s$/.test(last.text)) {
    // "Turkey's Defense Ministry", "Syria's state news agency"; not "Syria's war", "Syria's Idlib province".
    for (let k = m.to; k < Math.min(to, m.to + 3); k++) if (ACTOR_NOUNS.has(tokens[k].low)) return 'owner'
    return null
  }
  // "the Ministry of Health in Gaza said": a place after a locative preposition stays a place.
  if (LOCATIVES.has(prev)) return null
  // "the governor of Norte de Santander province said": the place of an office holder.
  if (prev === 'of' && m.from > 1 && OFFICES.has(tokens[m.from - 2].low)) return 'owner'
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
const OFFICES = new Set(
  'governor mayor minister president police chief commissioner ministry prefect administrator spokesman spokeswoman government governors'.split(
    ' ',
  ),
)
const STORMS = new Set(['cyclone', 'storm', 'typhoon', 'hurricane', 'operation', 'tropical'])
const INSTITUTIONS = new Set(
  (
    'agency ministry authority commission council hospital university police army forces government committee ' +
    'school college mosque church cathedral clinic stadium airport prison market hotel ' +
    'service services office department directorate society crescent cross institute centre center bureau ' +
    'commissioner governor administration network observatory mission radio television times post tribune'
  ).split(' '),
)
/** The last word of a capitalised run starting at i: "State Emergency Management Agency" -> "agency". */
function nameHead(tokens: Token[], i: number, to: number): string {
  let k = i
  while (k + 1 < to && k - i < 6 && isCapitalized(tokens[k + 1]) && tokens[k + 1].newlines === 0) k++
  return tokens[k].low
}
const DIRECTIONS = words(`
  northern southern eastern western central north-eastern north-western south-eastern south-western
  northeastern northwestern southeastern southwestern north south east west
`)
const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'inside', 'throughout', 'into', 'from'])
const NAME_OF_PLACE = words('republic province region governorate state city kingdom gulf')

/** "BEIRUT (Reuters) -", "MOSCOW:": the dateline says where the reporter was, not where it happened. */
function isDateline(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  if (tok.text.length < 2 || !isAllUpper(tok.text)) return false
  // "EL FASHER, Sudan": a dateline of several words.
  const nextTok = tokens[i + 1]
  if (nextTok?.kind === 'word' && isAllUpper(nextTok.text) && nextTok.text.length >= 2 && !nextTok.newlines) {
    return isDateline(tokens, i + 1)
  }
  if (i > 0 && tokens[i].newlines === 0 && tokens[i - 1].text !== '-' && tokens[i - 1].kind !== 'num') {
    const prev = tokens[i - 1]
    if (prev.kind === 'word' && !isAllUpper(prev.text)) return false
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
    const framed = lows[i + 1] === 'of' && PLACE_NOUNS.has(w)
    const prep = w === 'in' || w === 'near' || w === 'at'
    // "Jajarkot district", "the Catatumbo region", "Depayin township": a name before its kind of place.
    if (!framed && !prep) {
      if (POSTFIX_NOUNS.has(w) && i > from && isPlaceWord(tokens[i - 1]) && !isCapitalized(tokens[i])) {
        let start = i - 1
        while (
          start > from &&
          i - start < 3 &&
          isPlaceWord(tokens[start - 1]) &&
          tokens[start].newlines === 0
        )
          start--
        const m = framedMention(tokens, lows, start, i)
        if (m && !out.some((o) => o.to > m.from)) out.push(m)
      }
      continue
    }
    let j = framed ? i + 2 : i + 1
    if (prep && lows[j] === 'the') continue
    let start = j
    // "in Syria's northwest", "in Ukraine's east": a region of a country.
    if (
      /['\u2019]s$/.test(tokens[j]?.text ?? '') &&
      COMPASS.has(lows[j + 1] ?? '') &&
      !isCapitalized(tokens[j + 1])
    ) {
      const owner = lookupPlace(tokens[j].text.replace(/['\u2019]s$/, ''))
      if (owner) {
        const text = `${tokens[j].text} ${tokens[j + 1].text}`
        out.push({
          from: j,
          to: j + 2,
          text,
          entry: { name: text, kind: 'division', country: owner.country, parent: null },
        })
        i = j + 1
        continue
      }
    }
    // "in Colombia's Cauca", "in Syria's Mayadin": the country owns the place named after it.
    if (/['\u2019]s$/.test(tokens[j]?.text ?? '') && lookupPlace(tokens[j].text.replace(/['\u2019]s$/, '')))
      start = ++j
    while (j < to && j - start < 4 && isPlaceWord(tokens[j])) {
      j++
      // "in Somalia's capital": a possessive ends the name.
      if (/['\u2019]s$/.test(tokens[j - 1].text)) break
    }
    if (j === start) continue
    const m = framedMention(tokens, lows, start, j)
    if (m) out.push(m)
    i = j - 1
  }
  return out
}

/** A place the gazetteer does not know, or null when the words are a known place, a month or a people. */
function framedMention(tokens: Token[], lows: string[], start: number, end: number): PlaceMention | null {
  const first = lows[start].replace(/['\u2019]s$/, '')
  if (end - start === 1 && (NOT_PLACE_WORDS.has(first) || GENERIC_PLACE_WORDS.has(first))) return null
  if (MONTH_OR_DAY.test(first) || INSTITUTIONS.has(lows[end - 1])) return null
  let text = tokens[start].text
  for (let k = start + 1; k < end; k++) text += ` ${tokens[k].text}`
  if (text.endsWith("'s") || text.endsWith('\u2019s')) text = text.slice(0, -2)
  const key = placeKey(text)
  // Most framed names are places the running text already matched ("in Gaza").
  if (isTextPlace(key) && isCapitalized(tokens[start])) return null
  if (isDemonym(text) || isDemonym(text.replace(/s$/, ''))) return null
  if (end - start === 1 && NOT_PLACE_WORDS.has(first)) return null
  // "Hamas-run", "al-Ahli Arab Hospital": an adjective or a building, not a place.
  if (/-(run|held|controlled|led|backed|based)$/i.test(text) || INSTITUTIONS.has(lows[end - 1])) return null
  // A known place the running text does not match on its own ("in Nasir", "in Niger") keeps its entry; one
  // it does match is found already.
  const known = GENERIC_PLACE_WORDS.has(first) ? null : lookupPlace(text)
  if (GENERIC_PLACE_WORDS.has(first) && end - start === 1) return null
  if (known) return { from: start, to: end, text, entry: known }
  const entry: PlaceEntry = { name: text, kind: 'city', country: '', parent: null }
  return { from: start, to: end, text, entry }
}
// Spellings of divisions that are ordinary words first: "in North and South Kivu", "in Central Africa".
const GENERIC_PLACE_WORDS = words(`
  north south east west centre center central nord est sud ouest northern southern eastern western
  unity lakes rivers bay plateau littoral sahel upper lower greater
`)
const COMPASS = words(`
  north south east west northwest northeast southwest southeast north-west north-east south-west
  south-east
`)
const POSTFIX_NOUNS = words(`
  district county village town township camp territory zone division sector commune municipality
  locality neighbourhood neighborhood governorate province region state department prefecture
  subdistrict
`)
// Capitalised words after "in" that are no places: "in Gaza" is known, "in Reuters" or "in Israeli" are not.
const NOT_PLACE_WORDS = new Set(
  'the a an its their his her this that these those january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday total all addition particular response recent'.split(
    ' ',
  ),
)

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
  'island',
  'islands',
  'coast',
])
const MONTH_OR_DAY =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|aug|sept|oct|nov|dec)$/

// Out of the function: esbuild (tsx, the build) turns a \p{...} literal into `new RegExp`, made on each call.
const PARTICLE_PLACE = /^(al|el|ad|ar|as|an|at|az|ash)-\p{Lu}/u

function isPlaceWord(tok: Token): boolean {
  return tok.kind === 'word' && (isCapitalized(tok) || PARTICLE_PLACE.test(tok.text))
}

/**
 * The place a figure at tokens [qFrom, qTo) is about: the nearest place in its sentence, preferring one
 * after it ("killed 12 in Idlib") and a division or town over a country ("Syria's Idlib province").
 */
export function choosePlace(
  places: PlaceMention[],
  qFrom: number,
  qTo: number,
  lows?: string[],
  tokens?: Token[],
): PlaceMention | null {
  let best: PlaceMention | null = null
  let bestScore = Number.POSITIVE_INFINITY
  const several = lows !== undefined && places.length > 1
  const sorted = several ? [...places].sort((a, b) => a.from - b.from) : places
  for (const p of sorted) {
    // "in Depayin township, Sagaing region", "the town of Pont-Sonde in the Artibonite department": the wider
    // place only says where the narrower one is.
    if (several && lows && tokens && isContainer(p, sorted, lows, tokens)) continue
    // A place inside the quote ("Shangla (36)", "24 in Wajima City") is the figure's own.
    const inside = p.from >= qFrom && p.to <= qTo
    let dist = inside ? -1 : p.from >= qTo ? p.from - qTo : qFrom - p.to + 3
    // "Kassala - 46 deaths; Gedaref - 33 deaths": a place across a semicolon belongs to the other item.
    if (lows && semicolonBetween(lows, p.from >= qTo ? qTo : p.to, p.from >= qTo ? p.from : qFrom)) dist += 12
    // Countries weigh least; a place the gazetteer does not know (country '') a little less than one it does;
    // the owner of a party ("Lebanon's health minister") only when nothing else is named.
    // "across Sudan", "throughout the country": a figure said to cover the whole place.
    const lead = lows && DIRECTIONS.has(lows[p.from - 1]) ? lows[p.from - 2] : lows?.[p.from - 1]
    const scope = lead === 'across' || lead === 'throughout'
    // "In Israel, 12 people ... killed by rockets fired from Gaza": "in" says where, "from" whence.
    if (
      lows &&
      (LOCATING.has(lows[p.from - 1]) ||
        (/'s$/.test(lows[p.from - 1] ?? '') && LOCATING.has(lows[p.from - 2])))
    )
      dist -= 2
    if (lows && lows[p.from - 1] === 'from') dist += 4
    const score =
      dist +
      (p.entry.kind === 'country' && !scope ? 6 : 0) +
      (p.entry.country === '' ? 2 : 0) +
      (p.actor ? 100 : 0)
    if (score < bestScore) {
      best = p
      bestScore = score
    }
  }
  return best
}

const LOCATING = new Set(['in', 'at', 'inside', 'near', 'across', 'throughout'])

function semicolonBetween(lows: string[], from: number, to: number): boolean {
  // "..., while across Myanmar there are ...": a place behind a contrast belongs to the other clause.
  for (let k = from; k < to; k++)
    if (lows[k] === ';' || lows[k] === 'while' || lows[k] === 'whereas') return true
  return false
}

const CONTAINER_LINKS = new Set([',', 'in', 'the', 'of', "'s", 'province', 'district', 'region', 'state'])

/** Whether p follows a narrower place it contains: "X township, Sagaing region", "X in the Artibonite department". */
function isContainer(p: PlaceMention, places: PlaceMention[], lows: string[], tokens: Token[]): boolean {
  // "Ituri's Djugu territory", "Port-au-Prince's Petion-Ville suburb": the owner holds the place after it.
  if (/'s$/.test(lows[p.to - 1]) && places.some((q) => q.from === p.to && q !== p)) return true
  // "in Talisay, Batangas": a place the gazetteer does not know, then the known one it lies in.
  const listed =
    lows[p.to] === 'and' || (lows[p.to] === ',' && UPPER_FIRST.test(tokens[p.to + 1]?.text ?? ''))
  if (p.entry.country !== '' && lows[p.from - 1] === ',' && !listed) {
    if (places.some((q) => q.to === p.from - 1 && q.entry.country === '' && !q.actor)) return true
  }
  if (p.entry.kind === 'city' && p.entry.country !== '' && !POSTFIX_NOUNS.has(lows[p.to])) return false
  for (const q of places) {
    if (q === p || q.to > p.from || p.from - q.to > 4) continue
    if (q.actor) continue
    const narrower =
      (q.entry.kind === 'city' &&
        (q.entry.country === '' || q.entry.parent === p.entry.name || q.entry.country === p.entry.country)) ||
      (q.entry.kind === 'division' && p.entry.kind === 'country' && q.entry.country === p.entry.country)
    if (!narrower) continue
    let linked = true
    for (let k = q.to; k < p.from; k++)
      if (!CONTAINER_LINKS.has(lows[k]) && !POSTFIX_NOUNS.has(lows[k]) && !/'s$/.test(lows[k])) linked = false
    if (linked && p.from > q.to) return true
  }
  return false
}
