// The gazetteer: every spelling of a country, first-level division or main town, mapped to one canonical
// entry with its ISO3 country and parent division. The extractor uses it to find the place a figure is
// about; series code can use `lookupPlace` to normalise the places stored on claims.

import { memoize } from '../../text/memo.ts'
import { COUNTRIES } from './countries.ts'
import { DIVISIONS } from './divisions.ts'
import { foreignSpellings } from './i18n.ts'

export type PlaceKind = 'country' | 'division' | 'city'

export interface PlaceEntry {
  /** Canonical spelling ("Idlib", "Khan Sheikhoun", "Syria"). */
  name: string
  kind: PlaceKind
  /** ISO 3166-1 alpha-3. */
  country: string
  /** Canonical name of the first-level division a town is in; null for countries and divisions. */
  parent: string | null
}

/** Lookup key: lower case, no diacritics, no apostrophes, hyphens and dots as spaces. */
export function placeKey(name: string): string {
  // Plain ASCII words (the usual case) need no Unicode normalisation.
  if (/^[A-Za-z]+$/.test(name)) return name.toLowerCase()
  return keyOf(name)
}

// Names of several words, or with marks, apostrophes or dots: each spelling normalised once.
const keyOf = memoize((name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[-.\s]+/g, ' ')
    .trim(),
)

// Spellings that are also ordinary words or too ambiguous to match in running text; they still resolve
// through lookupPlace.
const NOT_MATCHED_IN_TEXT = new Set(
  (
    'north south east west centre center nord est sud ouest sahel rivers lakes unity bay bari mon chin imo hit ' +
    'tank dana abs midi kass bara van carrefour leer bor mora kale northern littoral plateau karen red sea ' +
    'blue nile white nile river nile hish shire nasir bama dikwa khyber tonj kumba mali sour zabid us ' +
    'central georgia jordan chad niger'
  )
    .split(' ')
    .concat(['red sea', 'blue nile', 'white nile', 'river nile', 'gaza province', 'u s', 'uk', 'u k'])
    .map(placeKey),
)

const byKey = new Map<string, PlaceEntry[]>()
const textPrefixes = new Set<string>()
const demonyms = new Map<string, string>()
// French, Spanish and Arabic spellings, apart: the English reader never sees them ("Argelia" is a town in
// Cauca to an English text and Algeria to a Spanish one).
const foreign = new Map<string, PlaceEntry[]>()
const foreignPrefixes = new Set<string>()

function add(spelling: string, entry: PlaceEntry): void {
  const key = placeKey(spelling)
  if (!key) return
  const list = byKey.get(key) ?? []
  if (!list.some((e) => e.name === entry.name && e.country === entry.country && e.kind === entry.kind)) {
    list.push(entry)
  }
  byKey.set(key, list)
  if (NOT_MATCHED_IN_TEXT.has(key)) return
  const words = key.split(' ')
  for (let n = 1; n <= words.length; n++) textPrefixes.add(words.slice(0, n).join(' '))
}

function load(): void {
  for (const line of COUNTRIES.split('\n')) {
    if (!line.trim()) continue
    const [iso, name, others, adjectives] = line.split('|')
    const entry: PlaceEntry = { name, kind: 'country', country: iso, parent: null }
    add(name, entry)
    for (const o of others ? others.split(',') : []) add(o, entry)
    for (const d of adjectives ? adjectives.split(',') : []) demonyms.set(placeKey(d), iso)
  }
  for (const [iso, lines] of Object.entries(DIVISIONS)) {
    for (const line of lines) {
      const colon = line.indexOf(':')
      const divSpellings = line.slice(0, colon).split('/')
      const division = divSpellings[0].trim()
      const divEntry: PlaceEntry = { name: division, kind: 'division', country: iso, parent: null }
      for (const s of divSpellings) add(s.trim(), divEntry)
      for (const town of line.slice(colon + 1).split(',')) {
        const spellings = town.split('/').map((s) => s.trim())
        if (!spellings[0]) continue
        const entry: PlaceEntry = { name: spellings[0], kind: 'city', country: iso, parent: division }
        for (const s of spellings) add(s, entry)
      }
    }
  }
  for (const f of foreignSpellings()) {
    // A country the gazetteer does not list stays unknown in every language.
    let entry: PlaceEntry | null
    if (f.kind === 'country') entry = countryEntry(f.country)
    else if (f.kind) entry = { name: f.name, kind: f.kind, country: f.country ?? '', parent: f.parent }
    else entry = lookupPlace(f.name)
    if (!entry) continue
    const key = placeKey(f.spelling)
    const list = foreign.get(key) ?? []
    if (!list.some((e) => e.name === entry.name && e.country === entry.country)) list.push(entry)
    foreign.set(key, list)
    const parts = key.split(' ')
    for (let n = 1; n <= parts.length; n++) foreignPrefixes.add(parts.slice(0, n).join(' '))
  }
}

const countries = new Map<string, PlaceEntry>()
function countryEntry(iso3: string | null): PlaceEntry | null {
  if (countries.size === 0) {
    for (const list of byKey.values())
      for (const e of list) if (e.kind === 'country') countries.set(e.country, e)
  }
  return countries.get(iso3 ?? '') ?? null
}

// Built on first use (../once.ts says why). `loaded` is set before load() runs, since load() looks up the
// entries it has already added.
let loaded = false
/** Builds the tables on first use; extractClaims calls it before reading a text (see index.ts). */
export function ready(): void {
  if (loaded) return
  loaded = true
  load()
}

/** Every entry spelled `name`, countries and divisions before towns. */
export function lookupPlaces(name: string): PlaceEntry[] {
  ready()
  return byKey.get(placeKey(name)) ?? []
}

/** The entry spelled `name`, preferring one in `preferCountry` when the spelling is shared. */
export function lookupPlace(name: string, preferCountry?: string | null): PlaceEntry | null {
  const list = lookupPlaces(name)
  if (list.length === 0) return null
  if (preferCountry) {
    const same = list.find((e) => e.country === preferCountry)
    if (same) return same
  }
  return list[0]
}

/** Whether some spelling matched in running text starts with (or is) this key. */
export function isPlacePrefix(key: string): boolean {
  ready()
  return textPrefixes.has(key)
}

/**
 * The entry spelled `name` in English, French, Spanish or Arabic (Arabic normalised as
 * i18n.ts normalizeArabic does): what the other readers, and code normalising their places, look up.
 */
export function lookupPlaceAnyLanguage(name: string, preferCountry?: string | null): PlaceEntry | null {
  ready()
  const key = placeKey(name)
  const list = foreign.get(key) ?? byKey.get(key) ?? []
  if (preferCountry) {
    const same = list.find((e) => e.country === preferCountry)
    if (same) return same
  }
  return list[0] ?? null
}

/** Whether some French, Spanish or Arabic spelling starts with (or is) these words. */
export function isForeignPrefix(key: string): boolean {
  ready()
  return foreignPrefixes.has(key)
}

/** Whether the key is a French, Spanish or Arabic spelling the other readers may match in running text. */
export function isForeignPlace(key: string): boolean {
  ready()
  return foreign.has(key)
}

/** Whether the key is a full spelling that may be matched in running text. */
export function isTextPlace(key: string): boolean {
  ready()
  return byKey.has(key) && !NOT_MATCHED_IN_TEXT.has(key)
}

/** ISO3 of a demonym ("syrian" -> "SYR"), or null. */
export function demonymCountry(word: string): string | null {
  ready()
  return demonyms.get(placeKey(word)) ?? null
}

export function isDemonym(word: string): boolean {
  ready()
  return demonyms.has(placeKey(word))
}
