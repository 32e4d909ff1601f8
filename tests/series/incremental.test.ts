// Incremental series refresh (api/series/store/incremental.ts) against the full rebuild it replaces:
// after random ingests, edits, moves and reviews, the stored summaries of every series must be those
// a rebuild from all claims gives. Runs on PGlite, and on the server with TEST_DATABASE_URL.
import { asc, isNull, sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { reviewClaims, updateClaim } from '../../api/claims/write.ts'
import { type Database, openDatabase } from '../../api/db/client.ts'
import { claims, series } from '../../api/db/schema/index.ts'
import { ingestArticle } from '../../api/ingest/ingest.ts'
import { addDays } from '../../api/series/dates.ts'
import { refreshSeries } from '../../api/series/store/claims.ts'
import { moveClaim } from '../../api/series/store/edit.ts'
import { testDatabaseUrl } from '../helpers/app.ts'

const actor = { id: null, label: 'property test' }
let database: Database
let drop: () => Promise<void>
beforeAll(async () => {
  const target = await testDatabaseUrl()
  drop = target.drop
  database = await openDatabase({ url: target.url, dataDir: 'memory://' })
}, 60_000)
afterAll(async () => {
  await database?.close()
  await drop?.()
})

// Few sources, values and days, so that repeats, disagreements within the window and revisions occur.
const who = fc.constantFrom('The Health Ministry', 'The UN', 'OCHA', 'Officials', 'The Red Crescent')
const value = fc.constantFrom(100, 120, 200, 210, 500, 900)
const sentence = fc.oneof(
  fc
    .tuple(who, fc.constantFrom('', 'at least ', 'about '), value)
    .map(([s, q, n]) => `${s} said ${q}${n} people had been killed in Gaza since October 7, 2023.`),
  fc
    .tuple(value, who)
    .map(([n, s]) => `An airstrike killed ${n} people in Khan Younis on Tuesday, ${s} said.`),
  value.map((n) => `The army denied that ${n} people were killed in Khan Younis.`),
)
const article = fc.record({
  text: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
  published: fc.integer({ min: 0, max: 30 }).map((d) => addDays('2024-01-01', d)),
})
const op = fc.oneof(
  { weight: 3, arbitrary: article.map((a) => ({ kind: 'ingest' as const, a })) },
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), low: value }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('review' as const),
    pick: fc.nat(),
    status: fc.constantFrom('verified' as const, 'rejected' as const, 'pending' as const),
  }),
)

async function apply(o: Op) {
  const { db } = database
  if (o.kind === 'ingest') return void (await ingestArticle(db, actor, o.a))
  const all = await db.select().from(claims).orderBy(asc(claims.id))
  const c = all[o.pick % Math.max(all.length, 1)]
  if (!c) return
  if (o.kind === 'edit') await updateClaim(db, actor, c.id, c.version, { low: o.low, high: null })
  else if (o.kind === 'review') await reviewClaims(db, actor, [c], o.status)
  else {
    const live = await db.select({ id: series.id }).from(series).where(isNull(series.mergedInto))
    const to = live[o.to % live.length]
    if (to) await moveClaim(db, actor, c.id, to.id)
  }
}
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never

const summaries = () =>
  database.rows<Record<string, unknown>>(
    sql`select id, claim_count, point_count, source_count, first_date::text, last_date::text, latest_low,
      latest_high, latest_qualifier, latest_source, previous_low, disagreement_count, revision_count, spark,
      estimate, source_record
    from series order by id`,
  )

it('gives the summaries a full rebuild gives, after random ingests, edits, moves and reviews', async () => {
  let compared = 0
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
      for (const o of ops) await apply(o)
      const incremental = await summaries()
      const ids = incremental.map((s) => Number(s.id))
      await database.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
      expect(incremental).toEqual(await summaries())
      compared += ids.length
    }),
    { numRuns: 8 },
  )
  // The runs did build series, some with disagreements and revisions to compare.
  const [totals] = await database.rows<{ d: number; r: number; p: number }>(
    sql`select sum(disagreement_count)::int as d, sum(revision_count)::int as r, sum(point_count)::int as p from series`,
  )
  expect(compared).toBeGreaterThan(0)
  expect(totals?.p).toBeGreaterThan(0)
  expect(totals?.d).toBeGreaterThan(0)
}, 120_000)
