// The full gazetteer: every country, every ISO 3166-2 first-level division and ~33 000 towns with
// coordinates (api/geo/places.json, built from data packages), plus Tally's additions
// (additions.json) and the transliterations of the extractor's hand-written gazetteer, which are joined
// to the package entries they name. Pure: the data are JSON modules, nothing is read at run time.

import { COUNTRIES } from '../extractor/gazetteer/countries.ts'
import { DIVISIONS } from '../extractor/gazetteer/divisions.ts'
import { placeKey } from '../extractor/gazetteer/index.ts'
import { once } from '../extractor/once.ts'
import additionsJson from './additions.json' with { type: 'json' }
import type { Additions, GazetteerData } from './data-format.ts'
import dataJson from './places.json' with { type: 'json' }
import type { Precision } from './precision.ts'

export { PRECISIONS, type Precision } from './precision.ts'

export interface GeoEntry {
  kind: 'country' | 'adm1' | 'town' | 'site'
  /** "SYR", "SY-ID", "gn:170592" (GeoNames), "tally:al-hol-camp". */
  id: string
  name: string
  country: string
  adm1: string | null
  lat: number | null
  lon: number | null
  population: number
  precision: Precision
}

const data = dataJson as unknown as GazetteerData
const additions = additionsJson as Additions

const byKey = new Map<string, GeoEntry[]>()
const byId = new Map<string, GeoEntry>()

function add(spelling: string, e: GeoEntry): void {
  const key = placeKey(spelling)
  if (!key) return
  const list = byKey.get(key)
  if (!list) byKey.set(key, [e])
  else if (!list.includes(e)) list.push(e)
}

/** Files an entry under its id and each of its spellings. */
function put(e: GeoEntry, spellings: string[]): void {
  byId.set(e.id, e)
  for (const s of spellings) add(s, e)
}

/** A country or a first-level division; it is placed at its largest town once the towns are read. */
function area(kind: 'country' | 'adm1', id: string, name: string, country: string): GeoEntry {
  const adm1 = kind === 'adm1' ? id : null
  const precision = kind === 'adm1' ? 'province' : 'country'
  return { kind, id, name, country, adm1, lat: null, lon: null, population: 0, precision }
}

function load(): void {
  for (const [iso3, , en, fr, es, ar, others] of data.countries)
    put(area('country', iso3, en, iso3), [en, fr, es, ar, ...others])
  for (const [code, iso3, en, fr, es, ar, others] of data.divisions)
    put(area('adm1', code, en, iso3), [en, fr, es, ar, ...others])
  for (const [id, name, iso3, adm1, lat, lon, population, others] of data.towns) {
    const e: GeoEntry = {
      kind: 'town',
      id: `gn:${id}`,
      name,
      country: iso3,
      adm1: adm1 || null,
      lat,
      lon,
      population,
      precision: 'town',
    }
    put(e, [name, ...others])
    // A division or country is drawn at its largest town, as a map of figures would place it.
    for (const parentId of [adm1, iso3]) {
      const parent = parentId ? byId.get(parentId) : undefined
      if (parent && population >= parent.population) {
        parent.population = population
        parent.lat = lat
        parent.lon = lon
      }
    }
  }
  for (const s of additions.sites) {
    const adm1 = byId.get(s.adm1)
    if (!adm1) throw new Error(`additions.json: site ${s.id} is in unknown division ${s.adm1}`)
    const e: GeoEntry = {
      kind: 'site',
      id: `tally:${s.id}`,
      name: s.name,
      country: adm1.country,
      adm1: s.adm1,
      lat: s.lat,
      lon: s.lon,
      population: 0,
      precision: s.precision,
    }
    put(e, [s.name, ...(s.spellings ?? [])])
  }
  for (const [spelling, target] of Object.entries(additions.aliases)) {
    const e = byId.get(target.replace(/^(town:)/, 'gn:').replace(/^(adm1|country):/, ''))
    if (!e) throw new Error(`additions.json: alias ${spelling} names unknown ${target}`)
    add(spelling, e)
  }
  joinHandWritten()
}

/**
 * The extractor's hand-written gazetteer spells each division and town several ways ("Khan Sheikhoun/
 * Khan Shaykhun"). When one of the spellings is a package entry in that country, all of them become its
 * spellings: the transliterations the news uses find the GeoNames town.
 */
function joinHandWritten(): void {
  // "ISO3|Syria|other names|demonyms": the short names the news uses ("Syria", "DRC", "Ivory Coast").
  for (const line of COUNTRIES.split('\n')) {
    const [iso3, name, others] = line.split('|')
    const e = iso3 ? byId.get(iso3) : undefined
    if (!e || !name) continue
    e.name = name
    for (const s of [name, ...(others ? others.split(',') : [])]) add(s, e)
  }
  for (const [iso3, lines] of Object.entries(DIVISIONS)) {
    for (const line of lines) {
      const colon = line.indexOf(':')
      const division = line.slice(0, colon).split('/')
      const adm1 = join(division, iso3, 'adm1', null)
      for (const town of line.slice(colon + 1).split(','))
        join(town.split('/'), iso3, 'town', adm1?.id ?? null)
    }
  }
}

function join(
  spellings: string[],
  iso3: string,
  kind: GeoEntry['kind'],
  adm1: string | null,
): GeoEntry | null {
  const clean = spellings.map((s) => s.trim()).filter(Boolean)
  for (const s of clean) {
    const found = (byKey.get(placeKey(s)) ?? []).filter(
      (e) => e.country === iso3 && e.kind === kind && (!adm1 || !e.adm1 || e.adm1 === adm1),
    )
    const best = found.sort((a, b) => b.population - a.population)[0]
    if (best) {
      for (const other of clean) add(other, best)
      return best
    }
  }
  return null
}

// Built on first use: a process that never resolves a place (a worker, most test files) does not pay for it.
const ready = once(load)

/** Every entry spelled `name` (any language the packages give, any known transliteration). */
export function geoLookup(name: string): GeoEntry[] {
  ready()
  return byKey.get(placeKey(name)) ?? []
}

/** The entry with this id: "SYR", "SY-ID", "gn:170592", "tally:al-hol-camp". */
export function geoEntry(id: string): GeoEntry | null {
  ready()
  return byId.get(id) ?? null
}

const iso2Of = new Map(data.countries.map((c) => [c[0], c[1]]))
/** ISO 3166-1 alpha-2 of an alpha-3 code ("SYR" -> "SY"), or null. */
export const countryIso2 = (iso3: string): string | null => iso2Of.get(iso3) ?? null

/** Every division of the gazetteer (the property test walks them). */
export function allDivisions(): GeoEntry[] {
  ready()
  return [...byId.values()].filter((e) => e.kind === 'adm1')
}

/** How much the gazetteer holds (the benchmark prints it). */
export function gazetteerSize() {
  return {
    countries: data.countries.length,
    divisions: data.divisions.length,
    towns: data.towns.length,
    sites: additions.sites.length,
    spellings: byKey.size,
  }
}
