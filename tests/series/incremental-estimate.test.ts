// The figure to use kept by an ingest's refresh (api/series/store/judgements.ts, `reach`): articles
// published over more than a year, so that most new figures fall long before their series' latest
// report and the stored estimate stands; after random ingests, edits, moves and reviews the stored
// summaries and estimates must still be those a full rebuild gives. On PGlite, and on the server with
// TEST_DATABASE_URL.
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { useFileDatabase } from '../helpers/file-database.ts'
import { apply, expectRebuildAgrees, opOver } from './incremental-ops.ts'

const file = useFileDatabase()

const stored = () =>
  file.database.rows<Record<string, unknown>>(
    sql`select id, estimate, revision_count, disagreement_count, source_record from series order by id`,
  )

it('keeps only estimates a full rebuild gives, with figures spread over a year', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(opOver(400), { minLength: 4, maxLength: 10 }), async (ops) => {
      for (const o of ops) await apply(file.database, o)
      await expectRebuildAgrees(file.database, stored)
    }),
    { numRuns: 8 },
  )
  const [totals] = await file.database.rows<{ e: number }>(sql`select count(estimate)::int as e from series`)
  expect(totals?.e).toBeGreaterThan(0)
}, 120_000)

// A source that repeats one figure weeks apart makes a point whose report days span more than a month;
// a later figure near its last day must still be paired with it (the near window's long-span branch).
it('pairs a new figure with a point whose days span more than a month, as a rebuild does', async () => {
  // Each text differs (the same text again is the same article, not a second report).
  const said = async (who: string, n: number, published: string, lead: string) => {
    const before = await file.database.rows<{ n: number }>(sql`select count(*)::int as n from claims`)
    await apply(file.database, {
      kind: 'ingest',
      a: {
        text: `${lead} ${who} said ${n} people had been killed in Rafah since October 7, 2023.`,
        published,
      },
    })
    const after = await file.database.rows<{ n: number }>(sql`select count(*)::int as n from claims`)
    expect(after[0]?.n).toBeGreaterThan(before[0]?.n ?? 0)
  }
  await said('The Health Ministry', 300, '2024-06-01', 'Fighting went on overnight.')
  await said('The Health Ministry', 300, '2024-07-20', 'Aid convoys were turned back at the crossing.')
  await said('The Red Crescent', 450, '2024-07-24', 'Hospitals reported shortages of fuel.')
  const [long] = await file.database.rows<{ n: number }>(
    sql`select count(*)::int as n from series_points where last_seen > date + 30`,
  )
  expect(long?.n).toBeGreaterThan(0)
  const [paired] = await file.database.rows<{ n: number }>(sql`select count(*)::int as n from series_pairs`)
  expect(paired?.n).toBeGreaterThan(0)
  await expectRebuildAgrees(file.database, stored)
}, 60_000)
