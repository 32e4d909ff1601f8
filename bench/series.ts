// Series queries at scale: p50/p95 of listing series and topics and of reading one series' points,
// at 10k, 100k and 1M claims, with the query plan of the hot statements.
//   npm run bench:series -- [--sizes 10000,100000,1000000] [--runs 30]
// Uses the PostgreSQL server at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test,
// in a database of its own) or, with --pglite, the embedded database.
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { type Database, openDatabase } from '../api/db/client.ts'
import { getSeriesDetail, listSeries, listTopics } from '../api/series/store/read.ts'
import { testDatabaseUrl } from '../tests/helpers/app.ts'
import { fillFrame, fillSummaries, SERIES } from './fill.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '30' },
    pglite: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const runs = Number(values.runs)

async function fill(database: Database, claims: number) {
  const { db } = database
  await db.execute(sql`truncate claims, series, topics, articles, sources restart identity cascade`)
  await fillFrame(database, 0)
  await db.execute(sql`
    insert into claims (origin, metric, low, high, qualifier, who, source, source_id, quote, citation, as_of, series_id, confidence)
    select 'manual', 'killed', 10 + i % 5000, null, 'at_least', 'civilians', 'Source ' || (1 + i % 200), 1 + i % 200,
           'killed ' || i, 'bench', date '2019-01-01' + (i % 2000),
           -- Zipf-like: low series ids get most claims.
           -- A hash of i instead of random(), so that every run fills the same sizes and "typical"
           -- below is the same series each time.
           1 + floor(${SERIES} * power(abs(hashint4(i)) / 2147483648.0, 3))::int,
           abs(hashint4(i + ${claims})) / 2147483648.0
    from generate_series(1, ${claims}) i`)
  await fillSummaries(database)
  await db.execute(sql`analyze`)
}

async function time(fn: () => Promise<unknown>) {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    out.push(performance.now() - t0)
  }
  out.sort((a, b) => a - b)
  const q = (p: number) => out[Math.min(out.length - 1, Math.floor(p * out.length))]
  return { p50: q(0.5), p95: q(0.95) }
}

if (!values.pglite)
  process.env.TEST_DATABASE_URL ??=
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const target = values.pglite ? { url: undefined, drop: async () => {} } : await testDatabaseUrl()
const database = await openDatabase({ url: target.url, dataDir: 'memory://' })
const rows: Record<string, string | number>[] = []
try {
  for (const n of sizes) {
    const t0 = performance.now()
    await fill(database, n)
    const fillMs = performance.now() - t0
    const biggest = (
      await database.rows<{ id: number }>(sql`select id from series order by claim_count desc limit 1`)
    )[0].id
    const typical =
      (
        await database.rows<{ id: number }>(
          sql`select id from series order by abs(claim_count - 100), id limit 1`,
        )
      )[0]?.id ?? biggest
    const cases: [string, () => Promise<unknown>][] = [
      ['list series (page of 50)', () => listSeries(database.db, {}, 50)],
      [
        'list series, metric+disagreement filter',
        () => listSeries(database.db, { metric: ['killed'], has_disagreement: true }, 50),
      ],
      ['list topics (page of 50)', () => listTopics(database.db, {}, 50, 0)],
      ['one series, typical', () => getSeriesDetail(database.db, typical)],
      ['one series, the largest', () => getSeriesDetail(database.db, biggest)],
    ]
    for (const [name, fn] of cases) {
      const r = await time(fn)
      rows.push({
        claims: n,
        query: name,
        'p50 ms': r.p50.toFixed(1),
        'p95 ms': r.p95.toFixed(1),
        'fill s': (fillMs / 1000).toFixed(1),
      })
    }
    const [big] = await database.rows<{ n: number }>(
      sql`select claim_count n from series where id = ${biggest}`,
    )
    console.error(`${n} claims: largest series holds ${big.n} claims`)
  }
  console.table(rows)
  const plan = await database.rows<{ 'QUERY PLAN': string }>(
    sql`explain analyze select * from claims where series_id = ${1} order by as_of`,
  )
  console.log("plan of reading one series' claims:")
  for (const p of plan) console.log(`  ${Object.values(p)[0]}`)
} finally {
  await database.close()
  await target.drop()
}
