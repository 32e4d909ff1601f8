// Series reads through the API beside the same SQL through psql, at 10k, 100k and 1M claims on the
// PostgreSQL server: p50/p95 of GET /api/topics (a page of 50) and GET /api/series/:id (a typical series of
// ~100 claims), through app.inject so that routing, auth, validation, the service and serialisation all
// count. The reference replays the very statements Tally sent (captured from drizzle's logger, parameters
// inlined) in one psql session with \timing: what the database alone needs. Then the largest series on a
// cache miss (each request asks for another max_points, so none is served from the answer cache): the
// paged answer from its stored points, beside the full analysis of all its claims it replaces, with the
// size of each answer (issue 18: no answer over 2 MB, p95 <= 300 ms on a miss).
//   npm run bench:series-api -- [--sizes 10000,100000,1000000] [--runs 30] [--json out.json] [--keep PREFIX]
// --keep PREFIX fills databases named PREFIX_<size> once and keeps them for the next run (a 1M fill takes
// minutes); without it each size gets a fresh database, dropped at the end.
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { type Db, openDatabase } from '../api/db/client.ts'
import * as schema from '../api/db/schema/index.ts'
import { getSeriesDetail, listTopics } from '../api/series/store/read.ts'
import { getSeriesRange } from '../api/series/store/read-range.ts'
import { fillClaims, typicalSeries } from './fill.ts'
import {
  fmt,
  freshServerDatabase,
  keptServerDatabase,
  percentile,
  type ResultRow,
  ratio,
  report,
} from './lib.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '30' },
    json: { type: 'string' },
    keep: { type: 'string' },
  },
})
const RUNS = Number(values.runs)
const ADMIN = { email: 'bench@tally.test', password: 'bench-password-1' }

interface Stats {
  p50: number
  p95: number
}
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b)
  return { p50: percentile(s, 0.5), p95: percentile(s, 0.95) }
}

/** The statements a service call sends, as plain SQL with its parameters written in. */
async function capture(url: string, call: (db: Db) => Promise<unknown>): Promise<string[]> {
  const statements: string[] = []
  const client = postgres(url, { max: 1, onnotice: () => {} })
  const quote = (v: unknown) =>
    v === null ? 'null' : `'${(v instanceof Date ? v.toISOString() : String(v)).replace(/'/g, "''")}'`
  const db = drizzle({
    client,
    schema,
    logger: {
      logQuery: (query, params) =>
        statements.push(query.replace(/\$(\d+)/g, (_, i) => quote(params[Number(i) - 1]))),
    },
  }) as unknown as Db
  try {
    await call(db)
  } finally {
    await client.end()
  }
  return statements
}

/** Per-call time of the statements run in turn in one psql session, `RUNS` times. */
function psqlTimes(url: string, statements: string[]): number[] {
  const script = ['\\timing on']
  // One untimed pass first, like the warm-up the API gets.
  for (let i = 0; i <= RUNS; i++) for (const s of statements) script.push(`${s};`)
  const out = spawnSync('psql', ['-X', '-q', '-o', '/dev/null', url], {
    input: script.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  if (out.status !== 0) throw new Error(`psql failed: ${out.stderr}`)
  const times = [...out.stdout.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]))
  const calls: number[] = []
  for (let i = 1; i <= RUNS; i++) {
    const mine = times.slice(i * statements.length, (i + 1) * statements.length)
    calls.push(mine.reduce((a, b) => a + b, 0))
  }
  return calls
}

type App = Awaited<ReturnType<typeof buildServer>>

