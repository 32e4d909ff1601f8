// A bounded load test on loopback: Tally as a real process, 50 concurrent clients (autocannon) mixing
// reads of series and claims with article ingests and claim edits, for a fixed time and at most a fixed
// number of requests. Afterwards, with the server stopped, the database itself is checked: every ingest
// answered 201 is stored with all its claims, every edit answered 200 is there.
//
//   npm run load-test                                   # on PGlite (a temporary data folder)
//   TEST_DATABASE_URL=postgres://…/test npm run load-test   # on a fresh database on that server
//   npm run load-test -- --duration 12 --connections 50 --max-requests 20000
//
// Prints p50/p99 latency and req/s per kind of request; exits 1 on any 5xx, failed request or lost write.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../api/db/client.ts'
import { ADMIN, testDatabaseUrl } from '../tests/helpers/app.ts'
import { call, signIn } from '../tests/helpers/http.ts'
import { processEnv, startServerProcess } from '../tests/helpers/server-process.ts'

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '12' },
    connections: { type: 'string', default: '50' },
    'max-requests': { type: 'string', default: '20000' },
  },
})
const DURATION = Number(args.duration)
const CONNECTIONS = Number(args.connections)
const MAX_REQUESTS = Number(args['max-requests'])
const EDITOR = { email: 'load-editor@tally.test', password: 'load-editor-password' }
const PLACES = [
  'Aleppo',
  'Hodeidah',
  'Kharkiv',
  'El Fasher',
  'Goma',
  'Mopti',
  'Sittwe',
  'Herat',
  'Gaza',
  'Sindh',
]

type Kind = 'series list' | 'series' | 'claims list' | 'claim' | 'ingest' | 'edit'
interface Tally {
  count: number
  byClass: Record<string, number>
  ms: number[]
}
const tallies = new Map<Kind, Tally>()
function record(kind: Kind, status: number, ms: number) {
  const t = tallies.get(kind) ?? { count: 0, byClass: {}, ms: [] }
  tallies.set(kind, t)
  t.count++
  const c = `${Math.floor(status / 100)}xx`
  t.byClass[c] = (t.byClass[c] ?? 0) + 1
  t.ms.push(ms)
}
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

const db = await testDatabaseUrl()
const dataDir = mkdtempSync(join(tmpdir(), 'tally-load-'))
const backend = db.url ? 'PostgreSQL server' : 'PGlite'
const failures: string[] = []

/** The distinct errors the server logged, so that a 5xx comes with its cause. */
function serverErrors(output: string) {
  const seen = new Map<string, number>()
  for (const l of output.split('\n')) {
    if (!l.startsWith('{')) continue
    const e = JSON.parse(l) as {
      level: number
      msg?: string
      err?: { message?: string; cause?: { message?: string } }
    }
    if (e.level < 50) continue
    const what = [e.msg, e.err?.message?.split('\n')[0], e.err?.cause?.message].filter(Boolean).join(': ')
    seen.set(what, (seen.get(what) ?? 0) + 1)
  }
  for (const [what, n] of seen) console.error(`server logged ${n}× ${what}`)
}
let server: Awaited<ReturnType<typeof startServerProcess>> | null = null

