// Ingest as a crisis grows (`npm run bench:ingest -- --grow 10000,100000,1000000`): for each size, a fresh
// server database and Tally as its own process, a crisis that already holds that many claims, then new
// articles about the same crisis through the batch API, with the process's peak RSS and the share of
// database sessions waiting on locks. At the largest size, the same again with two Tally processes at
// once. The crisis is grown with SQL from 200 ingested articles (their claims copied with shifted values
// and dates, so points grow too, not only repeats), its series rebuilt in full, untimed. Reference: the
// extraction floor, the same articles through identify + extraction + fingerprints + hashing alone on
// this one core (CPU time). Tally runs compiled (dist/server.js), as `npm start` runs it.
// --keep PREFIX fills PREFIX_<size> once and keeps it (a 1M fill and rebuild take ~15 minutes); each run
// ingests into a copy of it (`create database … template`), so the kept fill never changes.
// --cpu-prof DIR: each size's single-process Tally writes a CPU profile to DIR when it stops, and
// DIR/window-<size>.json the timed part (monotonic µs as the profile counts them, and wall-clock times
// for the server log), so that start-up, the fill and the warm-up batch can be cut out of it.
// --log-statements: the run's database logs every statement with its duration (PostgreSQL's log), and
// the run's index scans are printed at the end.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { type Database, openDatabase } from '../api/db/client.ts'
import { identify, prepare } from '../api/ingest/prepare.ts'
import { rebuildSeries } from '../api/series/store/rebuild.ts'
import { buildApi } from '../scripts/build-api.ts'
import { type GenArticle, generateArticles } from './gen.ts'
import { copyClaims, httpPoster, ingestEnv, type Poster, payload, WORDS } from './ingest-client.ts'
import { type Probe, watch } from './ingest-probe.ts'
import { fmt, freshServerDatabase, keptServerDatabase, type ResultRow, ratio, serverUrl } from './lib.ts'
import { startTally, type TallyProcess } from './tally-process.ts'

const BASE = 200
const MB = 2 ** 20

/** Articles/s of identify + prepare alone (extraction, fingerprint, hashes), CPU time of this thread. */
function extractionFloor(articles: GenArticle[]) {
  const t0 = process.cpuUsage()
  for (const a of articles) prepare(identify(payload(a)))
  const used = process.cpuUsage(t0)
  return articles.length / ((used.user + used.system) / 1e6)
}

