import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rm, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cronFor, latestSlot } from '../../api/exports/schedules.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { waitFor } from '../helpers/http.ts'
import { activeSince, instance, iso, runsOf, sharedDatabase, tempDir } from './helpers.ts'

let t: TestApp
let dir: string
let editor: string

beforeAll(async () => {
  dir = await tempDir()
  t = await startTestApp({ SCHEDULER: 'off', EXPORT_DIR: dir })
  editor = await t.userWithRole('editor')
})
afterAll(async () => {
  await t.close()
  await rm(dir, { recursive: true, force: true })
})

/** A new schedule, active since 2020; every other schedule is paused so that each test sees its own. */
async function schedule(body: Record<string, unknown>) {
  await t.app.db.execute(sql`update export_schedules set paused = true`)
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/exports/schedules',
    headers: { cookie: editor },
    payload: { tables: ['claims'], format: 'csv', ...body },
  })
  expect(res.statusCode, res.body).toBe(201)
  const s = res.json()
  await activeSince(t.app, s.id)
  return s as { id: number; name: string; folder: string }
}

const at = (s: string) => new Date(s)
const tick = (s: string) => t.app.scheduler.tick(at(s))
const allFiles = (folder: string) =>
  existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).sort() : []
// The data files; each CSV run also writes its change log beside it (tested at the end).
const files = (folder: string) => allFiles(folder).filter((f) => !f.endsWith('-changes.csv'))

describe('a slot missed while Tally was down', () => {
  it('runs once when it comes back, only the latest, recorded as missed', async () => {
    const s = await schedule({ name: 'Missed', cron: '0 6 * * *', folder: 'missed' })
    // Down since 2020 (activeSince): hundreds of slots passed; only 2025-01-10 06:00 runs.
    const first = await tick('2025-01-10T09:30:00Z')
    expect(first.queued).toEqual([
      expect.objectContaining({ scheduleId: s.id, slot: '2025-01-10T06:00:00.000Z', trigger: 'missed' }),
    ])
    expect(first.ran).toEqual([expect.objectContaining({ attempt: 1, status: 'succeeded' })])
    expect((await tick('2025-01-10T09:31:00Z')).queued).toEqual([])
    expect((await tick('2025-01-11T06:00:05Z')).queued).toEqual([
      expect.objectContaining({ slot: '2025-01-11T06:00:00.000Z', trigger: 'schedule' }),
    ])
    const runs = await runsOf(t.app, s.id)
    expect(runs.map((r) => [iso(r.slot), r.trigger, r.status])).toEqual([
      ['2025-01-10T06:00:00.000Z', 'missed', 'succeeded'],
      ['2025-01-11T06:00:00.000Z', 'schedule', 'succeeded'],
    ])
    expect(files('missed')).toEqual(['missed-2025-01-10.csv', 'missed-2025-01-11.csv'])
    // The history says so too.
    const history = await t.app.inject({
      url: `/api/exports/schedules/${s.id}/runs`,
      headers: { cookie: editor },
    })
    expect(history.json().items.map((r: { trigger: string }) => r.trigger)).toEqual(['schedule', 'missed'])
  })

  it('runs once at start-up, when the scheduler starts with the app', async () => {
    const db = await sharedDatabase()
    try {
      const first = await instance({ ...db.env, EXPORT_DIR: dir })
      // A daily slot three hours ago; the schedule existed for two days before, Tally was down.
      const slot = new Date(Date.now() - 3 * 3600_000)
      slot.setUTCSeconds(0, 0)
      const created = await first.inject({
        method: 'POST',
        url: '/api/exports/schedules',
        payload: {
          name: 'Start',
          cron: `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`,
          tables: ['claims'],
          format: 'csv',
          folder: 'start',
        },
      })
      expect(created.statusCode, created.body).toBe(201)
      const id = created.json().id
      await activeSince(first.app, id, new Date(Date.now() - 2 * 86400_000))
      await first.app.close()

      const second = await instance({ ...db.env, EXPORT_DIR: dir, SCHEDULER: 'on' })
      try {
        const runs = await waitFor('the missed run to succeed', async () => {
          const now = await runsOf(second.app, id)
          return now[0]?.status === 'succeeded' && now
        })
        expect(runs.map((r) => [iso(r.slot), r.trigger, r.status])).toEqual([
          [slot.toISOString(), 'missed', 'succeeded'],
        ])
        expect(files('start')).toHaveLength(1)
      } finally {
        await second.app.close()
      }
    } finally {
      await db.drop()
    }
    // Two starts on a PGlite folder (every migration written to disk, then opened again): over a minute on
    // a busy machine. A timeout here would leave the second instance's scheduler writing into `dir`.
  }, 240_000)
})

