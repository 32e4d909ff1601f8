// Intake: items/s through fetch, read, extract and store, from a local feed server into the PostgreSQL
// server, with 1 and with 2 worker processes (`npm run worker`), beside batch ingest of the same texts
// (POST /api/articles/batch's service) as the reference; and a check that every item was stored once.
//   npm run bench:intake -- [--items 5000] [--workers 1,2] [--json out.json]
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { SYSTEM } from '../api/audit/audit.ts'
import { openDatabase } from '../api/db/client.ts'
import { subscriptions } from '../api/db/schema/index.ts'
import { ingestArticles } from '../api/ingest/batch.ts'
import { seedSourceAliases } from '../api/series/store/source-table.ts'
import { generateArticles } from './gen.ts'
import { freshServerDatabase, type ResultRow, ratio, report, serverReachable } from './lib.ts'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    workers: { type: 'string', default: '1,2' },
    seed: { type: 'string', default: '13' },
    json: { type: 'string' },
  },
})
const N = Number(values.items)
const root = fileURLToPath(new URL('..', import.meta.url))

if (!(await serverReachable())) {
  console.log('bench:intake needs the PostgreSQL server (BENCH_DATABASE_URL); skipped')
  process.exit(0)
}

const articles = [...generateArticles(N, { seed: Number(values.seed), minWords: 300, maxWords: 400 })]
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const feed = `<rss version="2.0"><channel><title>Bench Wire</title>${articles
  .map((a, i) => `<item><title>${esc(a.title)}</title><link>/a/${i}</link><guid>bench-${i}</guid></item>`)
  .join('')}</channel></rss>`
const server = createServer((req, res) => {
  const m = /^\/a\/(\d+)$/.exec(req.url ?? '')
  if (req.url === '/feed.xml')
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(feed.replaceAll('<link>/a/', `<link>${base}/a/`))
  else if (m) {
    const a = articles[Number(m[1])]
    const body = a.text
      .split(/\n\s*\n/)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="en"><head><title>${esc(a.title)}</title></head><body><article><h1>${esc(a.title)}</h1>${body}</article></body></html>`,
      )
  } else res.writeHead(404).end()
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

async function runWorkers(
  processes: number,
): Promise<{ seconds: number; stored: number; articles: number; distinct: number }> {
  const fresh = await freshServerDatabase()
  const database = await openDatabase({ url: fresh.url })
  await seedSourceAliases(database.db)
  await database.db
    .insert(subscriptions)
    .values({ url: `${base}/feed.xml`, kind: 'feed', name: 'Bench Wire', nextPollAt: new Date() })
  const started = Date.now()
  const children: ChildProcess[] = Array.from({ length: processes }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'api/intake/worker.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: fresh.url,
        INTAKE_ALLOW_PRIVATE: 'on',
        INTAKE_HOST_DELAY_MS: '0',
        WORKERS: '2',
        LOG_LEVEL: 'warn',
        ARCHIVE_DIR: `${root}data/bench-archive`,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  )
  const count = async () => {
    const [r] = await database.rows<{ stored: number; pending: number }>(
      sql`select count(*) filter (where state = 'stored')::int as stored, count(*) filter (where state = 'pending')::int as pending from intake_items`,
    )
    return r
  }
  let c = await count()
  while (c.stored < N && Date.now() - started < 3600_000) {
    await new Promise((r) => setTimeout(r, 500))
    c = await count()
  }
  const seconds = (Date.now() - started) / 1000
  for (const ch of children) ch.kill('SIGTERM')
  await Promise.all(children.map((ch) => new Promise((r) => ch.once('exit', r))))
  const [a] = await database.rows<{ n: number; distinct: number }>(
    sql`select count(*)::int as n, count(distinct url)::int as distinct from articles`,
  )
  await database.close()
  await fresh.drop()
  return { seconds, stored: c.stored, articles: a.n, distinct: a.distinct }
}

async function batchReference(): Promise<number> {
  const fresh = await freshServerDatabase()
  const database = await openDatabase({ url: fresh.url })
  await seedSourceAliases(database.db)
  const started = Date.now()
  const toInput = (a: (typeof articles)[number]) => () => ({
    text: a.text,
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    published: a.published,
  })
  for (let i = 0; i < articles.length; i += 50)
    await ingestArticles(database.db, SYSTEM, articles.slice(i, i + 50).map(toInput), { embedded: false })
  const rate = N / ((Date.now() - started) / 1000)
  await database.close()
  await fresh.drop()
  return rate
}

const reference = await batchReference()
const rows: ResultRow[] = []
let allOnce = true
for (const p of values.workers.split(',').map(Number)) {
  const r = await runWorkers(p)
  const once = r.stored === N && r.articles === N && r.distinct === N
  allOnce &&= once
  const rate = r.stored / r.seconds
  rows.push({
    benchmark: `intake, ${p} worker process${p === 1 ? '' : 'es'}`,
    size: `${N} items`,
    tally: rate,
    unit: 'items/s',
    reference,
    referenceName: 'batch ingest of the same texts (articles/s)',
    ratio: ratio(rate, reference),
    target: 'every item stored once',
    met: once,
    note: `${r.stored} stored, ${r.articles} articles (${r.distinct} distinct URLs) in ${r.seconds.toFixed(1)} s`,
  })
  console.log(rows.at(-1)?.note)
}
server.close()
report(rows, values.json)
process.exitCode = allOnce ? 0 : 1
