import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliveryHttp } from '../../api/delivery/http.ts'
import { activeSince } from '../exports/helpers.ts'
import { startSmtp } from '../helpers/alert-receivers.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { DAV_LOGIN, S3_KEYS, startS3, startWebdav } from '../helpers/delivery-servers.ts'

// A schedule that runs every minute, with an e-mail, an S3 and a WebDAV destination, driven through
// three slots by the scheduler's clock: every destination gets exactly one file per slot (WebDAV two for
// the slot whose name someone else's file already had), the history shows each result, and no answer
// of the API holds a credential.
const BUCKET = 'field-exports'
let t: TestApp
let exportDir: string
let davDir: string
let smtp: Awaited<ReturnType<typeof startSmtp>>
let s3: Awaited<ReturnType<typeof startS3>>
let dav: Awaited<ReturnType<typeof startWebdav>>
let editor: string

beforeAll(async () => {
  exportDir = await mkdtemp(join(tmpdir(), 'tally-delivery-exports-'))
  davDir = await mkdtemp(join(tmpdir(), 'tally-delivery-dav-'))
  smtp = await startSmtp()
  s3 = await startS3(BUCKET)
  dav = await startWebdav(davDir)
  t = await startTestApp({
    SCHEDULER: 'off',
    EXPORT_DIR: exportDir,
    SMTP_URL: smtp.url,
    SECRETS_KEY: 'a-test-key-that-is-long-enough-0123456789',
    DELIVERY_ALLOW_PRIVATE: 'on',
  })
  editor = await t.userWithRole('editor')
}, 120_000)
afterAll(async () => {
  await t?.close()
  await Promise.all([smtp?.close(), s3?.close(), dav?.close()])
  await rm(exportDir, { recursive: true, force: true })
  await rm(davDir, { recursive: true, force: true })
})

const api = (method: string, url: string, payload?: object, cookie = editor) =>
  t.as(cookie, method as 'GET', url, payload)

/** A schedule of the claims table, the only one not paused, whose slots from the tests' dates run. */
async function onlySchedule(fields: { name: string; format: string; folder: string; [k: string]: string }) {
  await t.app.db.execute(sql`update export_schedules set paused = true`)
  const created = await api('POST', '/api/exports/schedules', {
    cron: '0 6 * * *',
    tables: ['claims'],
    ...fields,
  })
  expect(created.statusCode, created.body).toBe(201)
  const id = created.json().id as number
  await activeSince(t.app, id)
  return id
}

const SECRETS = [S3_KEYS.secret, DAV_LOGIN.secret, 'rotated-dav-password-2']

function noSecrets(body: string) {
  for (const s of SECRETS) expect(body).not.toContain(s)
}

