// Where an ingest batch's time goes as a crisis grows (`node --import tsx bench/ingest-phases.ts 100000`):
// the growth benchmark's fill (bench/ingest-growth.ts) in-process, then two batches of 50 articles timed by
// phase: extraction (prepare), the ingest transaction (store), the refresh after commit, and, apart, the
// statements of the refresh that read whole series (claim count, point aggregates, pairs, sparkline).
// Prints one JSON line per batch. `-- --on URL` runs on a database already filled (a copy of a kept fill
// of bench/ingest-growth.ts --keep), untouched before and not dropped after.
import { sql } from 'drizzle-orm'
import { openDatabase } from '../api/db/client.ts'
import { ingestArticles } from '../api/ingest/batch.ts'
import { identify, prepare } from '../api/ingest/prepare.ts'
import { storeArticles } from '../api/ingest/store.ts'
import { refreshCommitted } from '../api/series/store/deferred.ts'
import { rebuildSeries } from '../api/series/store/rebuild.ts'
import { generateArticles } from './gen.ts'
import { copyClaims, payload, WORDS } from './ingest-client.ts'
import { freshServerDatabase } from './lib.ts'

const actor = { id: null, label: 'prof' }
const size = Number(process.argv[2] ?? 100_000)
const base = [...generateArticles(200, { seed: 7, ...WORDS })].map(payload)
const fresh = [...generateArticles(150, { seed: 8, ...WORDS })].map(payload)
const on = process.argv.indexOf('--on')
const target =
  on > 0 ? { url: process.argv[on + 1] ?? '', drop: async () => {} } : await freshServerDatabase()
const database = await openDatabase({ url: target.url })
const db = database.db
try {
  if (on < 0) await fill()
  await ingestArticles(
    db,
    actor,
    fresh.slice(0, 50).map((a) => () => a),
    { embedded: false },
  )
  for (const from of [50, 100]) await timed(fresh.slice(from, from + 50), from)
} finally {
  await database.close()
  await target.drop()
}

async function fill() {
  await ingestArticles(
    db,
    actor,
    base.map((a) => () => a),
    { embedded: false },
  )
  const [{ n }] = await database.rows<{ n: number }>(sql`select count(*)::int as n from claims`)
  const copies = Math.max(0, Math.ceil(size / n) - 1)
  await db.execute(copyClaims(copies))
  await rebuildSeries(db)
  await db.execute(sql`analyze`)
}

async function timed(list: typeof fresh, from: number) {
  {
    let t = performance.now()
    const ready = list.map((a) => prepare(identify(a)))
    const tPrep = performance.now() - t
    t = performance.now()
    const { touched } = await db.transaction((tx) => storeArticles(tx, actor, ready))
    const tStore = performance.now() - t
    const ids = [...new Set(touched)]
    // On a kept fill only the refresh's own statements run (what a statement log of it should show).
    const probe = on < 0 ? await wholeSeries(ids) : { pts: undefined, tAgg: 0 }
    const { pts, tAgg } = probe
    t = performance.now()
    await refreshCommitted(db, touched)
    const tRefresh = performance.now() - t
    console.log(
      JSON.stringify({
        size,
        batch: from,
        series: ids.length,
        pointsOfTouched: pts?.p,
        claimsOfTouched: pts?.c,
        prepareMs: Math.round(tPrep),
        storeMs: Math.round(tStore),
        refreshMs: Math.round(tRefresh),
        wholeSeriesAggregatesMs: Math.round(tAgg),
      }),
    )
  }
}

/** The statements a refresh used to run over whole series, timed apart (on a fill made here). */
async function wholeSeries(ids: number[]) {
  const [pts] = await database.rows<{ p: number; c: number }>(
    sql`select (select count(*)::int from series_points where series_id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::bigint)) as p,
        (select count(*)::int from claims where series_id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::bigint)) as c`,
  )
  const inIds = sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::bigint)`
  const t = performance.now()
  await db.execute(sql`select series_id, count(*)::int, min(date), max(last_seen), count(*) filter (where revision),
      count(distinct source_key) filter (where not denied), bool_or(not denied), max(date) filter (where not denied)
      from series_points where series_id in ${inIds} group by series_id`)
  await db.execute(
    sql`select series_id, count(*)::int from claims where series_id in ${inIds} group by series_id`,
  )
  await db.execute(
    sql`select series_id, count(*)::int from series_pairs where series_id in ${inIds} group by series_id`,
  )
  await db.execute(sql`select series_id, as_of, low from (
      select series_id, date::text as as_of, max(coalesce(high, low)) as low,
        row_number() over (partition by series_id order by date desc) as r
      from series_points where series_id in ${inIds} and date is not null and not denied
      group by series_id, date) d where r <= 30`)
  const tAgg = performance.now() - t
  return { pts, tAgg }
}
