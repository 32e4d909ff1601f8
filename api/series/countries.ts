// Country names and nationality adjectives for the series library: the extractor's gazetteer table
// (one list of countries in Tally), with the few words and labels series need differently below.
// Callers may still pass a lookup of their own (see `CountryLookup`); this table is the fallback.
import { COUNTRIES } from '../extractor/gazetteer/countries.ts'

// Same line format: ISO3 | name | other names | adjectives. A name or adjective here replaces the
// gazetteer's in labels ("Myanmar civilians", not "Burmese"); other names are added. The extractor
// leaves "Congolese" and "Gaza" to context; a series group or place may use them on their own.
const SERIES_WORDS = `
COD|||Congolese
MMR|||Myanmar,Burmese
PHL|||Philippine,Filipino
PSE||Gaza,Gaza Strip,West Bank|
`

/** Maps a country name or nationality adjective ("Turkey", "turkish") to ISO3, or null. */
export type CountryLookup = (word: string) => string | null

export function countryKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
}

const byWord = new Map<string, string>()
const names = new Map<string, string>()
const adjectives = new Map<string, string>()
for (const line of `${COUNTRIES}\n${SERIES_WORDS}`.split('\n')) {
  if (!line) continue
  const [iso, name, others, adjs] = line.split('|')
  if (name) names.set(iso, name)
  for (const w of [name, ...others.split(','), ...adjs.split(',')]) if (w) byWord.set(countryKey(w), iso)
  if (adjs) adjectives.set(iso, adjs.split(',')[0])
}

/** The built-in fallback lookup. */
export const builtinCountry: CountryLookup = (word) => byWord.get(countryKey(word)) ?? null

/** A lookup that asks the caller's function first and falls back to the built-in table. */
export function withFallback(lookup?: CountryLookup): CountryLookup {
  if (!lookup) return builtinCountry
  return (word) => lookup(word) ?? builtinCountry(word)
}

export function countryName(iso3: string): string | null {
  return names.get(iso3) ?? null
}

export function countryAdjective(iso3: string): string | null {
  return adjectives.get(iso3) ?? null
}
