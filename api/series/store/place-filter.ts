// The place and country filters of claims lists, exports, feeds and the review queue match where a
// claim was filed (its series' topic: the first-level division or country that the series and the
// exports show), not the words its sentence used: "Khan Sheikhoun", "Maarat al-Numan" and a figure
// that took its article's place all count under Idlib. The written place stays searchable as text
// (`place_text`, and `q`). A claim not filed into any series falls back to its written place.
import { and, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import { claims, series, topics } from '../../db/schema/index.ts'
import { geoEntry } from '../../geo/gazetteer.ts'
import { countryName, normalisePlace } from '../places.ts'

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export const contains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

const ISO3 = /^[A-Za-z]{3}$/
const ISO3166_2 = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/

/** Claims filed under topics matching `where`. */
const filedUnder = (where: SQL | undefined) =>
  inArray(
    claims.seriesId,
    sql`(select ${series.id} from ${series} join ${topics} on ${topics.id} = ${series.topicId} where ${where})`,
  )

/** What a typed place means: a country (its code), a known division (its key), or just text. */
export function readPlace(text: string): { country?: string; key?: string } {
  let t = text.trim()
  // "SY-ID": an ISO 3166-2 code, as the place pickers send it, means its division.
  const division = ISO3166_2.test(t) ? geoEntry(t.toUpperCase()) : null
  if (division) t = division.name
  // "SYR" is a country code; a three-letter word that is no code is read as a name.
  if (ISO3.test(t) && countryName(t.toUpperCase()) !== t.toUpperCase()) return { country: t.toUpperCase() }
  const place = normalisePlace(t, null)
  if (place.key === place.country && place.country) return { country: place.country }
  if (place.key.includes(':') && !place.key.startsWith('XXX:')) return { key: place.key }
  return {}
}

/** Claims whose resolved place is `text`: a division, a country (all its divisions), or a name. */
export function placeCondition(text: string): SQL | undefined {
  const code = text.trim().toUpperCase()
  if (ISO3166_2.test(code) && geoEntry(code))
    return or(adm1Condition(code), placeCondition(geoEntry(code)?.name ?? code))
  const meant = readPlace(text)
  const like = contains(text.trim())
  const resolved = meant.country
    ? eq(topics.country, meant.country)
    : or(meant.key ? eq(topics.placeKey, meant.key) : undefined, ilike(topics.placeName, like))
  const written = meant.country ? eq(claims.country, meant.country) : ilike(claims.location, like)
  return or(filedUnder(resolved), and(isNull(claims.seriesId), written))
}

/** Claims filed in a country (ISO3), or whose place resolves to one, wherever in it. */
export function countryCondition(iso3: string): SQL | undefined {
  const code = iso3.toUpperCase()
  return or(
    filedUnder(eq(topics.country, code)),
    eq(claims.geoCountry, code),
    and(isNull(claims.seriesId), eq(claims.country, code)),
  )
}

/** Claims whose place resolves into a first-level division (ISO 3166-2), wherever in it. */
export const adm1Condition = (code: string) => eq(claims.geoAdm1, code.toUpperCase())

/** The place as the sentence wrote it. */
export const placeTextCondition = (text: string) => ilike(claims.location, contains(text))
