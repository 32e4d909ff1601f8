// Exports at scale: N claims (default 1,000,000) written as CSV and as xlsx by Tally's streaming
// exporters, each in a child process of its own so that its peak memory (RSS, sampled every 20 ms) is
// its own, beside the time PostgreSQL's own COPY (select …) TO STDOUT (FORMAT csv) takes for the same
// rows and columns.
//   npm run bench:export -- [--rows 1000000] [--formats csv,xlsx] [--pglite] [--cpu-prof DIR]
// Uses the PostgreSQL server at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test, in
// a database of its own) or, with --pglite or when no server answers, an embedded database on disk
// (then without the COPY line, and the database's own memory counts in each child's RSS).
import { execFileSync, spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { type Database, openDatabase } from '../api/db/client.ts'
import type { ExportFormat } from '../api/db/schema/exports.ts'
import { writeExport } from '../api/exports/index.ts'
import { testDatabaseUrl } from '../tests/helpers/app.ts'
import { articleCount, fillFrame, SERIES } from './fill.ts'
import { serverReachable } from './lib.ts'

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    formats: { type: 'string', default: 'csv,xlsx' },
    pglite: { type: 'boolean', default: false },
    // Each export child writes a V8 CPU profile into this folder.
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    // Internal: run one export in this process and print what it took.
    child: { type: 'string' },
    url: { type: 'string' },
    'data-dir': { type: 'string' },
    out: { type: 'string' },
  },
})

interface ChildResult {
  format: ExportFormat
  rows: number
  ms: number
  baselineRss: number
  peakRss: number
  bytes: number
}

const MB = 1024 * 1024

async function child(format: ExportFormat) {
  const database = await openDatabase({ url: values.url, dataDir: values['data-dir'] })
  global.gc?.()
  const baselineRss = process.memoryUsage().rss
  let peakRss = baselineRss
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 20)
  const t0 = performance.now()
  const { rows } = await writeExport(
    database.db,
    { tables: ['claims'], filters: { include_projected: true }, format, hxl: true, bom: false },
    createWriteStream(values.out!),
    { madeAt: new Date() },
  )
  const ms = performance.now() - t0
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  await database.close()
  const { size } = await stat(values.out!)
  const result: ChildResult = { format, rows, ms, baselineRss, peakRss, bytes: size }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

async function fill(database: Database, n: number) {
  const { db } = database
  const ARTICLES = articleCount(n)
  await db.execute(sql`truncate claims, series, topics, articles, outlets, sources restart identity cascade`)
  await fillFrame(database, ARTICLES)
  // Quotes of ~110 characters; one in a thousand starts like a formula.
  await db.execute(sql`
    insert into claims (origin, metric, low, high, qualifier, who, source, source_id, quote, article_id, as_of,
                        since_date, location, country, series_id, confidence)
    select 'extracted', 'killed', 10 + i % 5000, case when i % 4 = 0 then 20 + i % 5000 end,
           (array['exact','at_least','approx','range'])[1 + i % 4]::qualifier, 'civilians', 'Source ' || (1 + i % 200),
           1 + i % 200,
           case when i % 1000 = 0 then '=HYPERLINK("http://x.example","' || i || '")'
                else 'Government forces have killed more than ' || (10 + i % 5000) || ' civilians in the province since late April, a monitor said' end,
           1 + i % ${ARTICLES}, date '2019-01-01' + (i % 2000), date '2019-01-01', 'Idlib', 'SYR',
           1 + floor(${SERIES} * power(random(), 3))::int, random()
    from generate_series(1, ${n}) i`)
  await db.execute(sql`analyze`)
}

// The same rows and columns as the claims export, for PostgreSQL's own CSV writer.
const COPY_SELECT = `
  select c.low as figure, c.low, c.high, c.qualifier, c.metric, c.unit, coalesce(t.group_label, c.who) as "group",
         coalesce(t.place_name, c.location) as place, coalesce(t.country, c.country) as country,
         coalesce(s.name, c.source) as source, o.name as outlet, a.published, c.as_of, c.since_date, c.status,
         c.quote, coalesce(a.url, c.citation) as url, c.id
  from claims c
  left join articles a on a.id = c.article_id
  left join outlets o on o.id = a.outlet_id
  left join sources s on s.id = c.source_id
  left join series se on se.id = c.series_id
  left join topics t on t.id = se.topic_id
  order by c.id`