/** Grows the crisis to about `size` claims with SQL, then rebuilds its series in full (untimed). */
async function grow(database: Database, size: number) {
  const n = Number(
    (await database.rows<{ n: number }>(sql`select count(*)::int as n from claims`))[0]?.n ?? 0,
  )
  const copies = Math.max(0, Math.ceil(size / n) - 1)
  // A million rows take longer than the connection's statement timeout on a busy machine.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`)
    await tx.execute(copyClaims(copies))
  })
  // As `npm run series:rebuild` does: a few series per transaction, so none holds a million claims.
  const t0 = performance.now()
  await rebuildSeries(database.db)
  console.error(`${fmt(size)} claims: series rebuilt in ${fmt((performance.now() - t0) / 1000, 1)} s`)
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`)
    await tx.execute(sql`analyze`)
  })
}

/** Claims stored and the largest series' claim count. */
async function stored(database: Database) {
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await database.rows<{ n: number }>(query))[0]?.n ?? 0)
  return {
    claims: await count(sql`select count(*)::int as n from claims`),
    largest: await count(sql`select max(claim_count)::int as n from series`),
  }
}

/** Posts `list` in batches, spread over the posters running at once; seconds and each batch's time. */
async function run(posters: Poster[], list: GenArticle[], batch: number) {
  const batches: GenArticle[][] = []
  for (let i = 0; i < list.length; i += batch) batches.push(list.slice(i, i + batch))
  const times: number[] = []
  const t0 = performance.now()
  await Promise.all(
    posters.map(async (post, p) => {
      for (let i = p; i < batches.length; i += posters.length) {
        const b0 = performance.now()
        await post(batches[i] ?? [])
        times.push((performance.now() - b0) / 1000)
      }
    }),
  )
  return { seconds: (performance.now() - t0) / 1000, times }
}

const noteOf = (times: number[], probe: Probe) =>
  `batches ${times.map((s) => s.toFixed(2)).join(', ')} s; peak server RSS ${fmt(probe.peakRss / MB)} MB; ` +
  `lock waits ${(probe.lockShare * 100).toFixed(1)} % of ${probe.samples} samples`

export interface GrowthOptions {
  timed: number
  batch: number
  seed: number
  /** Tally processes for the second run at the largest size (1: none). */
  processes: number
  /** Keep each size's fill in PREFIX_<size> and ingest into a copy of it. */
  keep?: string
  /** A folder for the single-process runs' CPU profiles and their timed windows. */
  cpuProf?: string
  /** Log every statement of the run's database with its duration. */
  logStatements?: boolean
}

/** The timed part of a run: monotonic µs (a CPU profile's clock) and wall-clock ISO times (the log's). */
function window() {
  const now = () => ({ hr: Number(process.hrtime.bigint() / 1000n), wall: new Date().toISOString() })
  const start = now()
  return (size: number, pid: number, dir: string | undefined) => {
    const timed = { size, pid, start, end: now() }
    console.error(
      `${fmt(size)} claims: timed from ${timed.start.wall} to ${timed.end.wall} (server pid ${pid})`,
    )
    if (dir) writeFileSync(join(dir, `window-${size}.json`), JSON.stringify(timed))
  }
}

/** The index scans of the run (a copy starts with none): which indexes ingest uses, and which it only writes. */
async function indexUse(database: Database, size: number) {
  const rows = await database.rows<{ t: string; i: string; n: number }>(
    sql`select relname as t, indexrelname as i, idx_scan::int as n from pg_stat_user_indexes
      where relname in ('claims', 'series_points', 'series_pairs', 'articles') order by 1, 2`,
  )
  console.error(`${fmt(size)} claims: index scans, ${rows.map((r) => `${r.i} ${r.n}`).join(', ')}`)
}

const FILLED = 'tally bench: filled'

/** Runs `q` on the server's admin database. */
async function admin<T>(q: (sql: postgres.Sql) => Promise<T>) {
  const client = postgres(serverUrl(), { max: 1, onnotice: () => {} })
  try {
    return await q(client)
  } finally {
    await client.end()
  }
}

/**
 * The database a size's ingest runs on: fresh and filled here, or with --keep a copy of the kept fill
 * (filled first if it is new or a fill was cut, which its missing comment says).
 */
async function filledDatabase(size: number, keep: string | undefined, fill: (url: string) => Promise<void>) {
  if (!keep) {
    const target = await freshServerDatabase()
    await fill(target.url)
    return target
  }
  const name = `${keep}_${size}`
  const kept = await keptServerDatabase(name)
  const [mark] = await admin(
    (c) => c`select shobj_description(oid, 'pg_database') as d from pg_database where datname = ${name}`,
  )
  if (mark?.d !== FILLED) {
    if (!kept.created) {
      await admin((c) => c.unsafe(`drop database ${name} with (force)`))
      await keptServerDatabase(name)
    }
    await fill(kept.url)
    await admin((c) => c.unsafe(`comment on database ${name} is '${FILLED}'`))
  }
  const copy = `${name}_run_${process.pid}`
  const t0 = performance.now()
  await admin((c) => c.unsafe(`create database ${copy} template ${name}`))
  console.error(`${fmt(size)} claims: kept fill copied in ${fmt((performance.now() - t0) / 1000, 1)} s`)
  const url = new URL(serverUrl())
  url.pathname = `/${copy}`
  return {
    url: url.toString(),
    drop: () => admin(async (c) => void (await c.unsafe(`drop database if exists ${copy} with (force)`))),
  }
}

export async function growthRows(
  sizes: number[],
  { timed, batch, seed, processes, keep, cpuProf, logStatements }: GrowthOptions,
) {
  const base = [...generateArticles(BASE, { seed, ...WORDS })]
  const fresh = [...generateArticles(2 * batch + 2 * timed, { seed: seed + 1, ...WORDS })]
  const warm = [fresh.slice(0, batch), fresh.slice(batch, 2 * batch)]
  const measured = fresh.slice(2 * batch, 2 * batch + timed)
  const together = fresh.slice(2 * batch + timed)
  const floor = extractionFloor(measured)
  // Tally as `npm start` runs it, compiled: through tsx the process also holds the compiler.
  await buildApi()
  const start = (env: Record<string, string>, nodeArgs: string[] = []) =>
    startTally(env, 'dist/server.js', nodeArgs)
  if (cpuProf) mkdirSync(cpuProf, { recursive: true })
  const profile = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : []
  const rows: ResultRow[] = []
  let first: number | null = null
  const largestSize = Math.max(...sizes)
  for (const size of sizes) {
    const fill = async (url: string) => {
      const env = ingestEnv({ DATABASE_URL: url, WORKERS: '0', LOG_LEVEL: 'warn' })
      const tally = await start(env)
      try {
        await run([await httpPoster(tally.base)], base, batch)
      } finally {
        // Stopped before the growth: its sweep of dirty marks would refresh the copied claims' series
        // beside the rebuild, each waiting on the other's locks.
        await tally.stop()
      }
      const database = await openDatabase({ url })
      try {
        await grow(database, size)
      } finally {
        await database.close()
      }
    }
    const target = await filledDatabase(size, keep, fill)
    if (logStatements) {
      const name = new URL(target.url).pathname.slice(1)
      await admin((c) => c.unsafe(`alter database ${name} set log_min_duration_statement = 0`))
    }
    const env = ingestEnv({ DATABASE_URL: target.url, WORKERS: '0', LOG_LEVEL: 'warn' })
    const tallies: TallyProcess[] = []
    const database = await openDatabase({ url: target.url })
    try {
      tallies.push(await start(env, profile))
      const one = await httpPoster(tallies[0]?.base ?? '')
      const { claims, largest } = await stored(database)
      await one(warm[0] ?? [])
      const stop = watch([tallies[0]?.child.pid ?? 0], database)
      const timedPart = window()
      const single = await run([one], measured, batch)
      if (cpuProf || logStatements) timedPart(size, tallies[0]?.child.pid ?? 0, cpuProf)
      const probe = await stop()
      const perSec = measured.length / single.seconds
      first ??= perSec
      const label = `${fmt(claims)} claims stored (largest series ${fmt(largest)}); ${measured.length} new articles`
      console.error(`${label}: ${fmt(perSec, 1)} articles/s; ${noteOf(single.times, probe)}`)
      rows.push({
        benchmark: 'ingest as the crisis grows, batch API, server process',
        size: label,
        tally: perSec,
        unit: 'articles/s',
        reference: floor,
        referenceName: 'extraction floor (identify + extract + fingerprint, one core)',
        ratio: ratio(perSec, floor),
        target: '≥ 0.5 of the floor',
        met: perSec >= 0.5 * floor,
        note: noteOf(single.times, probe),
      })
      rows.push({
        benchmark: 'ingest growth: rate against the rate at the smallest size',
        size: label,
        tally: perSec,
        unit: 'articles/s',
        reference: first,
        referenceName: `ingest at ${fmt(sizes[0] ?? 0)} claims, same run`,
        ratio: ratio(perSec, first),
        target: '≥ 0.8 at 1M',
        met: size >= 1_000_000 ? perSec >= 0.8 * first : null,
        note: `peak server RSS ${fmt(probe.peakRss / MB)} MB (target < 500 MB): ${probe.peakRss < 500 * MB ? 'met' : 'NOT met'}`,
      })
      if (processes > 1 && size === largestSize) {
        for (let i = 1; i < processes; i++) tallies.push(await start(env))
        const posters = [one]
        for (const t of tallies.slice(1)) {
          const post = await httpPoster(t.base)
          await post(warm[1] ?? [])
          posters.push(post)
        }
        const stopBoth = watch(
          tallies.map((t) => t.child.pid ?? 0),
          database,
        )
        const both = await run(posters, together, batch)
        const seen = await stopBoth()
        const rate = together.length / both.seconds
        console.error(`${processes} processes: ${fmt(rate, 1)} articles/s; ${noteOf(both.times, seen)}`)
        rows.push({
          benchmark: `ingest with ${processes} Tally processes at once, server`,
          size: label,
          tally: rate,
          unit: 'articles/s',
          reference: perSec,
          referenceName: 'one process, same database, just before',
          ratio: ratio(rate, perSec),
          target: 'lock waits < 10 % of sampled time',
          met: seen.lockShare < 0.1,
          note: noteOf(both.times, seen),
        })
      }
    } finally {
      for (const t of tallies) await t.stop()
      if (logStatements) await indexUse(database, size)
      await database.close()
      await target.drop()
    }
  }
  return rows
}