try {
  server = await startServerProcess({
    ...processEnv(dataDir, db.url),
    SCHEDULER: 'off',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
  })
  const base = server.base
  const admin = await signIn(base, ADMIN)
  const user = await call(base, { cookie: admin }, 'POST', '/api/users', { ...EDITOR, role: 'editor' })
  if (user.status !== 201) throw new Error(`could not create the editor: ${JSON.stringify(user.body)}`)
  const editor = await signIn(base, EDITOR)
  // Scripts ingest with an API token; people read and edit with their session cookie.
  const token = (
    await call(base, { cookie: admin }, 'POST', '/api/tokens', { name: 'load', user_id: user.body.id })
  ).body.token as string

  // Some articles first, so there are series to read and claims to edit.
  const seeded = await call(base, { token }, 'POST', '/api/articles/batch', {
    articles: PLACES.flatMap((place, i) =>
      [0, 1, 2, 3].map((j) => ({
        text: `${place} (Wire) - Shelling killed ${10 + i * 7 + j} civilians in ${place} on Monday, officials said. Another ${30 + i + j * 5} people were wounded, the health ministry said. Report ${i}-${j}.`,
        published: `2024-0${1 + j}-1${i % 10}`,
      })),
    ),
  })
  if (seeded.status !== 200) throw new Error(`seeding failed: ${JSON.stringify(seeded.body)}`)
  const claims = (await call(base, { cookie: editor }, 'GET', '/api/claims?limit=500')).body.items as {
    id: number
    version: number
  }[]
  const seriesIds = (
    (await call(base, { cookie: editor }, 'GET', '/api/series?limit=200')).body.items as { id: number }[]
  ).map((s) => s.id)
  if (claims.length < CONNECTIONS || !seriesIds.length) {
    throw new Error(`seeding gave ${claims.length} claims and ${seriesIds.length} series`)
  }

  // Each claim is edited by one client at a time, against the version its last answer gave; so a 409
  // would be a lost update, not a race between clients.
  const pool = claims.map((c) => ({ id: c.id, version: c.version, busy: false }))
  const ackedEdits = new Map<number, { version: number; since: string }>()
  const ackedIngests: { id: number; claims: number }[] = []
  let next = 0
  let ingestSeq = 0
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]

  interface Context {
    kind?: Kind
    t0?: number
    claim?: (typeof pool)[number]
    since?: string
  }
  const step = (kind: Kind, build: (ctx: Context) => autocannon.Request): autocannon.Request => ({
    method: 'GET',
    setupRequest: (req, context) => {
      const ctx = context as Context
      ctx.kind = kind
      const built = build(ctx)
      ctx.kind = ctx.kind ?? kind
      ctx.t0 = performance.now()
      return { ...req, ...built }
    },
    onResponse: (status, body, context) => {
      const ctx = context as Context
      record(ctx.kind!, status, performance.now() - ctx.t0!)
      if (status >= 500) failures.push(`${ctx.kind}: ${status} ${body.slice(0, 200)}`)
      if (ctx.kind === 'ingest' && status === 201) {
        const a = JSON.parse(body).article
        ackedIngests.push({ id: a.id, claims: a.claim_count })
      }
      if (ctx.kind === 'edit' && ctx.claim) {
        if (status === 200) {
          const c = JSON.parse(body)
          ctx.claim.version = c.version
          ackedEdits.set(c.id, { version: c.version, since: c.since })
        } else {
          failures.push(`edit of claim ${ctx.claim.id}: ${status} ${body.slice(0, 200)}`)
        }
        ctx.claim.busy = false
      }
    },
  })
  const cookieHeaders = { cookie: editor }
  const requests: autocannon.Request[] = [
    step('series list', () => ({ method: 'GET', path: '/api/series?limit=50', headers: cookieHeaders })),
    step('series', () => ({ method: 'GET', path: `/api/series/${pick(seriesIds)}`, headers: cookieHeaders })),
    step('claims list', () => ({
      method: 'GET',
      path: `/api/claims?limit=50&sort=-as_of&place=${encodeURIComponent(pick(PLACES))}`,
      headers: cookieHeaders,
    })),
    step('ingest', () => {
      const n = ++ingestSeq
      const place = pick(PLACES)
      return {
        method: 'POST',
        path: '/api/articles',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          title: `Load ${n}`,
          url: `https://load.example/${n}`,
          text: `${place} - An air strike killed ${n % 97} people and wounded ${n % 89} others in ${place} on Tuesday, rescuers said. Some ${1000 + n} families fled. Load test article ${n}.`,
          published: '2024-06-04',
        }),
      }
    }),
    step('claim', () => ({ method: 'GET', path: `/api/claims/${pick(pool).id}`, headers: cookieHeaders })),
    step('edit', (ctx) => {
      for (let i = 0; i < pool.length; i++) {
        const c = pool[next++ % pool.length]
        if (c.busy) continue
        c.busy = true
        ctx.claim = c
        ctx.since = `load edit ${c.version + 1}`
        return {
          method: 'PATCH',
          path: `/api/claims/${c.id}`,
          headers: { 'content-type': 'application/json', ...cookieHeaders },
          body: JSON.stringify({ version: c.version, since: ctx.since }),
        }
      }
      // Every claim has an edit in flight: read one instead.
      ctx.kind = 'claim'
      return { method: 'GET', path: `/api/claims/${pick(pool).id}`, headers: cookieHeaders }
    }),
  ]

  console.log(
    `load test on ${backend}: ${CONNECTIONS} clients, ${DURATION} s, at most ${MAX_REQUESTS} requests, ` +
      `${claims.length} claims and ${seriesIds.length} series to start with`,
  )
  const started = performance.now()
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    maxOverallRequests: MAX_REQUESTS,
    timeout: 30,
    requests,
  })
  const seconds = (performance.now() - started) / 1000
  // Requests cut off when the time was up may still be running on the server; let them end.
  await new Promise((r) => setTimeout(r, 2000))
  const logged = server.output()
  if (result.errors || result.timeouts) {
    failures.push(`${result.errors} failed requests (${result.timeouts} timeouts)`)
  }
  if (result['5xx']) failures.push(`autocannon counted ${result['5xx']} 5xx answers`)

  // The table.
  const rows: string[][] = [['request', 'count', '2xx', '4xx', '5xx', 'p50 ms', 'p99 ms', 'req/s']]
  for (const [kind, t] of tallies) {
    rows.push([
      kind,
      String(t.count),
      String(t.byClass['2xx'] ?? 0),
      String(t.byClass['4xx'] ?? 0),
      String(t.byClass['5xx'] ?? 0),
      percentile(t.ms, 50).toFixed(0),
      percentile(t.ms, 99).toFixed(0),
      (t.count / seconds).toFixed(1),
    ])
  }
  const all = [...tallies.values()]
  rows.push([
    'all',
    String(result.requests.total),
    String(result['2xx']),
    String(result['4xx']),
    String(result['5xx']),
    String(result.latency.p50),
    String(result.latency.p99),
    (result.requests.total / seconds).toFixed(1),
  ])
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`
  console.log(line(rows[0]))
  console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`)
  for (const r of rows.slice(1)) console.log(line(r))
  console.log(
    `${seconds.toFixed(1)} s; ${all.reduce((n, t) => n + t.count, 0)} answers checked; ` +
      `${ackedIngests.length} ingests and ${ackedEdits.size} claims' edits acknowledged`,
  )
  serverErrors(logged)
  if (!ackedIngests.length || !ackedEdits.size) failures.push('no write was acknowledged: nothing to check')

  // Stop the server gracefully (requests in flight finish), then look at the database itself.
  await server.kill('SIGTERM')
  server = null
  const database = await openDatabase({ url: db.url, dataDir })
  try {
    const articles = new Map(
      (
        await database.rows<{ id: number; claims: number }>(
          sql`select a.id::int as id, (select count(*)::int from claims c where c.article_id = a.id) as claims from articles a`,
        )
      ).map((r) => [Number(r.id), Number(r.claims)]),
    )
    for (const a of ackedIngests) {
      if (!articles.has(a.id)) failures.push(`lost write: article ${a.id} was acknowledged but is not stored`)
      else if (articles.get(a.id) !== a.claims)
        failures.push(`article ${a.id}: ${articles.get(a.id)} claims stored, ${a.claims} acknowledged`)
    }
    const stored = new Map(
      (
        await database.rows<{ id: number; version: number; since: string | null }>(
          sql`select id::int as id, version, since from claims`,
        )
      ).map((r) => [Number(r.id), r]),
    )
    for (const [id, e] of ackedEdits) {
      const c = stored.get(id)
      if (!c || c.version < e.version) {
        failures.push(`lost write: claim ${id} acknowledged at version ${e.version}, stored ${c?.version}`)
      } else if (c.version === e.version && c.since !== e.since) {
        failures.push(`claim ${id} at version ${e.version} holds "${c.since}", acknowledged "${e.since}"`)
      }
    }
  } finally {
    await database.close()
  }
} catch (err) {
  failures.push(`load test could not run: ${(err as Error).stack ?? err}`)
} finally {
  if (server) await server.kill('SIGTERM')
  await db.drop().catch(() => {})
  rmSync(dataDir, { recursive: true, force: true })
}

if (failures.length) {
  console.error(`FAILED (${failures.length}):\n  ${failures.slice(0, 20).join('\n  ')}`)
  process.exit(1)
}
console.log(`OK: no 5xx, no failed request, no lost write (${backend})`)