/** The largest series read on a cache miss: paged (what /api/series/:id sends it) and analysed in full. */
async function largestOnMiss(app: App, cookie: string, largest: { id: number; claims: number }, n: number) {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i <= RUNS; i++) {
    const s = performance.now()
    const res = await app.inject({
      method: 'GET',
      url: `/api/series/${largest.id}?max_points=${1500 - i}`,
      headers: { cookie },
    })
    if (res.statusCode !== 200) throw new Error(`largest: ${res.statusCode} ${res.body.slice(0, 200)}`)
    // The first read builds the stored points of a series filled by SQL: not a steady-state read.
    if (i > 0) times.push(performance.now() - s)
    // That first read wrote the series' points and pairs (117k pairs at 1M). A production server's
    // autovacuum analyses tables after such a write; this machine's server runs with autovacuum off, and
    // without statistics the planner scans every pair of the series instead of using the index.
    else await app.db.execute(sql`analyze series_points, series_pairs`)
    bytes = Math.max(bytes, res.rawPayload.length)
  }
  const full: number[] = []
  let fullBytes = 0
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const s = performance.now()
    fullBytes = JSON.stringify(await getSeriesDetail(app.db, largest.id)).length
    full.push(performance.now() - s)
  }
  const paged = stats(times)
  const whole = stats(full)
  const direct = stats(
    await Promise.all(
      [0, 1, 2].map(async () => {
        const s = performance.now()
        await getSeriesRange(app.db, largest.id, {})
        return performance.now() - s
      }),
    ),
  )
  const size = `${fmt(n)} claims (largest series, ${fmt(largest.claims)} claims)`
  return [
    {
      benchmark: 'largest series, cache miss, API p95, server',
      size,
      tally: paged.p95,
      unit: 'ms p95',
      reference: whole.p95,
      referenceName: 'the full analysis of all its claims (service)',
      ratio: ratio(paged.p95, whole.p95, true),
      target: '≤ 300 ms',
      met: paged.p95 <= 300,
      note: `p50 ${paged.p50.toFixed(1)} ms; service alone p50 ${direct.p50.toFixed(1)} ms`,
    },
    {
      benchmark: 'largest series, answer size',
      size,
      tally: bytes / 1e6,
      unit: 'MB',
      reference: fullBytes / 1e6,
      referenceName: 'the full answer (all points, all quotes)',
      ratio: ratio(bytes, fullBytes, true),
      target: '≤ 2 MB',
      met: bytes <= 2e6,
      note: '',
    },
  ] satisfies ResultRow[]
}

async function main() {
  const rows: ResultRow[] = []
  const growth: Record<string, string[]> = { topics: [], points: [] }
  for (const n of values.sizes.split(',').map(Number)) {
    const kept = values.keep ? await keptServerDatabase(`${values.keep}_${n}`) : null
    const target = kept ? { url: kept.url, drop: async () => {} } : await freshServerDatabase()
    try {
      // The 1M insert takes minutes on a busy machine: no statement timeout for the fill.
      const database = await openDatabase({ url: target.url, timeouts: { connectS: 3, statementS: 3600 } })
      const t0 = performance.now()
      if (!kept || kept.created) await fillClaims(database, n)
      const series = await typicalSeries(database)
      const largest = await typicalSeries(database, 10_000_000)
      await database.close()
      console.error(`filled ${fmt(n)} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

      const app = await buildServer(
        loadConfig({
          DATABASE_URL: target.url,
          SAMPLE_DATA: 'off',
          LOG_LEVEL: 'silent',
          SCHEDULER: 'off',
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
        }),
      )
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
      const cookie = `tally_session=${login.cookies.find((c) => c.name === 'tally_session')?.value}`
      const cases = [
        {
          key: 'topics',
          name: 'topic list (page of 50)',
          url: '/api/topics?limit=50',
          call: (db: Db) => listTopics(db, {}, 50, 0),
          target: 50,
        },
        {
          key: 'points',
          name: 'series points, typical series',
          url: `/api/series/${series.id}`,
          call: (db: Db) => getSeriesDetail(db, series.id),
          target: 20,
        },
      ]
      try {
        for (const c of cases) {
          const times: number[] = []
          for (let i = 0; i <= RUNS; i++) {
            const s = performance.now()
            const res = await app.inject({ method: 'GET', url: c.url, headers: { cookie } })
            if (res.statusCode !== 200)
              throw new Error(`${c.url}: ${res.statusCode} ${res.body.slice(0, 200)}`)
            if (i > 0) times.push(performance.now() - s)
          }
          const api = stats(times)
          const sql = stats(psqlTimes(target.url, await capture(target.url, c.call)))
          const atScale = n >= 1_000_000
          rows.push({
            benchmark: `${c.name}, API p95, server`,
            size: c.key === 'points' ? `${fmt(n)} claims (series of ${series.claims})` : `${fmt(n)} claims`,
            tally: api.p95,
            unit: 'ms p95',
            reference: sql.p95,
            referenceName: 'same SQL through psql',
            ratio: ratio(api.p95, sql.p95, true),
            target: atScale ? `≤ ${c.target} ms` : '–',
            met: atScale ? api.p95 <= c.target : null,
            note: `p50 ${api.p50.toFixed(1)} ms; psql p50 ${sql.p50.toFixed(2)} ms`,
          })
          growth[c.key].push(`${fmt(n)}: ${api.p95.toFixed(1)} ms`)
        }
        rows.push(...(await largestOnMiss(app, cookie, largest, n)))
      } finally {
        await app.close()
      }
    } finally {
      await target.drop()
    }
  }
  for (const [k, g] of Object.entries(growth)) console.error(`growth, ${k} p95: ${g.join(' → ')}`)
  report(rows, values.json)
}

await main()
