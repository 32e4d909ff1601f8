// What the place filters and the map read: the places that have figures, and the latest figure per place.
import { sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Db } from '../../db/client.ts'
import { rowsOf } from '../../db/sql.ts'
import type { Metric, Qualifier } from '../../extractor/types.ts'
import { geoEntry, type Precision } from '../gazetteer.ts'
import type { MapPoint, PlaceCountry } from '../schemas.ts'

/** Countries, then their divisions, that hold claims not rejected; most claims first. */
export async function placesWithFigures(db: Db): Promise<Static<typeof PlaceCountry>[]> {
  const rows = await rowsOf<{ country: string; adm1: string | null; name: string | null; n: number }>(
    db,
    sql`select geo_country country, geo_adm1 adm1, max(geo_adm1_name) name, count(*)::int n from claims
      where geo_country is not null and status <> 'rejected'
      group by geo_country, geo_adm1`,
  )
  const countries = new Map<string, Static<typeof PlaceCountry>>()
  for (const r of rows) {
    const code = r.country.trim()
    let c = countries.get(code)
    if (!c) {
      c = { code, name: geoEntry(code)?.name ?? code, claims: 0, divisions: [] }
      countries.set(code, c)
    }
    c.claims += r.n
    if (r.adm1) c.divisions.push({ code: r.adm1, name: r.name ?? r.adm1, claims: r.n })
  }
  const list = [...countries.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))
  for (const c of list) c.divisions.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))
  return list
}

interface PointRow {
  key: string
  name: string | null
  country: string
  adm1: string | null
  lat: number
  lon: number
  precision: Precision
  low: number
  high: number | null
  qualifier: Qualifier
  as_of: string | null
  claim_id: number
  series_id: number | null
}

/**
 * The latest figure of `metric` per place (site, else division, else country), not rejected and not a
 * forecast: one bubble each, at the place's coordinates.
 */
export async function mapPoints(
  db: Db,
  metric: Metric,
  where: { country?: string; adm1?: string; series_id?: number } = {},
): Promise<Static<typeof MapPoint>[]> {
  const rows = await rowsOf<PointRow>(
    db,
    sql`select distinct on (key) * from (
        select coalesce(geo_site_id, geo_adm1, geo_country) key,
          coalesce(geo_site_name, geo_adm1_name) name, trim(geo_country) country, geo_adm1 adm1,
          geo_lat lat, geo_lon lon, geo_precision "precision", low, high, qualifier::text qualifier,
          as_of::text as_of, id::int claim_id, series_id::int series_id
        from claims
        where metric = ${metric} and status <> 'rejected' and not projected and not denied
          and geo_lat is not null and geo_country is not null
          ${where.country ? sql`and geo_country = ${where.country.toUpperCase()}` : sql``}
          ${where.adm1 ? sql`and geo_adm1 = ${where.adm1.toUpperCase()}` : sql``}
          ${where.series_id ? sql`and series_id = ${where.series_id}` : sql``}
      ) c
      order by key, as_of desc nulls last, low desc, claim_id desc`,
  )
  return rows.map((r) => ({
    ...r,
    name: r.name ?? geoEntry(r.country)?.name ?? r.country,
    lat: Number(r.lat),
    lon: Number(r.lon),
    low: Number(r.low),
    high: r.high === null ? null : Number(r.high),
  }))
}
