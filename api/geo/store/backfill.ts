// Fills the geo columns of claims stored before the gazetteer (or all claims, after it improves), a
// batch of articles at a time, each batch its own short transaction: the server keeps answering and a
// stop mid-way loses nothing (the next run picks up the claims still unresolved).
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { jsonb, rowsOf } from '../../db/sql.ts'
import { articleGeoColumns } from './columns.ts'

interface Row {
  id: number
  article_id: number | null
  location: string | null
  country: string | null
}

/**
 * Resolves the claims whose place is unresolved (or every claim with `all`); returns how many. `stop`
 * is asked before each batch (a server shutting down).
 */
export async function backfillPlaces(
  db: Db,
  {
    all = false,
    batch = 200,
    stop = () => false,
  }: { all?: boolean; batch?: number; stop?: () => boolean } = {},
): Promise<number> {
  let done = 0
  // Keyset over article keys (a claim without an article is its own key, -id).
  let after = Number.MIN_SAFE_INTEGER
  while (!stop()) {
    // Whole articles at once: a claim's place is decided with its article's other places.
    const rows = await rowsOf<Row>(
      db,
      sql`select id::int, article_id::int, location, country from claims
        where coalesce(article_id, -id) in (
          select distinct coalesce(article_id, -id) k from claims
          where ${all ? sql`true` : sql`geo_precision is null`} and coalesce(article_id, -id) > ${after}
          order by k limit ${batch})
        order by id`,
    )
    if (!rows.length) return done
    const groups = new Map<number, Row[]>()
    for (const r of rows) {
      const key = r.article_id ?? -r.id
      groups.set(key, [...(groups.get(key) ?? []), r])
    }
    const updates = [...groups.values()].flatMap((g) => {
      const geo = articleGeoColumns(g)
      return g.map((r, i) => ({ id: r.id, ...geo[i] }))
    })
    await db.execute(sql`update claims c set
        geo_country = x."geoCountry", geo_adm1 = x."geoAdm1", geo_adm1_name = x."geoAdm1Name",
        geo_site_id = x."geoSiteId", geo_site_name = x."geoSiteName", geo_lat = x."geoLat",
        geo_lon = x."geoLon", geo_precision = x."geoPrecision"
      from jsonb_to_recordset(${jsonb(updates)}) as x(id bigint, "geoCountry" text, "geoAdm1" text,
        "geoAdm1Name" text, "geoSiteId" text, "geoSiteName" text, "geoLat" float8, "geoLon" float8,
        "geoPrecision" text)
      where c.id = x.id`)
    done += rows.length
    after = Math.max(after, ...groups.keys())
  }
  return done
}