describe('a failing run', () => {
  it('is retried with backoff, then marked failed with its error', async () => {
    // The folder cannot be made: a file of that name is in the way.
    writeFileSync(join(dir, 'blocked'), 'not a folder')
    const s = await schedule({ name: 'Blocked', cron: '0 6 * * *', folder: 'blocked' })
    const r1 = await tick('2025-02-01T06:00:00Z')
    expect(r1.ran).toEqual([expect.objectContaining({ attempt: 1, status: 'retry' })])
    let [run] = await runsOf(t.app, s.id)
    expect(run).toMatchObject({ status: 'pending', attempts: 1 })
    expect(run.error).toMatch(/blocked/)
    // Backoff: 30 s, 2 min, 10 min after each failure (plus the few ms the attempt took).
    const waited = async (from: string, seconds: number) => {
      ;[run] = await runsOf(t.app, s.id)
      const wait = (new Date(run.next_attempt_at).getTime() - at(from).getTime()) / 1000
      expect(wait).toBeGreaterThanOrEqual(seconds)
      expect(wait).toBeLessThan(seconds + 1)
    }
    await waited('2025-02-01T06:00:00Z', 30)
    // Not before its time.
    expect((await tick('2025-02-01T06:00:20Z')).ran).toEqual([])
    expect((await tick('2025-02-01T06:00:31Z')).ran).toEqual([
      expect.objectContaining({ attempt: 2, status: 'retry' }),
    ])
    await waited('2025-02-01T06:00:31Z', 120)
    expect((await tick('2025-02-01T06:02:00Z')).ran).toEqual([])
    expect((await tick('2025-02-01T06:02:32Z')).ran).toEqual([
      expect.objectContaining({ attempt: 3, status: 'retry' }),
    ])
    await waited('2025-02-01T06:02:32Z', 600)
    expect((await tick('2025-02-01T06:12:00Z')).ran).toEqual([])
    expect((await tick('2025-02-01T06:12:33Z')).ran).toEqual([
      expect.objectContaining({ attempt: 4, status: 'failed' }),
    ])
    ;[run] = await runsOf(t.app, s.id)
    expect(run).toMatchObject({ status: 'failed', attempts: 4, file_path: null })
    expect(run.error).toMatch(/EEXIST|ENOTDIR/)
    expect(run.finished_at).not.toBeNull()
    expect((await tick('2025-02-01T07:00:00Z')).ran).toEqual([])
    const history = await t.app.inject({
      url: `/api/exports/schedules/${s.id}/runs`,
      headers: { cookie: editor },
    })
    expect(history.json().items[0]).toMatchObject({
      status: 'failed',
      attempts: 4,
      error: expect.stringMatching(/blocked/),
    })
    await unlink(join(dir, 'blocked'))
  })

  it('succeeds on a later attempt once the cause is gone', async () => {
    writeFileSync(join(dir, 'flaky'), 'not a folder')
    const s = await schedule({ name: 'Flaky', cron: '0 7 * * *', folder: 'flaky' })
    expect((await tick('2025-02-02T07:00:00Z')).ran[0].status).toBe('retry')
    await unlink(join(dir, 'flaky'))
    expect((await tick('2025-02-02T07:00:31Z')).ran).toEqual([
      expect.objectContaining({ attempt: 2, status: 'succeeded' }),
    ])
    const [run] = await runsOf(t.app, s.id)
    expect(run).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      error: null,
      file_path: 'flaky/flaky-2025-02-02.csv',
    })
  })
})