describe('a schedule delivering to e-mail, S3 and WebDAV', () => {
  it('delivers one file per slot to each, shows each result, and never answers a credential', async () => {
    const id = await onlySchedule({
      name: 'Field sheet',
      cron: '* * * * *',
      format: 'csv',
      folder: 'field',
      file_pattern: '{name}-{datetime}',
    })
    const base = `/api/exports/schedules/${id}/destinations`

    const added = []
    for (const destination of [
      { kind: 'email', name: 'Team inbox', to: ['team@ngo.test', 'lead@ngo.test'] },
      {
        kind: 's3',
        name: 'Bucket',
        endpoint: s3.endpoint,
        bucket: BUCKET,
        prefix: 'tally/field/',
        credentials: S3_KEYS,
      },
      { kind: 'webdav', name: 'Share', url: dav.url, credentials: DAV_LOGIN },
    ]) {
      const res = await api('POST', base, destination)
      expect(res.statusCode, res.body).toBe(201)
      added.push(res)
    }
    const [mail, bucket, share] = added
    for (const r of [bucket, share]) {
      noSecrets(r.body)
      expect(r.json().credentials).toEqual({ set: true, updated_at: expect.any(String) })
    }
    // The stored value is sealed, not the secret.
    const [stored] = await t.app.database.rows<{ secret: string }>(
      sql`select secret from export_destinations where id = ${share.json().id}`,
    )
    expect(stored.secret).toMatch(/^v1\./)
    noSecrets(stored.secret)

    // Someone else's file already has the first slot's name on the share.
    await writeFile(join(davDir, 'field-sheet-2025-03-01T1000.csv'), 'not from Tally\n')
    // A missing field is named.
    const bad = await api('POST', base, {
      kind: 's3',
      name: 'No bucket',
      endpoint: s3.endpoint,
      credentials: S3_KEYS,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details).toEqual([
      { field: 'body.bucket', message: 'is needed for a s3 destination' },
    ])

    const slots = ['2025-03-01T10:00:00Z', '2025-03-01T10:01:00Z', '2025-03-01T10:02:00Z']
    for (const slot of slots) {
      const report = await t.app.scheduler.tick(new Date(new Date(slot).getTime() + 5000))
      expect(report.ran).toEqual([expect.objectContaining({ status: 'succeeded' })])
      expect(report.delivered.map((d) => d.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])
    }
    // Nothing more to do in a later tick within the last minute.
    expect((await t.app.scheduler.tick(new Date('2025-03-01T10:02:30Z'))).delivered).toEqual([])

    const files = (await readdir(join(exportDir, 'field'))).filter((f) => !f.endsWith('-changes.csv')).sort()
    expect(files).toHaveLength(3)
    // S3: one object per slot under the prefix, the same bytes as the file.
    const keys = await s3.keys()
    expect(keys).toEqual(files.map((f) => `tally/field/${f}`))
    // WebDAV: one per slot, and the foreign file kept beside ours.
    const shared = (await readdir(davDir)).sort()
    expect(shared).toHaveLength(4)
    expect(await readFile(join(davDir, 'field-sheet-2025-03-01T1000.csv'), 'utf8')).toBe('not from Tally\n')
    for (const f of files.slice(1)) expect(shared).toContain(f)
    const beside = shared.find((f) => !files.includes(f))!
    expect(beside).toMatch(/^field-sheet-2025-03-01T1000-export-\d+-\d+\.csv$/)
    expect(await readFile(join(davDir, beside))).toEqual(await readFile(join(exportDir, 'field', files[0])))
    // E-mail: one message per run to both recipients, the file attached, one Message-ID each.
    expect(smtp.mails).toHaveLength(3)
    const ids = smtp.mails.map((m) => /^Message-ID: (<[^>]+>)/im.exec(m.raw)?.[1])
    expect(new Set(ids).size).toBe(3)
    for (const [i, m] of smtp.mails.entries()) {
      expect(m.to.sort()).toEqual(['lead@ngo.test', 'team@ngo.test'])
      expect(m.raw).toMatch(new RegExp(`filename=${files[i].replaceAll('.', '\\.')}`))
      expect(m.raw).toMatch(i === 0 ? /First run of this schedule/ : /Since the previous run/)
    }

    // The history: a result per destination and run.
    const history = await api('GET', `/api/exports/schedules/${id}/deliveries`)
    expect(history.statusCode).toBe(200)
    const items = history.json().items as { status: string; destination_id: number; response: string }[]
    expect(items).toHaveLength(9)
    expect(items.every((d) => d.status === 'succeeded' && d.response)).toBe(true)
    const listed = await api('GET', base)
    expect(
      listed.json().items.map((d: { last_delivery: { status: string } }) => d.last_delivery.status),
    ).toEqual(['succeeded', 'succeeded', 'succeeded'])
    noSecrets(listed.body)
    noSecrets(history.body)

    // Test delivery reports the server's answer.
    const test = await api('POST', `${base}/${share.json().id}/test`)
    expect(test.json()).toMatchObject({ ok: true, response: '201' })
    // Rotating the password: the old one stops working at once, nothing else of the schedule changes.
    const rotated = await api('PATCH', `${base}/${share.json().id}`, {
      credentials: { user: DAV_LOGIN.user, secret: 'rotated-dav-password-2' },
    })
    expect(rotated.statusCode, rotated.body).toBe(200)
    noSecrets(rotated.body)
    expect(rotated.json().credentials.updated_at > share.json().credentials.updated_at).toBe(true)
    const refused = await api('POST', `${base}/${share.json().id}/test`)
    expect(refused.json()).toMatchObject({ ok: false, error: expect.stringMatching(/401/) })
    noSecrets(refused.body)
    const back = await api('PATCH', `${base}/${share.json().id}`, { credentials: DAV_LOGIN })
    expect(back.statusCode).toBe(200)
    expect((await api('POST', `${base}/${share.json().id}/test`)).json().ok).toBe(true)
    const mailTest = await api('POST', `${base}/${mail.json().id}/test`)
    expect(mailTest.json()).toMatchObject({ ok: true, response: expect.stringMatching(/^250/) })

    // A viewer reads destinations but changes none.
    const viewer = await t.userWithRole('viewer')
    expect((await api('GET', base, undefined, viewer)).statusCode).toBe(200)
    expect((await api('POST', base, { kind: 'email', name: 'x', to: ['a@b.test'] }, viewer)).statusCode).toBe(
      403,
    )
  }, 120_000)

  it('retries a failed delivery with backoff, and the retry replaces rather than adds', async () => {
    const id = await onlySchedule({ name: 'Retry sheet', format: 'csv', folder: 'retry' })
    const down = await startS3('retry-bucket')
    const endpoint = down.endpoint
    const port = down.port
    await down.close()
    const dest = await api('POST', `/api/exports/schedules/${id}/destinations`, {
      kind: 's3',
      name: 'Flaky bucket',
      endpoint,
      bucket: 'retry-bucket',
      credentials: S3_KEYS,
    })
    expect(dest.statusCode, dest.body).toBe(201)
    const first = await t.app.scheduler.tick(new Date('2025-04-01T06:00:01Z'))
    expect(first.delivered).toEqual([expect.objectContaining({ attempt: 1, status: 'retry' })])
    let [d] = (await api('GET', `/api/exports/schedules/${id}/deliveries`)).json().items
    expect(d).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringMatching(/ECONNREFUSED/) })
    expect(
      new Date(d.next_attempt_at).getTime() - new Date('2025-04-01T06:00:01Z').getTime(),
    ).toBeGreaterThanOrEqual(30_000)
    expect((await t.app.scheduler.tick(new Date('2025-04-01T06:00:20Z'))).delivered).toEqual([])

    const up = await startS3('retry-bucket', port)
    try {
      const second = await t.app.scheduler.tick(new Date('2025-04-01T06:00:40Z'))
      expect(second.delivered).toEqual([expect.objectContaining({ attempt: 2, status: 'succeeded' })])
      ;[d] = (await api('GET', `/api/exports/schedules/${id}/deliveries`)).json().items
      expect(d).toMatchObject({
        status: 'succeeded',
        attempts: 2,
        error: null,
        target: 's3://retry-bucket/retry-sheet-2025-04-01.csv',
      })
      expect(await up.keys()).toEqual(['retry-sheet-2025-04-01.csv'])
    } finally {
      await up.close()
    }
  }, 120_000)
})

