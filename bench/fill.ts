// N claims written straight into the tables with SQL, for the benchmarks that need a big database fast
// (HTTP reads, start-up): ingesting a million claims through the API would take hours. The shape follows
// bench/series.ts and bench/export.ts: 5,000 series over 2,500 topics, Zipf-like sizes, one article per
// 20 claims, 200 sources, with series summaries filled in as ingestion would leave them.
import { sql } from 'drizzle-orm'
import type { Database } from '../api/db/client.ts'

export const SERIES = 5_000

/** Articles for `claims` claims: one per 20, at most 50,000. */
export const articleCount = (claims: number) => Math.max(1, Math.min(50_000, Math.ceil(claims / 20)))

/**
 * What the benchmarks' claims point at: 200 sources, SERIES series over SERIES / 2 topics and, when
 * `articles` is not 0, 50 outlets and that many articles.
 */
export async function fillFrame({ db }: Database, articles: number) {
  if (articles > 0) {
    await db.execute(sql`insert into outlets (name) select 'Outlet ' || i from generate_series(1, 50) i`)
    await db.execute(sql`
      insert into articles (title, url, outlet_id, published, text, content_hash, signature, sketch, shingle_count)
      select 'Article ' || i, 'https://news.example/' || i, 1 + i % 50, date '2019-01-01' + (i % 2000),
             'text ' || i, md5(i::text), '{}', '{}', 0
      from generate_series(1, ${articles}) i`)
  }
  await db.execute(
    sql`insert into sources (key, name) select 'src' || i, 'Source ' || i from generate_series(1, 200) i`,
  )
  await db.execute(sql`
    insert into topics (metric, group_key, group_label, place_key, place_name, country)
    select (array['killed','injured','displaced','missing','detained'])[1 + i % 5]::metric, 'g' || (i % 7),
           'group ' || (i % 7), 'P:' || i, 'Place ' || i, 'SYR'
    from generate_series(1, ${SERIES / 2}) i`)
  await db.execute(sql`
    insert into series (topic_id, kind, period_key, since_date, title)
    select 1 + (i - 1) % ${SERIES / 2}, case when i % 3 = 0 then 'incident' else 'cumulative' end,
           'since:' || i, date '2019-01-01' + (i % 900), 'Series ' || i
    from generate_series(1, ${SERIES}) i`)
}

/** Series summaries as ingestion would leave them, from the claims filed in them. */
export async function fillSummaries({ db }: Database) {
  await db.execute(sql`
    update series s set claim_count = c.n, point_count = c.n, source_count = c.sources, first_date = c.first,
           last_date = c.last, latest_low = c.maxlow, latest_qualifier = 'at_least',
           disagreement_count = (s.id % 11 = 0)::int, updated_at = now() - (s.id || ' minutes')::interval
    from (select series_id, count(*) n, count(distinct source_id) sources, min(as_of) first, max(as_of) last,
                 max(low) maxlow
          from claims group by series_id) c
    where c.series_id = s.id`)
}

export async function fillClaims(database: Database, n: number) {
  const { db } = database
  const articles = articleCount(n)
  await fillFrame(database, articles)
  // Deterministic Zipf-like spread (a hash instead of random()), so every run and size has the same shape.
  await db.execute(sql`
    insert into claims (origin, metric, low, high, qualifier, who, source, source_id, quote, article_id, as_of,
                        since_date, location, country, series_id, confidence, quote_start, quote_end)
    select 'extracted', 'killed', 10 + i % 5000, case when i % 4 = 0 then 20 + i % 5000 end,
           (array['exact','at_least','approx','range'])[1 + i % 4]::qualifier, 'civilians', 'Source ' || (1 + i % 200),
           1 + i % 200,
           'Government forces have killed more than ' || (10 + i % 5000) || ' civilians in the province since late April',
           1 + i % ${articles}, date '2019-01-01' + (i % 2000), date '2019-01-01', 'Idlib', 'SYR',
           1 + floor(${SERIES} * power(((i::bigint * 2654435761) % 4294967296) / 4294967296.0, 3))::int,
           0.5 + (i % 50) / 100.0, 0, 20
    from generate_series(1, ${n}) i`)
  await fillSummaries(database)
  // The claims triggers marked every inserted claim's series dirty; the fill writes the summaries
  // itself and leaves the points to a series' first full refresh, so the marks would only make the
  // start-up sweep refresh every series of the bench database in the background.
  await db.execute(sql`delete from series_dirty`)
  await db.execute(sql`analyze`)
}

/** A series of about `claims` claims, as a typical chart reads one. */
export async function typicalSeries(
  database: Database,
  claims = 100,
): Promise<{ id: number; claims: number }> {
  const [row] = await database.rows<{ id: number; n: number }>(
    sql`select id, claim_count n from series where claim_count > 0 order by abs(claim_count - ${claims}), id limit 1`,
  )
  return { id: Number(row.id), claims: Number(row.n) }
}