describe('a failure in the middle of a file', () => {
  for (const format of ['csv', 'xlsx']) {
    it(`${format}: leaves no file and no temporary file behind`, async () => {
      const s = await schedule({
        name: `Broken ${format}`,
        cron: '0 4 * * *',
        folder: `broken-${format}`,
        format,
      })
      // A filter the database refuses, once the file has been opened and its first rows written.
      await t.app.db.execute(
        sql`update export_schedules set filters = '{"from": "not a date"}' where id = ${s.id}`,
      )
      expect((await tick('2025-04-02T04:00:00Z')).ran).toEqual([
        expect.objectContaining({ scheduleId: s.id, attempt: 1, status: 'retry' }),
      ])
      const [run] = await runsOf(t.app, s.id)
      expect(run.error).toMatch(/date|syntax/i)
      expect(files(`broken-${format}`)).toEqual([])
    })
  }
})

describe('a run whose server went away', () => {
  it('is taken up again once its lease has expired', async () => {
    const s = await schedule({ name: 'Orphan', cron: '0 5 * * *', folder: 'orphan' })
    await t.app.db.execute(sql`insert into export_runs (schedule_id, slot, trigger, status, attempts, claimed_by, lease_until, started_at)
      values (${s.id}, '2025-04-01T05:00:00Z', 'schedule', 'running', 1, 'a-server-that-died', '2025-04-01T05:02:00Z', '2025-04-01T05:00:00Z')`)
    // Still leased: nobody touches it.
    expect((await tick('2025-04-01T05:01:00Z')).ran).toEqual([])
    expect((await tick('2025-04-01T05:03:00Z')).ran).toEqual([
      expect.objectContaining({ scheduleId: s.id, attempt: 2, status: 'succeeded' }),
    ])
    const [run] = await runsOf(t.app, s.id)
    expect(run).toMatchObject({ status: 'succeeded', attempts: 2, file_path: 'orphan/orphan-2025-04-01.csv' })
  })
})