describe('an e-mail destination with a file over its size limit', () => {
  it('links the file instead of attaching it', async () => {
    const id = await onlySchedule({ name: 'Big sheet', format: 'xlsx', folder: 'big' })
    const dest = await api('POST', `/api/exports/schedules/${id}/destinations`, {
      kind: 'email',
      name: 'Small inbox',
      to: ['small@ngo.test'],
      attach_max_mb: 0,
    })
    expect(dest.statusCode, dest.body).toBe(201)
    const before = smtp.mails.length
    const report = await t.app.scheduler.tick(new Date('2025-05-01T06:00:02Z'))
    expect(report.delivered).toEqual([expect.objectContaining({ status: 'succeeded' })])
    const mails = smtp.mails.slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0].raw).not.toMatch(/Content-Disposition: attachment/i)
    const text = mails[0].raw.replace(/=\r?\n/g, '')
    expect(text).toMatch(new RegExp(`/api/exports/schedules/${id}/runs/\\d+/file`))
  }, 120_000)
})

describe('destination addresses', () => {
  it('refuses private addresses unless DELIVERY_ALLOW_PRIVATE is on', async () => {
    const strict = new DeliveryHttp({ allowPrivate: false, timeoutMs: 2000 })
    try {
      for (const url of [
        'http://127.0.0.1:9000/',
        'http://[::1]/dav/',
        'http://169.254.169.254/',
        'http://10.1.2.3/',
      ])
        expect(() => strict.check(new URL(url)), url).toThrow(/private address/)
      // A name resolving to loopback is refused where the socket is opened.
      await expect(strict.send('GET', new URL('http://localhost:9/'), {})).rejects.toThrow(/private address/)
    } finally {
      await strict.close()
    }
  })
})
