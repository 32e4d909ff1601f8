// Ingest refreshes series after its commit (api/series/store/deferred.ts). A process that stops in between
// leaves its claims committed and their series marked but not refreshed: the next start must refresh
// them, as a full rebuild would, and record the alert events of the claims that ingest stored.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { openDatabase } from '../api/db/client.ts'
import { rowsOf } from '../api/db/sql.ts'
import { ingestArticle } from '../api/ingest/ingest.ts'
import { identify, prepare } from '../api/ingest/prepare.ts'
import { storeArticles } from '../api/ingest/store.ts'
import { refreshSeries } from '../api/series/store/claims.ts'
import { testDatabaseUrl } from './helpers/app.ts'
import { waitFor } from './helpers/http.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'tally-crash-refresh-'))
const target = await testDatabaseUrl()
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true })
  await target.drop()
})

const actor = { id: null, label: 'crash test' }
const first = {
  text: 'The Health Ministry said 360 civilians had been killed in Idlib since April 30, 2019.',
  published: '2019-06-10',
}
const later = {
  text: 'The Health Ministry said 860 civilians had been killed in Idlib since April 30, 2019. OCHA said 700 civilians had been killed in Idlib since April 30, 2019.',
  published: '2019-08-20',
}

const summaries = `select id, claim_count, point_count, source_count, latest_low, disagreement_count,
  revision_count, spark, estimate, source_record from series order by id`

it('refreshes at start-up the series an ingest committed but never refreshed, with their alert events', async () => {
  const database = await openDatabase({ url: target.url, dataDir })
  try {
    await ingestArticle(database.db, actor, first)
    await database.db.execute(
      sql`insert into users (email, name, role, password_hash) values ('watcher@tally.test', 'Watcher', 'viewer', 'x')`,
    )
    await database.db.execute(sql`insert into watches (user_id, kind, target, topic_id)
      select u.id, 'topic', 'topic:' || t.id, t.id from topics t cross join users u`)
    // The ingest's transaction commits; the process dies before the refresh that follows it.
    const { touched } = await database.db.transaction((tx) =>
      storeArticles(tx, actor, [prepare(identify(later))]),
    )
    expect(touched.length).toBeGreaterThan(0)
    const marks = await database.rows<{ claim_id: string | null }>(sql`select claim_id from series_dirty`)
    expect(marks.filter((m) => m.claim_id !== null).length).toBeGreaterThanOrEqual(2)
    const [stale] = await database.rows<{ claim_count: number }>(
      sql`select claim_count from series where id = ${touched[0]}`,
    )
    expect(stale?.claim_count).toBe(1)
  } finally {
    await database.close()
  }

  const app = await buildServer(
    loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: target.url,
      SAMPLE_DATA: 'off',
      LOG_LEVEL: 'silent',
      WORKERS: '0',
      ALERTS: 'off',
    }),
  )
  try {
    await waitFor(
      'the marked series refreshed',
      async () => (await rowsOf(app.db, sql`select 1 from series_dirty`)).length === 0,
      30_000,
      50,
    )
  } finally {
    await app.close()
  }

  const reopened = await openDatabase({ url: target.url, dataDir })
  try {
    const refreshed = await reopened.rows(sql.raw(summaries))
    expect(refreshed.some((s) => Number(s.claim_count) === 3)).toBe(true)
    const events = await reopened.rows<{ kind: string; claim_id: string | number }>(
      sql`select e.kind, e.claim_id from alert_events e order by e.id`,
    )
    const quotes = await reopened.rows<{ id: string | number; low: number }>(sql`select id, low from claims`)
    const newIds = new Set(quotes.filter((c) => Number(c.low) !== 360).map((c) => Number(c.id)))
    // The figures the stopped ingest stored are alerted (a new figure, and the two sources disagreeing).
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['new_figure', 'disagreement']))
    expect(events.every((e) => newIds.has(Number(e.claim_id)))).toBe(true)
    // And the refresh equals a rebuild from all claims.
    const ids = refreshed.map((s) => Number(s.id))
    await reopened.db.transaction((tx) => refreshSeries(tx, ids, { full: true }))
    expect(refreshed).toEqual(await reopened.rows(sql.raw(summaries)))
  } finally {
    await reopened.close()
  }
}, 120_000)
