// Ingest: articles/s and claims/s through the batch API (POST /api/articles/batch, extraction, near-duplicate
// lookup, series filing and audit included) on PGlite (on disk) and on the PostgreSQL server, with ~4 KB
// generated articles. Reference: COPY of the very rows Tally stored (articles + claims) into an empty
// database of the same kind, from this process: the cost of merely writing them.
//   npm run bench:ingest -- [--articles 1000] [--batch 50] [--backends server,pglite] [--json out.json]
//   npm run bench:ingest -- --grow 10000,100000,1000000 [--articles 200] [--processes 2] [--keep PREFIX]
//                          [--cpu-prof DIR] [--log-statements]
//                          (ingest as a crisis grows, Tally as its own process; bench/ingest-growth.ts)
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { PGlite } from '@electric-sql/pglite'
import type { Sql } from 'postgres'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { type Database, openDatabase } from '../api/db/client.ts'
import { type GenArticle, generateArticles } from './gen.ts'
import { ingestEnv, injectPoster, WORDS } from './ingest-client.ts'
import { growthRows } from './ingest-growth.ts'
import { fmt, freshServerDatabase, type ResultRow, ratio, rawClient, report, serverReachable } from './lib.ts'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '50' },
    backends: { type: 'string', default: 'server,pglite' },
    seed: { type: 'string', default: '8' },
    json: { type: 'string' },
    // Claims already stored, comma-separated: ingest as a crisis grows (bench/ingest-growth.ts).
    grow: { type: 'string' },
    // With --grow: also ingest with two Tally processes at once, at the largest size.
    processes: { type: 'string', default: '2' },
    // With --grow: keep each size's fill in PREFIX_<size> and ingest into copies of it.
    keep: { type: 'string' },
    // With --grow: CPU profiles of the single-process runs in this folder (bench/ingest-growth.ts).
    'cpu-prof': { type: 'string' },
    // With --grow: the run's database logs every statement with its duration.
    'log-statements': { type: 'boolean', default: false },
  },
})
const BATCH = Number(values.batch)
const TARGET: Record<string, number> = { server: 200, pglite: 50 }

interface IngestRun {
  articles: number
  created: number
  claims: number
  bytes: number
  seconds: number
  /** articles/s of each quarter of the run, to show slowing down as the tables grow. */
  quarters: number[]
}

async function ingest(env: Record<string, string>, articles: GenArticle[], warmUp: GenArticle[]) {
  const app = await buildServer(loadConfig(ingestEnv(env)))
  const post = await injectPoster(app)
  // Warm the JIT and the connection pool on other articles first.
  for (let i = 0; i < warmUp.length; i += BATCH) await post(warmUp.slice(i, i + BATCH))

  const times: number[] = []
  let created = 0
  let claims = 0
  const t0 = performance.now()
  for (let i = 0; i < articles.length; i += BATCH) {
    const body = await post(articles.slice(i, i + BATCH))
    created += body.created
    for (const r of body.results) if (r.status === 'created') claims += r.claim_count
    times.push(performance.now())
  }
  const seconds = (performance.now() - t0) / 1000
  const quarters = [0, 1, 2, 3].map((q) => {
    const a = Math.floor((q * times.length) / 4)
    const b = Math.max(a + 1, Math.floor(((q + 1) * times.length) / 4))
    const start = a === 0 ? t0 : times[a - 1]
    const n = Math.min(articles.length, b * BATCH) - a * BATCH
    return n / ((times[b - 1] - start) / 1000)
  })
  const run: IngestRun = {
    articles: articles.length,
    created,
    claims,
    bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
    seconds,
    quarters,
  }
  return { app, run }
}

// Tables whose rows the claims point to: copied first, untimed, so that the timed COPY keeps every key.
const SETUP = ['users', 'outlets', 'sources', 'topics', 'series']
const TIMED = ['articles', 'claims']

/**
 * COPY the stored rows out of Tally's server database and time copying them into an empty one. The rows
 * are read out by psql (untimed): postgres.js' COPY TO stream stalled here now and then, its COPY FROM
 * did not.
 */