describe('files', () => {
  it('are written under a temporary name and renamed; old ones are pruned beyond keep', async () => {
    const s = await schedule({
      name: 'Kept',
      cron: '0 8 * * *',
      folder: 'kept/daily',
      keep: 2,
      bom: true,
      hxl: true,
    })
    for (const day of ['03', '04', '05', '06']) await tick(`2025-02-${day}T08:00:00Z`)
    // No temporary file is left; only the newest two files are kept.
    // Pruning takes each CSV's change log with it.
    expect(allFiles('kept/daily')).toEqual([
      'kept-2025-02-05-changes.csv',
      'kept-2025-02-05.csv',
      'kept-2025-02-06-changes.csv',
      'kept-2025-02-06.csv',
    ])
    const body = readFileSync(join(dir, 'kept/daily/kept-2025-02-06.csv'))
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect((parse(body, { bom: true }) as string[][])[1][0]).toMatch(/^#affected/)

    const list = (
      await t.app.inject({ url: `/api/exports/schedules/${s.id}/runs`, headers: { cookie: editor } })
    ).json().items as {
      id: number
      file: string | null
      file_deleted: boolean
      rows: number
      bytes: number
      duration_ms: number
    }[]
    expect(list.map((r) => [r.file, r.file_deleted])).toEqual([
      ['kept-2025-02-06.csv', false],
      ['kept-2025-02-05.csv', false],
      [null, true],
      [null, true],
    ])
    expect(list[0].bytes).toBe(body.length)
    expect(list[0].duration_ms).toBeGreaterThanOrEqual(0)
    const file = await t.app.inject({
      url: `/api/exports/schedules/${s.id}/runs/${list[0].id}/file`,
      headers: { cookie: await t.userWithRole('viewer') },
    })
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-disposition']).toBe('attachment; filename="kept-2025-02-06.csv"')
    expect(file.rawPayload).toEqual(body)
    const pruned = await t.app.inject({
      url: `/api/exports/schedules/${s.id}/runs/${list[3].id}/file`,
      headers: { cookie: editor },
    })
    expect(pruned.statusCode).toBe(404)
  })

  it('get "-<run>" when a file of that name exists, e.g. a run-now on a scheduled day', async () => {
    const s = await schedule({ name: 'Twice', cron: '0 9 * * *', folder: 'twice', file_pattern: 'twice' })
    await tick('2025-02-07T09:00:00Z')
    // Paused, so that the tick below runs only the manual run (run-now works on a paused schedule).
    await t.app.inject({
      method: 'POST',
      url: `/api/exports/schedules/${s.id}/pause`,
      headers: { cookie: editor },
    })
    const run = await t.app.inject({
      method: 'POST',
      url: `/api/exports/schedules/${s.id}/run`,
      headers: { cookie: editor },
    })
    expect(run.statusCode).toBe(202)
    expect(run.json()).toMatchObject({ trigger: 'manual', status: 'pending' })
    // The manual run's slot is now (2026 or later); tick a little after it.
    await t.app.scheduler.tick(new Date(Date.parse(run.json().slot) + 1000))
    expect(files('twice')).toEqual([`twice-${run.json().id}.csv`, 'twice.csv'].sort())
  })
})

describe('time zones and daylight saving', () => {
  it('croner picks the instants: 01:30 London in the spring gap runs at 02:00 BST, in autumn once', () => {
    const cron = cronFor('30 1 * * *', 'Europe/London')
    expect(latestSlot(cron, at('2025-03-30T12:00:00Z'))?.toISOString()).toBe('2025-03-30T01:00:00.000Z')
    expect(latestSlot(cron, at('2025-10-26T12:00:00Z'))?.toISOString()).toBe('2025-10-26T00:30:00.000Z')
    // A slot exactly at now is the latest slot.
    expect(latestSlot(cron, at('2025-03-31T00:30:00Z'))?.toISOString()).toBe('2025-03-31T00:30:00.000Z')
  })

  /** A daily 01:30 London export into `folder`, ticked every 15 minutes from `from` to `to`: its runs. */
  async function londonDaily(folder: string, from: string, to: string) {
    const s = await schedule({
      name: `London ${folder}`,
      cron: '30 1 * * *',
      timezone: 'Europe/London',
      folder,
    })
    await activeSince(t.app, s.id, at(from))
    for (let ms = at(from).getTime(); ms <= at(to).getTime(); ms += 15 * 60_000)
      await t.app.scheduler.tick(new Date(ms))
    return (await runsOf(t.app, s.id)).map((r) => [iso(r.slot), r.trigger, r.status])
  }

  it('runs a daily 01:30 Europe/London once a day across the March change', async () => {
    expect(await londonDaily('spring', '2025-03-28T00:00:00Z', '2025-04-01T00:00:00Z')).toEqual([
      ['2025-03-28T01:30:00.000Z', 'schedule', 'succeeded'], // GMT
      ['2025-03-29T01:30:00.000Z', 'schedule', 'succeeded'],
      ['2025-03-30T01:00:00.000Z', 'schedule', 'succeeded'], // 01:30 does not exist: 02:00 BST
      ['2025-03-31T00:30:00.000Z', 'schedule', 'succeeded'], // 01:30 BST
    ])
    // Files are named by the local date.
    expect(files('spring')).toEqual([
      'london-spring-2025-03-28.csv',
      'london-spring-2025-03-29.csv',
      'london-spring-2025-03-30.csv',
      'london-spring-2025-03-31.csv',
    ])
  })

  it('runs it once on the October day when 01:30 happens twice', async () => {
    expect(await londonDaily('autumn', '2025-10-24T12:00:00Z', '2025-10-28T00:00:00Z')).toEqual([
      ['2025-10-25T00:30:00.000Z', 'schedule', 'succeeded'],
      ['2025-10-26T00:30:00.000Z', 'schedule', 'succeeded'], // the first 01:30 (BST); not again at GMT
      ['2025-10-27T01:30:00.000Z', 'schedule', 'succeeded'],
    ])
  })
})

describe('schedules', () => {
  it('are checked: cron, time zone, one table per CSV, a folder inside EXPORT_DIR, a file pattern', async () => {
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/exports/schedules',
        headers: { cookie: editor },
        payload: { name: 'x', cron: '0 6 * * *', tables: ['claims'], format: 'csv', ...payload },
      })
    const field = async (payload: object) => {
      const res = await post(payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      return res.json().error.details[0].field
    }
    expect(await field({ cron: '61 6 * * *' })).toBe('body.cron')
    expect(await field({ timezone: 'Mars/Olympus' })).toBe('body.timezone')
    expect(await field({ tables: ['claims', 'summary'] })).toBe('body.tables')
    expect(await field({ folder: '../etc' })).toBe('body.folder')
    expect(await field({ folder: '/etc' })).toBe('body.folder')
    expect(await field({ file_pattern: 'a/{date}' })).toBe('body.file_pattern')
    expect(await field({ file_pattern: '{when}' })).toBe('body.file_pattern')
    expect((await post({ tables: ['claims', 'summary'], format: 'xlsx' })).statusCode).toBe(201)
  })

  it('pause and resume: a paused schedule queues nothing, and resuming does not run the slots it skipped', async () => {
    const s = await schedule({ name: 'Paused', cron: '0 10 * * *', folder: 'paused' })
    const pause = await t.app.inject({
      method: 'POST',
      url: `/api/exports/schedules/${s.id}/pause`,
      headers: { cookie: editor },
    })
    expect(pause.json()).toMatchObject({ paused: true, next_run: null })
    await tick('2025-03-01T10:00:00Z')
    expect(await runsOf(t.app, s.id)).toEqual([])
    const resume = await t.app.inject({
      method: 'POST',
      url: `/api/exports/schedules/${s.id}/resume`,
      headers: { cookie: editor },
    })
    expect(resume.json()).toMatchObject({ paused: false })
    // Resumed "now" (2026 or later): the 2025 slots are before it and never run.
    await tick('2025-03-02T10:00:00Z')
    expect(await runsOf(t.app, s.id)).toEqual([])
    const audit = await t.app.inject({ url: '/api/exports/schedules', headers: { cookie: editor } })
    expect(audit.json().items.find((x: { id: number }) => x.id === s.id)).toMatchObject({ paused: false })
  })

  it('can be edited and deleted by editors, not by viewers', async () => {
    const viewer = await t.userWithRole('viewer')
    const s = await schedule({ name: 'Edit me', cron: '0 11 * * *' })
    const forbidden = await t.app.inject({
      method: 'PATCH',
      url: `/api/exports/schedules/${s.id}`,
      headers: { cookie: viewer },
      payload: { name: 'no' },
    })
    expect(forbidden.statusCode).toBe(403)
    expect(
      (await t.app.inject({ url: `/api/exports/schedules/${s.id}`, headers: { cookie: viewer } })).statusCode,
    ).toBe(200)
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/exports/schedules/${s.id}`,
      headers: { cookie: editor },
      payload: {
        name: 'Edited',
        cron: '15 11 * * 1',
        timezone: 'Asia/Kolkata',
        format: 'xlsx',
        tables: ['summary', 'points'],
      },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    expect(patched.json()).toMatchObject({ name: 'Edited', cron: '15 11 * * 1', timezone: 'Asia/Kolkata' })
    // Mondays 11:15 in India are 05:45 UTC.
    expect(patched.json().next_run).toMatch(/T05:45:00\.000Z$/)
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/exports/schedules/${s.id}`,
      headers: { cookie: editor },
    })
    expect(del.statusCode).toBe(204)
    expect(
      (await t.app.inject({ url: `/api/exports/schedules/${s.id}`, headers: { cookie: editor } })).statusCode,
    ).toBe(404)
  })
})

