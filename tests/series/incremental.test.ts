// Incremental series refresh (api/series/store/incremental.ts) against the full rebuild it replaces:
// after random ingests, edits, moves and reviews, the stored summaries of every series must be those
// a rebuild from all claims gives. Runs on PGlite, and on the server with TEST_DATABASE_URL.
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { useFileDatabase } from '../helpers/file-database.ts'
import { apply, expectRebuildAgrees, op } from './incremental-ops.ts'

const file = useFileDatabase()

const summaries = () =>
  file.database.rows<Record<string, unknown>>(
    sql`select id, claim_count, point_count, source_count, first_date::text, last_date::text, latest_low,
      latest_high, latest_qualifier, latest_source, previous_low, disagreement_count, revision_count, spark,
      estimate, source_record
    from series order by id`,
  )

it('gives the summaries a full rebuild gives, after random ingests, edits, moves and reviews', async () => {
  // Two sources' different tolls of one day: a true conflict in the data from the start, so that the
  // sources' records are compared with conflicts in them whatever the random runs draw.
  for (const [n, who] of [
    [120, 'The UN'],
    [500, 'The Health Ministry'],
  ] as const)
    await apply(file.database, {
      kind: 'ingest',
      a: {
        text: `${who} said ${n} people had been killed in Gaza since October 7, 2023.`,
        published: '2024-01-10',
      },
    })
  const conflicts = async () => {
    const [t] = await file.database.rows<{ c: number }>(
      sql`select sum(jsonb_array_length(source_record->'conflicts'))::int as c from series`,
    )
    return t?.c ?? 0
  }
  expect(await conflicts()).toBeGreaterThan(0)
  let compared = 0
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
      for (const o of ops) await apply(file.database, o)
      compared += await expectRebuildAgrees(file.database, summaries)
    }),
    { numRuns: 8 },
  )
  // The runs did build series, some with disagreements and revisions to compare.
  const [totals] = await file.database.rows<{ d: number; r: number; p: number; c: number }>(
    sql`select sum(disagreement_count)::int as d, sum(revision_count)::int as r, sum(point_count)::int as p,
      sum(jsonb_array_length(source_record->'conflicts'))::int as c from series`,
  )
  expect(compared).toBeGreaterThan(0)
  expect(totals?.p).toBeGreaterThan(0)
  expect(totals?.d).toBeGreaterThan(0)
  // Sources' records kept as counts were compared with some true conflicts in them.
  expect(totals?.c).toBeGreaterThan(0)
}, 120_000)
