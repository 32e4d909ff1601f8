// Random ingests, edits, moves and reviews for the property tests of the incremental series refresh
// (incremental.test.ts, incremental-alerts.test.ts): few sources, values and days, so that repeats,
// disagreements within the window and revisions occur.
import { asc, isNull, sql } from 'drizzle-orm'
import fc from 'fast-check'
import { expect } from 'vitest'
import { reviewClaims, updateClaim } from '../../api/claims/write.ts'
import type { Database } from '../../api/db/client.ts'
import { claims, series } from '../../api/db/schema/index.ts'
import { ingestArticle } from '../../api/ingest/ingest.ts'
import { addDays } from '../../api/series/dates.ts'
import { refreshSeries } from '../../api/series/store/claims.ts'
import { moveClaim } from '../../api/series/store/edit.ts'

const actor = { id: null, label: 'property test' }
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
const articleOver = (days: number) =>
  fc.record({
    text: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
    published: fc.integer({ min: 0, max: days }).map((d) => addDays('2024-01-01', d)),
  })
/** Ops whose articles are published over `days` days from 2024-01-01. */
export const opOver = (days: number) =>
  fc.oneof(
    { weight: 3, arbitrary: articleOver(days).map((a) => ({ kind: 'ingest' as const, a })) },
    edit,
    move,
    review,
  )
const edit = fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), low: value })
const move = fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() })
const review = fc.record({
  kind: fc.constant('review' as const),
  pick: fc.nat(),
  status: fc.constantFrom('verified' as const, 'rejected' as const, 'pending' as const),
})
export const op = opOver(30)

export async function apply(database: Database, o: Op) {
  const { db } = database
  if (o.kind === 'ingest') return void (await ingestArticle(db, actor, o.a))
  const all = await db.select().from(claims).orderBy(asc(claims.id))
  const c = all[o.pick % Math.max(all.length, 1)]
  if (!c) return
  if (o.kind === 'edit') await updateClaim(db, actor, c.id, c.version, { low: o.low, high: null })
  else if (o.kind === 'review') await reviewClaims(db, actor, [c], o.status)
  else {
    // In id order: the two databases of a comparison store their rows in different physical orders.
    const live = await db
      .select({ id: series.id })
      .from(series)
      .where(isNull(series.mergedInto))
      .orderBy(asc(series.id))
    const to = live[o.to % live.length]
    if (to) await moveClaim(db, actor, c.id, to.id)
  }
}
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never

// The stored pairs, in the order answers give them by report date (read-range.ts).
const storedPairs = (database: Database) =>
  database.rows<Record<string, unknown>>(
    sql`select series_id, a_key, b_key, report_date::text from series_pairs order by series_id, a_key, b_key`,
  )

/**
 * Expects what `read` gives of every series (rows with an `id`), and the stored pairs, to be the same
 * after a full rebuild of those series as the incremental refresh left them; gives how many were compared.
 */
export async function expectRebuildAgrees(
  database: Database,
  read: () => Promise<Record<string, unknown>[]>,
) {
  const incremental = await read()
  const incrementalPairs = await storedPairs(database)
  const ids = incremental.map((s) => Number(s.id))
  await database.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
  expect(incremental).toEqual(await read())
  expect(incrementalPairs).toEqual(await storedPairs(database))
  return ids.length
}
