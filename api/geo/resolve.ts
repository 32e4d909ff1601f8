// A claim's place as a hierarchy: country, first-level division, town or site, and how precise it is
// (as UCDP's where_prec and ACLED's geo-precision). A name shared by places in several countries is
// decided by the claim's country, then by the countries of the other places in the article; one that
// stays ambiguous keeps its text with precision unknown, never a guess.

import { type GeoEntry, geoEntry, geoLookup, type Precision } from './gazetteer.ts'

export interface ResolvedPlace {
  country: string | null
  adm1: string | null
  adm1Name: string | null
  /** "gn:<GeoNames id>" for a town, "tally:<id>" for a site of additions.json. */
  siteId: string | null
  siteName: string | null
  lat: number | null
  lon: number | null
  precision: Precision
}

export interface PlaceInput {
  location: string | null
  country: string | null
}

const UNKNOWN: ResolvedPlace = {
  country: null,
  adm1: null,
  adm1Name: null,
  siteId: null,
  siteName: null,
  lat: null,
  lon: null,
  precision: 'unknown',
}

// "southern Idlib", "the greater Damascus area": a part of a place is filed under the place, at its level.
const DIRECTION =
  /^(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|greater|rural|upper|lower|outskirts of|around|near)\s+/i
const ADMIN_NOUN =
  /\s+(province|governorate|region|state|oblast|department|prefecture|county|district|city|town|village|countryside|area|camp|refugee camp)$/i
const LEVEL: Record<GeoEntry['kind'], number> = { country: 0, adm1: 1, site: 2, town: 3 }

function toResolved(e: GeoEntry, precision?: Precision): ResolvedPlace {
  const adm1 = e.adm1 ? geoEntry(e.adm1) : null
  const local = e.kind === 'town' || e.kind === 'site'
  return {
    country: e.country,
    adm1: e.adm1,
    adm1Name: adm1?.name ?? null,
    siteId: local ? e.id : null,
    siteName: local ? e.name : null,
    lat: e.lat,
    lon: e.lon,
    precision: precision ?? e.precision,
  }
}

const countryOnly = (iso3: string | null): ResolvedPlace => {
  const e = iso3 ? geoEntry(iso3) : null
  return e ? toResolved(e) : { ...UNKNOWN, country: iso3 }
}

/** The entries a place text may name, with its administrative noun ("Idlib province") taken off. */
function candidates(text: string): { found: GeoEntry[]; noun: string | null } {
  let t = text.trim()
  const direct = geoLookup(t)
  if (direct.length) return { found: direct, noun: null }
  t = t.replace(DIRECTION, '').trim()
  const noun = ADMIN_NOUN.exec(t)?.[1]?.toLowerCase() ?? null
  const bare = noun ? t.slice(0, t.length - noun.length).trim() : t
  return { found: [...geoLookup(t), ...(bare !== t ? geoLookup(bare) : [])], noun }
}

/** The one entry meant, or null when the choice would be a guess. */
function choose(found: GeoEntry[], noun: string | null, countries: string[]): GeoEntry | null {
  let pool = [...new Set(found)]
  // The claim's own country first, then the article's other places, in order.
  for (const c of countries) {
    const here = pool.filter((e) => e.country === c)
    if (here.length) {
      pool = here
      break
    }
  }
  if (new Set(pool.map((e) => e.country)).size !== 1) return null
  // One country: "Idlib" is the province, "Idlib city" the town; otherwise the widest level named.
  const wantsTown = noun === 'city' || noun === 'town' || noun === 'village'
  pool.sort((a, b) =>
    wantsTown ? LEVEL[b.kind] - LEVEL[a.kind] : LEVEL[a.kind] - LEVEL[b.kind] || b.population - a.population,
  )
  const [first, second] = pool
  if (!first) return null
  if (!second || second.kind !== first.kind || first.kind !== 'town') return first
  // Towns of one name in one country: the same division, or one much larger, settles it.
  if (first.adm1 === second.adm1 || first.population >= 3 * second.population) return first
  return null
}

/** One place text in the context of its claim's country and the article's other countries. */
export function resolvePlace(input: PlaceInput, articleCountries: string[] = []): ResolvedPlace {
  const text = input.location?.trim()
  if (!text) return input.country ? countryOnly(input.country) : UNKNOWN
  const { found, noun } = candidates(text)
  const order = [input.country, ...articleCountries].filter((c): c is string => !!c)
  const chosen = choose(found, noun, order)
  if (!chosen) {
    // Ambiguous or unknown: the text stays on the claim; only a country it was given is kept.
    return { ...UNKNOWN, country: input.country }
  }
  let precision: Precision | undefined
  if (noun === 'district' && chosen.kind === 'town') precision = 'district'
  return toResolved(chosen, precision)
}

/**
 * The places of one article's claims: the countries that its places settle without doubt decide the
 * names that several countries share ("Tripoli" in an article about Benghazi is in Libya).
 */
export function resolveArticlePlaces(claims: PlaceInput[]): ResolvedPlace[] {
  const tally = new Map<string, number>()
  for (const c of claims) {
    const settled = c.country ?? (c.location ? resolvePlace(c).country : null)
    if (settled) tally.set(settled, (tally.get(settled) ?? 0) + 1)
  }
  const context = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c)
  return claims.map((c) => resolvePlace(c, context))
}
