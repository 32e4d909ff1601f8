// The figure to use kept by an ingest's refresh (api/series/store/judgements.ts, `reach`): articles
// published over more than a year, so that most new figures fall long before their series' latest
// report and the stored estimate stands; after random ingests, edits, moves and reviews the stored
// summaries and estimates must still be those a full rebuild gives. On PGlite, and on the server with
// TEST_DATABASE_URL.
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { type Database, openDatabase } from '../../api/db/client.ts'
import { refreshSeries } from '../../api/series/store/claims.ts'
import { testDatabaseUrl } from '../helpers/app.ts'
import { apply, opOver } from './incremental-ops.ts'

let database: Database
let drop: () => Promise<void>
beforeAll(async () => {
  const target = await testDatabaseUrl()
  drop = target.drop
  database = await openDatabase({ url: target.url, dataDir: 'memory://', template: inject('pgliteTemplate') })
}, 60_000)
afterAll(async () => {
  await database?.close()
  await drop?.()
})

const stored = () =>
  database.rows<Record<string, unknown>>(
    sql`select id, estimate, revision_count, disagreement_count, source_record from series order by id`,
  )
// The stored pairs: found through the near window read (points_state.ts), by first day and long spans.
const pairs = () =>
  database.rows<Record<string, unknown>>(
    sql`select series_id, a_key, b_key from series_pairs order by series_id, a_key, b_key`,
  )

it('keeps only estimates a full rebuild gives, with figures spread over a year', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(opOver(400), { minLength: 4, maxLength: 10 }), async (ops) => {
      for (const o of ops) await apply(database, o)
      const incremental = await stored()
      const incrementalPairs = await pairs()
      const ids = incremental.map((s) => Number(s.id))
      await database.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
      expect(incremental).toEqual(await stored())
      expect(incrementalPairs).toEqual(await pairs())
    }),
    { numRuns: 8 },
  )
  const [totals] = await database.rows<{ e: number }>(sql`select count(estimate)::int as e from series`)
  expect(totals?.e).toBeGreaterThan(0)
}, 120_000)

// A source that repeats one figure weeks apart makes a point whose report days span more than a month;
// a later figure near its last day must still be paired with it (the near window's long-span branch).
it('pairs a new figure with a point whose days span more than a month, as a rebuild does', async () => {
  // Each text differs (the same text again is the same article, not a second report).
  const said = async (who: string, n: number, published: string, lead: string) => {
    const before = await database.rows<{ n: number }>(sql`select count(*)::int as n from claims`)
    await apply(database, {
      kind: 'ingest',
      a: {
        text: `${lead} ${who} said ${n} people had been killed in Rafah since October 7, 2023.`,
        published,
      },
    })
    const after = await database.rows<{ n: number }>(sql`select count(*)::int as n from claims`)
    expect(after[0]?.n).toBeGreaterThan(before[0]?.n ?? 0)
  }
  await said('The Health Ministry', 300, '2024-06-01', 'Fighting went on overnight.')
  await said('The Health Ministry', 300, '2024-07-20', 'Aid convoys were turned back at the crossing.')
  await said('The Red Crescent', 450, '2024-07-24', 'Hospitals reported shortages of fuel.')
  const [long] = await database.rows<{ n: number }>(
    sql`select count(*)::int as n from series_points where last_seen > date + 30`,
  )
  expect(long?.n).toBeGreaterThan(0)
  const incremental = await stored()
  const incrementalPairs = await pairs()
  expect(incrementalPairs.length).toBeGreaterThan(0)
  const ids = incremental.map((s) => Number(s.id))
  await database.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
  expect(incremental).toEqual(await stored())
  expect(incrementalPairs).toEqual(await pairs())
}, 60_000)
