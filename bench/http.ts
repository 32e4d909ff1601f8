// HTTP: requests/s and p99 of GET /api/series/:id (one series' points, ~100 claims) with an API token,
// 50 concurrent connections from autocannon over loopback, against Tally as its own process on the
// PostgreSQL server (or PGlite with --pglite). Reference, measured the same way in the same run: a bare
// Fastify process answering the same JSON from memory (bench/http-bare.ts), as an object and as a
// prepared string (the real ceiling of Node here: what a cached answer could cost at best).
// A third run with a session cookie shows what API-token authentication costs.
//   npm run bench:http -- [--claims 100000] [--seconds 10] [--connections 50] [--pglite] [--cpu-prof DIR]
//                          [--json out.json]
import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { openDatabase } from '../api/db/client.ts'
import { fillClaims, typicalSeries } from './fill.ts'
import { fmt, freshServerDatabase, type ResultRow, ratio, report } from './lib.ts'
import { startTally } from './tally-process.ts'

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    pglite: { type: 'boolean', default: false },
    // A folder: Tally's process writes a CPU profile there when it stops.
    'cpu-prof': { type: 'string' },
    json: { type: 'string' },
  },
})
const ADMIN = { email: 'bench@tally.test', password: 'bench-password-1' }
const SECONDS = Number(values.seconds)

interface Load {
  rps: number
  p50: number
  p99: number
  errors: number
}

/** Bounded in time: a short warm-up (JIT, pools, caches), then the measured run. */
async function load(url: string, headers: Record<string, string>): Promise<Load> {
  const run = (duration: number) =>
    autocannon({ url, headers, connections: Number(values.connections), duration, timeout: 10 })
  await run(Math.max(1, Math.round(SECONDS / 5)))
  const r = await run(SECONDS)
  return {
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  }
}

async function main() {
  const n = Number(values.claims)
  const work = await mkdtemp(join(tmpdir(), 'tally-bench-http-'))
  const server = values.pglite ? null : await freshServerDatabase()
  const env: Record<string, string> = {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: join(work, 'tally') }),
  }
  const rows: ResultRow[] = []
  try {
    const database = await openDatabase(server ? { url: server.url } : { dataDir: env.DATA_DIR })
    const t0 = performance.now()
    await fillClaims(database, n)
    const series = await typicalSeries(database)
    await database.close()
    console.error(`filled ${fmt(n)} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

    const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []
    const tally = await startTally(env, 'api/server.ts', profile)
    let tallyLoad: Load
    let cookieLoad: Load
    let body: string
    try {
      const login = await fetch(`${tally.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
      const created = await fetch(`${tally.base}/api/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ name: 'bench' }),
      })
      const { token } = (await created.json()) as { token: string }
      const url = `${tally.base}/api/series/${series.id}`
      const first = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
      body = await first.text()
      if (first.status !== 200) throw new Error(`GET ${url}: ${first.status} ${body.slice(0, 200)}`)
      tallyLoad = await load(url, { authorization: `Bearer ${token}` })
      cookieLoad = await load(url, { cookie })
    } finally {
      await tally.stop()
    }

    const bodyFile = join(work, 'series.json')
    writeFileSync(bodyFile, body)
    const bareRun = async (prepared: boolean) => {
      const bare = await startTally(
        { BODY_FILE: bodyFile, PREPARED: prepared ? '1' : '0' },
        'bench/http-bare.ts',
      )
      try {
        return await load(`${bare.base}/api/series/${series.id}`, {})
      } finally {
        await bare.stop()
      }
    }
    const bareLoad = await bareRun(false)
    const preparedLoad = await bareRun(true)

    const kind = server ? 'server' : 'PGlite'
    const size = `${fmt(n)} claims; series of ${series.claims}, ${(body.length / 1024).toFixed(0)} KB JSON`
    const share = ratio(tallyLoad.rps, bareLoad.rps)
    const common = { size, unit: 'req/s', reference: bareLoad.rps, referenceName: 'bare Fastify, same JSON' }
    rows.push({
      benchmark: `HTTP series points, API token, ${kind}`,
      ...common,
      tally: tallyLoad.rps,
      ratio: share,
      target: '≥ 30% of bare, p99 ≤ 50 ms',
      met: share !== null && share >= 0.3 && tallyLoad.p99 <= 50 && tallyLoad.errors === 0,
      note: `p50 ${tallyLoad.p50} ms, p99 ${tallyLoad.p99} ms, errors ${tallyLoad.errors}; bare p99 ${bareLoad.p99} ms`,
    })
    rows.push({
      benchmark: 'HTTP p99, API token',
      size,
      tally: tallyLoad.p99,
      unit: 'ms p99',
      reference: bareLoad.p99,
      referenceName: 'bare Fastify, same JSON',
      ratio: ratio(tallyLoad.p99, bareLoad.p99, true),
      target: '≤ 50 ms',
      met: tallyLoad.p99 <= 50,
    })
    rows.push({
      benchmark: `HTTP series points, API token, ${kind}, against a prepared string`,
      ...common,
      tally: tallyLoad.rps,
      reference: preparedLoad.rps,
      referenceName: 'bare Fastify sending the same JSON as a prepared string',
      ratio: ratio(tallyLoad.rps, preparedLoad.rps),
      target: '(reference)',
      met: null,
      note: `bare prepared p99 ${preparedLoad.p99} ms, errors ${preparedLoad.errors}`,
    })
    rows.push({
      benchmark: `HTTP series points, session cookie, ${kind}`,
      ...common,
      tally: cookieLoad.rps,
      ratio: ratio(cookieLoad.rps, bareLoad.rps),
      target: '(diagnostic)',
      met: null,
      note: `p50 ${cookieLoad.p50} ms, p99 ${cookieLoad.p99} ms, errors ${cookieLoad.errors}`,
    })
  } finally {
    await server?.drop()
    await rm(work, { recursive: true, force: true })
  }
  report(rows, values.json)
}

await main()