async function copyServer(fromUrl: string): Promise<number> {
  const target = await freshServerDatabase()
  const database = await openDatabase({ url: target.url })
  const to = rawClient<Sql>(database)
  try {
    const dump = (table: string) => {
      const out = spawnSync('psql', ['-X', '-q', fromUrl, '-c', `copy ${table} to stdout`], {
        maxBuffer: 1 << 30,
      })
      if (out.status !== 0) throw new Error(`psql copy ${table}: ${out.stderr}`)
      return out.stdout
    }
    const load = async (table: string, data: Buffer) => {
      const stream = await to.unsafe(`copy ${table} from stdin`).writable()
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject)
        stream.on('finish', resolve)
        stream.end(data)
      })
    }
    for (const t of SETUP) await load(t, dump(t))
    const data: Buffer[] = []
    for (const t of TIMED) data.push(dump(t))
    const t0 = performance.now()
    for (const [i, t] of TIMED.entries()) await load(t, data[i])
    return (performance.now() - t0) / 1000
  } finally {
    await database.close()
    await target.drop()
  }
}

/** The same for PGlite, through its /dev/blob device, into an empty database on disk. */
async function copyPglite(from: PGlite, dir: string): Promise<number> {
  const database = await openDatabase({ dataDir: dir })
  const to = rawClient<PGlite>(database)
  try {
    const dump = async (t: string) => (await from.query(`copy ${t} to '/dev/blob'`)).blob!
    for (const t of SETUP) await to.query(`copy ${t} from '/dev/blob'`, [], { blob: await dump(t) })
    const data = await Promise.all(TIMED.map(dump))
    const t0 = performance.now()
    for (const [i, t] of TIMED.entries()) await to.query(`copy ${t} from '/dev/blob'`, [], { blob: data[i] })
    return (performance.now() - t0) / 1000
  } finally {
    await database.close()
  }
}

async function main() {
  if (values.grow) {
    const sizes = values.grow.split(',').map(Number)
    const timed = Math.min(Number(values.articles), 400)
    const options = {
      timed,
      batch: BATCH,
      seed: Number(values.seed),
      processes: Number(values.processes),
      keep: values.keep,
      cpuProf: values['cpu-prof'],
      logStatements: values['log-statements'],
    }
    return report(await growthRows(sizes, options), values.json)
  }
  const n = Number(values.articles)
  const seed = Number(values.seed)
  const articles = [...generateArticles(n, { seed, ...WORDS })]
  const warmUp = [...generateArticles(Math.min(2 * BATCH, 100), { seed: seed + 1000, ...WORDS })]
  const kb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / n / 1024
  const rows: ResultRow[] = []
  const work = await mkdtemp(join(tmpdir(), 'tally-bench-ingest-'))
  try {
    for (const backend of values.backends.split(',')) {
      if (backend === 'server' && !(await serverReachable())) {
        console.error('no PostgreSQL server: ingest on the server skipped')
        continue
      }
      let drop = async () => {}
      const env: Record<string, string> = {}
      if (backend === 'server') {
        const db = await freshServerDatabase()
        env.DATABASE_URL = db.url
        drop = db.drop
      } else env.DATA_DIR = join(work, 'tally')
      try {
        const { app, run } = await ingest(env, articles, warmUp)
        const database = app.database as Database
        const copySeconds =
          backend === 'server'
            ? await copyServer(env.DATABASE_URL)
            : await copyPglite(rawClient<PGlite>(database), join(work, 'copy'))
        await app.close()
        const perSec = run.articles / run.seconds
        // COPY writes only the rows Tally created (exact copies store nothing): compare created to created.
        const copyPerSec = run.created / copySeconds
        const growth = run.quarters.map((q) => fmt(q)).join(' → ')
        const size = `${fmt(n)} articles, ${kb.toFixed(1)} KB avg`
        const label = backend === 'server' ? 'server' : 'PGlite'
        rows.push({
          benchmark: `ingest, batch API, ${label}`,
          size,
          tally: perSec,
          unit: 'articles/s',
          reference: copyPerSec,
          referenceName: `COPY of the stored rows (${label})`,
          ratio: ratio(run.created / run.seconds, copyPerSec),
          target: `≥ ${TARGET[backend]} articles/s`,
          met: perSec >= TARGET[backend],
          note: `${run.created} created (the rest are exact copies); by quarter: ${growth} articles/s`,
        })
        rows.push({
          benchmark: `ingest claims, ${label}`,
          size,
          tally: run.claims / run.seconds,
          unit: 'claims/s',
          reference: run.claims / copySeconds,
          referenceName: `COPY of the stored rows (${label})`,
          ratio: ratio(run.claims / run.seconds, run.claims / copySeconds),
          target: '–',
          met: null,
          note: `${run.claims} claims stored; ${((run.bytes / 1e6 / run.seconds) * 1).toFixed(2)} MB/s of text`,
        })
        console.error(
          `${label}: ${fmt(perSec, 1)} articles/s; quarters ${growth}; COPY ${copySeconds.toFixed(2)} s`,
        )
      } finally {
        await drop()
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  report(rows, values.json)
}

await main()
