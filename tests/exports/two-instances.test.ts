import { readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TickReport } from '../../api/exports/scheduler.ts'
import {
  activeSince,
  type Instance,
  instance,
  iso,
  onServer,
  runsOf,
  sharedDatabase,
  tempDir,
} from './helpers.ts'

// Two Tally servers on one database, both ticking at the same moments, several times per slot: the
// database hands each slot to one of them (UNIQUE(schedule_id, slot) and FOR UPDATE SKIP LOCKED).
// PGlite is one process's database, so this runs on the PostgreSQL server only (CI runs it there).
if (!onServer) {
  console.warn(
    'tests/exports/two-instances.test.ts: skipped on PGlite; set TEST_DATABASE_URL to run it on PostgreSQL',
  )
}

describe.skipIf(!onServer)('two Tally servers on one database', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>
  let a: Instance
  let b: Instance
  let dir: string

  beforeAll(async () => {
    dir = await tempDir()
    db = await sharedDatabase()
    a = await instance({ ...db.env, EXPORT_DIR: dir })
    b = await instance({ ...db.env, EXPORT_DIR: dir })
  })
  afterAll(async () => {
    await a?.app.close()
    await b?.app.close()
    await db?.drop()
    await rm(dir, { recursive: true, force: true })
  })

  it('run each slot exactly once', async () => {
    const ids: number[] = []
    for (const [name, cron, folder] of [
      ['Daily', '0 6 * * *', 'daily'],
      ['Half-hourly', '*/30 * * * *', 'half-hourly'],
    ]) {
      const res = await a.inject({
        method: 'POST',
        url: '/api/exports/schedules',
        payload: {
          name,
          cron,
          folder,
          tables: ['claims'],
          format: 'csv',
          file_pattern: '{name}-{datetime}',
          keep: 1000,
        },
      })
      expect(res.statusCode, res.body).toBe(201)
      ids.push(res.json().id)
      await activeSince(a.app, res.json().id, new Date('2025-05-31T23:59:00Z'))
    }
    const reports: TickReport[] = []
    // Three days, every 10 minutes; at each moment both servers tick twice, all at once.
    for (
      let ms = Date.parse('2025-06-01T00:00:00Z');
      ms < Date.parse('2025-06-04T00:00:00Z');
      ms += 10 * 60_000
    ) {
      const now = new Date(ms)
      reports.push(
        ...(await Promise.all([
          a.app.scheduler.tick(now),
          b.app.scheduler.tick(now),
          a.app.scheduler.tick(now),
          b.app.scheduler.tick(now),
        ])),
      )
    }
    const ran = reports.flatMap((r) => r.ran)
    const queued = reports.flatMap((r) => r.queued)
    // Each run was inserted once and executed once, by one server or the other.
    expect(new Set(queued.map((q) => q.runId)).size).toBe(queued.length)
    expect(new Set(ran.map((r) => r.runId)).size).toBe(ran.length)
    expect(ran.every((r) => r.status === 'succeeded' && r.attempt === 1)).toBe(true)

    const daily = await runsOf(a.app, ids[0])
    expect(daily.map((r) => iso(r.slot))).toEqual([
      '2025-06-01T06:00:00.000Z',
      '2025-06-02T06:00:00.000Z',
      '2025-06-03T06:00:00.000Z',
    ])
    const half = await runsOf(a.app, ids[1])
    expect(half).toHaveLength(3 * 48)
    expect(new Set(half.map((r) => iso(r.slot))).size).toBe(3 * 48)
    for (const r of [...daily, ...half])
      expect(r).toMatchObject({ status: 'succeeded', attempts: 1, trigger: 'schedule' })
    expect(ran).toHaveLength(3 + 3 * 48)
    // Both servers did some of the work, and each file was written once.
    const claimedBy = await a.app.database.rows<{ claimed_by: string; n: number }>(
      (await import('drizzle-orm'))
        .sql`select claimed_by, count(*)::int n from export_runs group by claimed_by`,
    )
    expect(claimedBy.map((c) => c.claimed_by).sort()).toEqual([a.app.scheduler.id, b.app.scheduler.id].sort())
    // Each CSV run also writes its change log beside it (name-changes.csv), once as well.
    for (const [folder, runs] of [
      ['daily', 3],
      ['half-hourly', 3 * 48],
    ] as const) {
      const files = readdirSync(join(dir, folder))
      expect(
        files.filter((f) => !f.endsWith('-changes.csv')),
        folder,
      ).toHaveLength(runs)
      expect(
        files.filter((f) => f.endsWith('-changes.csv')),
        folder,
      ).toHaveLength(runs)
    }
  })

  it('share "run now": one run, executed once', async () => {
    const res = await a.inject({ method: 'POST', url: '/api/exports/schedules/1/run' })
    expect(res.statusCode).toBe(202)
    const now = new Date(Date.parse(res.json().slot) + 1000)
    // Paused elsewhere so that only the manual run is due.
    await a.inject({ method: 'POST', url: '/api/exports/schedules/1/pause' })
    await a.inject({ method: 'POST', url: '/api/exports/schedules/2/pause' })
    const reports = await Promise.all([a.app.scheduler.tick(now), b.app.scheduler.tick(now)])
    expect(reports.flatMap((r) => r.ran)).toEqual([
      expect.objectContaining({ runId: res.json().id, status: 'succeeded' }),
    ])
  })
})
