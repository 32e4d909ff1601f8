// Alert events of an incremental refresh (api/series/store/judgements.ts changeAnalysis reads only the
// points near the new claims) against those of a full refresh (the analysis of all claims): the same
// random operations run on two databases, the second rebuilding every series it refreshes, and both
// must record the same events with the same words. Runs on PGlite, and on the server with
// TEST_DATABASE_URL.
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { type Database, openDatabase } from '../../api/db/client.ts'
import { testDatabaseUrl } from '../helpers/app.ts'
import { apply, type Op, op } from './incremental-ops.ts'

const opened: { database: Database; drop: () => Promise<void> }[] = []
beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const target = await testDatabaseUrl()
    const database = await openDatabase({
      url: target.url,
      dataDir: 'memory://',
      template: inject('pgliteTemplate'),
    })
    opened.push({ database, drop: target.drop })
  }
  for (const { database } of opened)
    await database.db.execute(
      sql`insert into users (email, name, role, password_hash) values ('watcher@tally.test', 'Watcher', 'viewer', 'x')`,
    )
}, 60_000)
afterAll(async () => {
  for (const { database, drop } of opened) {
    await database.close()
    await drop()
  }
})

/** The watcher follows every topic there is, so that the next change to any series is alerted. */
const watchAll = (database: Database) =>
  database.db.execute(sql`insert into watches (user_id, kind, target, topic_id)
    select u.id, 'topic', 'topic:' || t.id, t.id from topics t cross join users u
    on conflict do nothing`)

const events = (database: Database) =>
  database.rows<Record<string, unknown>>(
    sql`select key, kind, series_id, claim_id, payload from alert_events order by key`,
  )

it('records the events a full refresh records, after random ingests, edits, moves and reviews', async () => {
  const [incremental, full] = opened.map((o) => o.database)
  if (!incremental || !full) throw new Error('two databases expected')
  const step = async (o: Op) => {
    await watchAll(incremental)
    await watchAll(full)
    // Not built: the next refresh of each series rebuilds it from all its claims.
    await full.db.execute(sql`update series set points_built = false`)
    await apply(incremental, o)
    await apply(full, o)
  }
  // Two sources' different tolls of one day, the second once the topic is watched: a disagreement
  // event from the start, so that one is compared whatever the random runs draw.
  for (const [n, who] of [
    [120, 'The UN'],
    [500, 'The Health Ministry'],
  ] as const)
    await step({
      kind: 'ingest',
      a: {
        text: `${who} said ${n} people had been killed in Gaza since October 7, 2023.`,
        published: '2024-01-10',
      },
    })
  expect(await events(incremental)).toEqual(await events(full))
  const seeded = await incremental.rows<{ kind: string }>(sql`select distinct kind from alert_events`)
  expect(seeded.map((k) => k.kind)).toContain('disagreement')
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
      for (const o of ops) await step(o)
      expect(await events(incremental)).toEqual(await events(full))
    }),
    { numRuns: 8 },
  )
  // The runs did record events, of more than one kind, to compare.
  const kinds = await incremental.rows<{ kind: string }>(sql`select distinct kind from alert_events`)
  expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['new_figure', 'disagreement']))
}, 180_000)