async function copyCsv(url: string, file: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} })
  try {
    const t0 = performance.now()
    const stream = await client.unsafe(`copy (${COPY_SELECT}) to stdout (format csv, header)`).readable()
    await pipeline(stream, createWriteStream(file))
    const ms = performance.now() - t0
    return { ms, bytes: (await stat(file)).size }
  } finally {
    await client.end()
  }
}

function runChild(format: ExportFormat, target: { url?: string; dataDir?: string }, out: string) {
  const self = fileURLToPath(import.meta.url)
  const prof = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []
  const args = ['--expose-gc', ...prof, '--import', 'tsx', self, '--child', format, '--out', out]
  if (target.url) args.push('--url', target.url)
  if (target.dataDir) args.push('--data-dir', target.dataDir)
  return new Promise<ChildResult>((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    p.stdout.on('data', (d) => {
      stdout += d
    })
    p.on('error', reject)
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${format} export exited with ${code}`))
      resolve(JSON.parse(stdout.trim().split('\n').pop()!))
    })
  })
}

async function main() {
  const n = Number(values.rows)
  const formats = values.formats.split(',') as ExportFormat[]
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const onServer = !values.pglite && (await serverReachable(serverUrl))
  if (!values.pglite && !onServer) console.error(`no PostgreSQL server at ${serverUrl}: using PGlite`)
  const work = await mkdtemp(join(tmpdir(), 'tally-bench-export-'))
  let drop = async () => {}
  let target: { url?: string; dataDir?: string }
  if (onServer) {
    process.env.TEST_DATABASE_URL = serverUrl
    const db = await testDatabaseUrl()
    drop = db.drop
    target = { url: db.url }
  } else {
    target = { dataDir: join(work, 'pglite') }
  }
  try {
    const database = await openDatabase(target)
    const t0 = performance.now()
    await fill(database, n)
    console.error(
      `filled ${n.toLocaleString('en')} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    await database.close()

    const table: Record<string, string>[] = []
    const row = (what: string, rows: number, ms: number, bytes: number, peak?: number, base?: number) => ({
      export: what,
      rows: rows.toLocaleString('en'),
      seconds: (ms / 1000).toFixed(1),
      'rows/s': Math.round(rows / (ms / 1000)).toLocaleString('en'),
      'file MB': (bytes / MB).toFixed(1),
      'peak RSS MB': peak === undefined ? '–' : (peak / MB).toFixed(0),
      'RSS before MB': base === undefined ? '–' : (base / MB).toFixed(0),
    })
    for (const format of formats) {
      const r = await runChild(format, target, join(work, `claims.${format}`))
      table.push(
        row(`Tally ${format.toUpperCase()} (claims, HXL)`, r.rows, r.ms, r.bytes, r.peakRss, r.baselineRss),
      )
      await rm(join(work, `claims.${format}`), { force: true })
    }
    if (target.url) {
      const c = await copyCsv(target.url, join(work, 'copy.csv'))
      table.push(row('PostgreSQL COPY … TO STDOUT (FORMAT csv)', n, c.ms, c.bytes))
    } else {
      table.push({ export: 'PostgreSQL COPY … TO STDOUT (FORMAT csv)', rows: 'no server', seconds: '–' })
    }
    console.log(
      `\nExport of ${n.toLocaleString('en')} claims (${onServer ? 'PostgreSQL server' : 'PGlite'}, Node ${process.version}, ${cpuModel()}):`,
    )
    console.table(table)
  } finally {
    await drop()
    await rm(work, { recursive: true, force: true })
  }
}

function cpuModel() {
  try {
    return `${execFileSync('nproc').toString().trim()} cores`
  } catch {
    return 'cores unknown'
  }
}

const HELP = `Exports N claims as CSV and xlsx with Tally's exporters, each in a child process (rows/s, peak RSS),
beside PostgreSQL's own COPY … TO STDOUT (FORMAT csv) of the same rows and columns.

  --rows N          claims to generate (default 1000000)
  --formats LIST    csv,xlsx (default both)
  --pglite          an embedded database on disk instead of the server (then no COPY line)
  --cpu-prof DIR    each export child writes a V8 CPU profile into DIR
  BENCH_DATABASE_URL  the server (default postgres://postgres@127.0.0.1:5432/test), in a database of its own`

if (values.help) console.log(HELP)
else if (values.child) await child(values.child as ExportFormat)
else await main()