describe('the change log beside each run', () => {
  it('holds what was added, then each edit with before, after and reason, and what was retracted', async () => {
    const s = await schedule({ name: 'Changes', cron: '0 6 * * *', folder: 'changes' })
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie: editor }, payload })
    const text =
      'At least 40 people were killed in Sumy on Sunday, the regional governor said. Some 120 people were injured, he added.'
    expect((await call('POST', '/api/articles', { text, published: '2025-04-14' })).statusCode).toBe(201)
    await tick('2025-05-01T06:00:05Z')
    const readCsv = (name: string): string[][] => parse(readFileSync(join(dir, 'changes', name)))
    expect(allFiles('changes')).toEqual(['changes-2025-05-01-changes.csv', 'changes-2025-05-01.csv'])
    const first = readCsv('changes-2025-05-01-changes.csv')
    expect(first[0]).toEqual(['when (UTC)', 'change', 'claim id', 'field', 'before', 'after', 'by', 'reason'])
    expect(first.slice(1).every((r) => r[1] === 'added')).toBe(true)
    expect(first.length).toBeGreaterThan(1)

    const items = (await call('GET', '/api/claims?limit=10')).json().items
    const killed = items.find((c: { metric: string }) => c.metric === 'killed')
    const injured = items.find((c: { metric: string }) => c.metric === 'injured')
    const edit = await call('PATCH', `/api/claims/${killed.id}`, {
      version: killed.version,
      low: 41,
      reason: 'the governor corrected the toll the next day',
    })
    expect(edit.statusCode, edit.body).toBe(200)
    const reject = await call('POST', `/api/claims/${injured.id}/reject`, {
      version: injured.version,
      note: 'a figure for the whole region',
    })
    expect(reject.statusCode).toBe(200)
    await tick('2025-05-02T06:00:05Z')
    const second = readCsv('changes-2025-05-02-changes.csv').slice(1)
    expect(second).toContainEqual([
      expect.any(String),
      'changed',
      String(killed.id),
      'low',
      '40',
      '41',
      expect.any(String),
      'the governor corrected the toll the next day',
    ])
    expect(second).toContainEqual([
      expect.any(String),
      'retracted',
      String(injured.id),
      'status',
      'pending',
      'rejected',
      expect.any(String),
      'a figure for the whole region',
    ])
    expect(second.some((r) => r[1] === 'added')).toBe(false)
    expect((await runsOf(t.app, s.id)).map((r) => r.status)).toEqual(['succeeded', 'succeeded'])
  })

  it("keeps to the schedule's own filters: other metrics' changes stay out, its own claims' retractions are in", async () => {
    const s = await schedule({
      name: 'Killed',
      cron: '0 6 * * *',
      folder: 'killed',
      filters: { metric: ['killed'], status: ['pending', 'verified'] },
    })
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie: editor }, payload })
    // Written for this test.
    const text =
      'Shelling killed 12 civilians in Kharkiv on Monday, the city mayor said. Another 30 people were wounded, he said.'
    const posted = await call('POST', '/api/articles', { text, published: '2025-05-19' })
    expect(posted.statusCode).toBe(201)
    const claimsOf = async (metric: string) =>
      (await call('GET', `/api/claims?metric=${metric}&limit=200`)).json().items as {
        id: number
        version: number
        article_id: number
      }[]
    const killedIds = new Set((await claimsOf('killed')).map((c) => String(c.id)))
    await tick('2025-06-01T06:00:05Z')
    const readCsv = (name: string): string[][] => parse(readFileSync(join(dir, 'killed', name)))
    // The first run: every change so far, to claims of people killed only.
    const first = readCsv('killed-2025-06-01-changes.csv').slice(1)
    expect(first.length).toBeGreaterThan(0)
    for (const row of first) expect(killedIds.has(row[2]!), row.join(',')).toBe(true)

    const article = posted.json().article.id
    const mine = <T extends { article_id: number }>(items: T[]) =>
      items.filter((c) => c.article_id === article)
    const [killed] = mine(await claimsOf('killed'))
    const [injured] = mine(await claimsOf('injured'))
    expect(killed && injured).toBeTruthy()
    const edits = [
      await call('PATCH', `/api/claims/${injured!.id}`, {
        version: injured!.version,
        low: 29,
        high: 29,
        reason: 'the mayor revised the count of the wounded',
      }),
      await call('POST', `/api/claims/${killed!.id}/reject`, {
        version: killed!.version,
        note: 'counted twice: the same strike as the regional report',
      }),
    ]
    for (const e of edits) expect(e.statusCode, e.body).toBe(200)
    await tick('2025-06-02T06:00:05Z')
    const second = readCsv('killed-2025-06-02-changes.csv').slice(1)
    // The rejected claim no longer matches the status filter, but the export carried it: it is retracted.
    expect(second).toEqual([
      [
        expect.any(String),
        'retracted',
        String(killed!.id),
        'status',
        'pending',
        'rejected',
        expect.any(String),
        'counted twice: the same strike as the regional report',
      ],
    ])
    expect((await runsOf(t.app, s.id)).map((r) => r.status)).toEqual(['succeeded', 'succeeded'])
  })
})
