// Ingest as a crisis grows (`npm run bench:ingest -- --grow 10000,100000`): for each size, a fresh server
// database where a crisis already holds that many claims, then new articles about the same crisis
// through the batch API, with the server's RSS. The crisis is grown with SQL from 200 ingested articles
// (their claims copied with shifted values and dates, so points grow too, not only repeats), its
// summaries rebuilt in full, untimed. Reference: the extraction floor, the same articles through
// identify + extraction + fingerprints + hashing alone on this one core (CPU time).
import { sql } from 'drizzle-orm'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import type { Database } from '../api/db/client.ts'
import { identify, prepare } from '../api/ingest/prepare.ts'
import { refreshSeries } from '../api/series/store/claims.ts'
import { type GenArticle, generateArticles } from './gen.ts'
import { fmt, freshServerDatabase, type ResultRow, ratio } from './lib.ts'

const ADMIN = { email: 'bench@tally.test', password: 'bench-password-1' }
const WORDS = { minWords: 600, maxWords: 720 }
const BASE = 200

const payload = (a: GenArticle) => ({
  text: a.text,
  title: a.title,
  url: a.url,
  outlet: a.outlet,
  published: a.published,
})

/** Articles/s of identify + prepare alone (extraction, fingerprint, hashes), CPU time of this thread. */
function extractionFloor(articles: GenArticle[]) {
  const t0 = process.cpuUsage()
  for (const a of articles) prepare(identify(payload(a)))
  const used = process.cpuUsage(t0)
  return articles.length / ((used.user + used.system) / 1e6)
}

export async function growthRows(sizes: number[], timed: number, batch: number, seed: number) {
  const base = [...generateArticles(BASE, { seed, ...WORDS })]
  const fresh = [...generateArticles(timed + batch, { seed: seed + 1, ...WORDS })]
  const warm = fresh.slice(0, batch)
  const measured = fresh.slice(batch)
  const floor = extractionFloor(measured)
  const rows: ResultRow[] = []
  for (const size of sizes) {
    const target = await freshServerDatabase()
    const app = await buildServer(
      loadConfig({
        SAMPLE_DATA: 'off',
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        WORKERS: '0',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        BODY_LIMIT_MB: '50',
        DATABASE_URL: target.url,
      }),
    )
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
      const cookie = `tally_session=${login.cookies.find((c) => c.name === 'tally_session')?.value}`
      const post = async (list: GenArticle[]) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/articles/batch',
          headers: { cookie },
          payload: { articles: list.map(payload) },
        })
        if (res.statusCode !== 200)
          throw new Error(`batch failed: ${res.statusCode} ${res.body.slice(0, 300)}`)
      }
      for (let i = 0; i < base.length; i += batch) await post(base.slice(i, i + batch))
      const database = app.database as Database
      const count = async (query: ReturnType<typeof sql>) =>
        Number((await database.rows<{ n: number }>(query))[0]?.n ?? 0)
      const n = await count(sql`select count(*)::int as n from claims`)
      const copies = Math.max(0, Math.ceil(size / n) - 1)
      await database.db.execute(sql`
        insert into claims (article_id, origin, metric, unit, low, high, qualifier, who, source, since, since_date,
          as_of, location, country, quote, quote_start, quote_end, denied, projected, confidence, status,
          source_id, series_id, series_confidence)
        select c.article_id, c.origin, c.metric, c.unit, c.low + g, c.high + g, c.qualifier, c.who, c.source,
          c.since, c.since_date, c.as_of - (g % 400), c.location, c.country, c.quote, c.quote_start, c.quote_end,
          c.denied, c.projected, c.confidence, c.status, c.source_id, c.series_id, c.series_confidence
        from claims c cross join generate_series(1, ${copies}) g`)
      const ids = (await database.rows<{ id: number }>(sql`select id from series`)).map((r) => Number(r.id))
      await database.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
      await database.db.execute(sql`analyze`)
      const stored = await count(sql`select count(*)::int as n from claims`)
      const largest = await count(sql`select max(claim_count)::int as n from series`)
      await post(warm)
      let peak = process.memoryUsage().rss
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss)
      }, 50)
      const t0 = performance.now()
      const batches: number[] = []
      for (let i = 0; i < measured.length; i += batch) {
        const b0 = performance.now()
        await post(measured.slice(i, i + batch))
        batches.push((performance.now() - b0) / 1000)
      }
      const seconds = (performance.now() - t0) / 1000
      clearInterval(sampler)
      const perSec = measured.length / seconds
      console.error(`${fmt(stored)} claims: ${fmt(perSec, 1)} articles/s, peak RSS ${fmt(peak / 2 ** 20)} MB`)
      rows.push({
        benchmark: 'ingest as the crisis grows, batch API, server',
        size: `${fmt(stored)} claims stored (largest series ${fmt(largest)}); ${measured.length} new articles`,
        tally: perSec,
        unit: 'articles/s',
        reference: floor,
        referenceName: 'extraction floor (identify + extract + fingerprint, one core)',
        ratio: ratio(perSec, floor),
        target: '≥ 0.5 of the floor',
        met: perSec >= 0.5 * floor,
        note: `batch of ${batch}: ${batches.map((s) => s.toFixed(2)).join(', ')} s; peak RSS ${fmt(peak / 2 ** 20)} MB`,
      })
    } finally {
      await app.close()
      await target.drop()
    }
  }
  return rows
}
