import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkWebhookUrl } from '../api/alerts/hooks.ts'
import { readLink, readSubjectLink, signLink } from '../api/alerts/link-token.ts'
import { nextDigestAt } from '../api/series/store/alert-outbox.ts'
import { startReceiver, startSmtp } from './helpers/alert-receivers.ts'
import { startTestApp, type TestApp } from './helpers/app.ts'

// Texts written for this test; the figures are the Idlib toll the Syrian Observatory gave in 2019.
const FIRST =
  'At least 360 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said on Thursday.'
const LATER =
  'At least 860 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said on Tuesday.'

let t: TestApp
let smtp: Awaited<ReturnType<typeof startSmtp>>
let hook: Awaited<ReturnType<typeof startReceiver>>
let editor: string
let viewer: string
let seriesId: number
let secret: string
let failing = false

beforeAll(async () => {
  smtp = await startSmtp()
  hook = await startReceiver({ status: () => (failing ? 500 : 200) })
  t = await startTestApp({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Tally <alerts@tally.test>',
    PUBLIC_URL: 'http://tally.test',
    WEBHOOK_ALLOW_PRIVATE: 'on',
    ALERTS: 'off',
    ALERTS_RETRY_S: '0.001',
  })
  editor = await t.userWithRole('editor')
  viewer = await t.userWithRole('viewer')
})
afterAll(async () => {
  await t.close()
  await smtp.close()
  await hook.close()
})

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload })
const alertsOf = async (cookie: string) => (await call(cookie, 'GET', '/api/alerts')).json()

describe('watch, alert, deliver', () => {
  it('files the first figure and lets a viewer watch its series', async () => {
    expect(
      (await call(editor, 'POST', '/api/articles', { text: FIRST, published: '2019-06-13' })).statusCode,
    ).toBe(201)
    const { items } = (await call(viewer, 'GET', '/api/series?metric=killed&place=Idlib')).json()
    seriesId = items.find((s: { since_date: string }) => s.since_date)?.id
    expect(seriesId).toBeGreaterThan(0)

    const bad = await call(viewer, 'POST', '/api/watches', { kind: 'series' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details[0].field).toBe('series_id')
    expect(
      (await call(viewer, 'POST', '/api/watches', { kind: 'series', series_id: 999999 })).statusCode,
    ).toBe(404)
    expect((await call(viewer, 'GET', '/api/watches')).json().items).toEqual([])

    const w = await call(viewer, 'POST', '/api/watches', { kind: 'series', series_id: seriesId })
    expect(w.statusCode).toBe(201)
    expect(w.json().label).toMatch(/Idlib/)
    expect(
      (await call(viewer, 'POST', '/api/watches', { kind: 'series', series_id: seriesId })).statusCode,
    ).toBe(200)
    expect((await call(viewer, 'GET', '/api/watches')).json().items).toHaveLength(1)
    // Nothing happened since watching: no alert.
    expect((await alertsOf(viewer)).unread).toBe(0)
  })

  it('adds a webhook whose secret is shown once', async () => {
    const res = await call(viewer, 'POST', '/api/webhooks', { url: hook.url })
    expect(res.statusCode).toBe(201)
    secret = res.json().secret
    expect(secret).toMatch(/^whsec_/)
    expect(JSON.stringify((await call(viewer, 'GET', '/api/webhooks')).json())).not.toContain(secret)
  })

  it('alerts the watcher of a later, higher figure in the bell, by e-mail and by a signed webhook', async () => {
    expect(
      (await call(editor, 'POST', '/api/articles', { text: LATER, published: '2019-08-20' })).statusCode,
    ).toBe(201)
    const { unread, items } = await alertsOf(viewer)
    expect(unread).toBe(1)
    expect(items[0]).toMatchObject({
      kind: 'jump',
      series_id: seriesId,
      path: `/#/series/${seriesId}`,
      figure: { low: 860, qualifier: 'at_least', as_of: '2019-08-20' },
    })
    expect(items[0].figure.source).toMatch(/Observatory/)
    expect(items[0].figure.quote).toContain('860')
    // The editor watches nothing and is told nothing.
    expect((await alertsOf(editor)).unread).toBe(0)

    expect(await t.app.alerts.dispatcher.tick()).toBe(2)
    expect(await t.app.alerts.dispatcher.tick()).toBe(0)
    expect(smtp.mails).toHaveLength(1)
    const mail = smtp.mails[0]?.raw ?? ''
    expect(mail).toContain('860')
    expect(mail).toContain(`http://tally.test/#/series/${seriesId}`)
    expect(mail).toMatch(/List-Unsubscribe:\s+<http:\/\/tally\.test\/alerts\/mute\?token=/)

    expect(hook.posts).toHaveLength(1)
    const post = hook.posts[0]
    const expected = `sha256=${createHmac('sha256', secret)
      .update(post?.body ?? '')
      .digest('hex')}`
    expect(post?.headers['x-tally-signature']).toBe(expected)
    const body = JSON.parse(post?.body ?? '{}')
    expect(post?.headers['idempotency-key']).toBe(body.id)
    expect(body.alert).toMatchObject({ kind: 'jump', url: `http://tally.test/#/series/${seriesId}` })

    const read = await call(viewer, 'POST', '/api/alerts/read', { all: true })
    expect(read.json()).toEqual({ unread: 0 })
  })

  it('tells the watcher when the team verifies a figure, and mutes e-mail from the link in one click', async () => {
    const { items } = await alertsOf(viewer)
    const claim = (await call(editor, 'GET', `/api/claims/${items[0].figure.claim_id}`)).json()
    const review = await call(editor, 'POST', `/api/claims/${claim.id}/verify`, { version: claim.version })
    expect(review.statusCode, review.body).toBe(200)
    const after = await alertsOf(viewer)
    expect(after.unread).toBe(1)
    expect(after.items[0]).toMatchObject({ kind: 'verified', figure: { low: 860 } })

    const token = /mute\?token=([\w.-]+)/.exec(smtp.mails[0]?.raw ?? '')?.[1] ?? ''
    expect((await t.app.inject({ method: 'POST', url: '/alerts/mute?token=x.mute.bad' })).statusCode).toBe(
      400,
    )
    expect((await t.app.inject({ url: `/alerts/mute?token=${token}` })).body).toContain('<form method="post"')
    expect((await t.app.inject({ method: 'POST', url: `/alerts/mute?token=${token}` })).statusCode).toBe(200)
    expect((await call(viewer, 'GET', '/api/alerts/settings')).json().muted).toBe(true)
    await t.app.alerts.dispatcher.tick()
    expect(smtp.mails).toHaveLength(1)
    expect(hook.posts).toHaveLength(2)
  })

  it('retries a failing webhook with the same idempotency key and pauses it after repeated failure', async () => {
    failing = true
    const before = hook.posts.length
    const { items } = await alertsOf(viewer)
    const claim = (await call(editor, 'GET', `/api/claims/${items[0].figure.claim_id}`)).json()
    await call(editor, 'POST', `/api/claims/${claim.id}/reject`, { version: claim.version })
    for (let i = 0; i < 8; i++) {
      await t.app.alerts.dispatcher.tick()
      await new Promise((r) => setTimeout(r, 40))
    }
    const tries = hook.posts.slice(before)
    expect(tries).toHaveLength(5)
    expect(new Set(tries.map((p) => p.headers['idempotency-key'])).size).toBe(1)
    const [webhook] = (await call(viewer, 'GET', '/api/webhooks')).json().items
    expect(webhook).toMatchObject({ paused: true, failures: 5 })
    const log = (await call(viewer, 'GET', `/api/webhooks/${webhook.id}/deliveries`)).json().items
    expect(log[0]).toMatchObject({ status: 'pending', attempts: 5, response_status: 500 })
    failing = false
    expect((await call(viewer, 'POST', `/api/webhooks/${webhook.id}/resume`)).json().paused).toBe(false)
    await t.app.alerts.dispatcher.tick()
    expect(hook.posts.length).toBe(before + 6)
    const logAfter = (await call(viewer, 'GET', `/api/webhooks/${webhook.id}/deliveries`)).json().items
    expect(logAfter[0]).toMatchObject({ status: 'sent', response_status: 200 })
  })

  it('refuses bad settings and private webhook addresses, naming the field', async () => {
    const digest = (settings: object) =>
      call(viewer, 'PUT', '/api/alerts/settings', { email_mode: 'digest', ...settings })
    expect((await digest({ digest_time: '25:00' })).statusCode).toBe(400)
    const zone = await digest({ timezone: 'Mars/Base' })
    expect(zone.json().error.details[0].field).toBe('timezone')
    expect(() => checkWebhookUrl('http://127.0.0.1:9/x', false)).toThrow(/private/)
    expect(() => checkWebhookUrl('http://169.254.169.254/latest', false)).toThrow(/private/)
    expect(() => checkWebhookUrl('http://localhost:8080/x', false)).toThrow(/private/)
    expect(checkWebhookUrl('https://hooks.example.org/x', false)).toBe('https://hooks.example.org/x')
    const ok = await digest({ digest_time: '07:30', timezone: 'Asia/Damascus' })
    expect(ok.json()).toEqual({
      email_mode: 'digest',
      digest_time: '07:30',
      timezone: 'Asia/Damascus',
      muted: false,
    })
  })
})

describe('one click from the e-mail', () => {
  it('stops watching a series: its own watch and the topic covering it go, other watches stay', async () => {
    // Written for this test: a second series to keep watching.
    const other = 'At least 25 people were wounded in Aleppo on Friday, the city health directorate said.'
    expect(
      (await call(editor, 'POST', '/api/articles', { text: other, published: '2019-08-23' })).statusCode,
    ).toBe(201)
    const aleppo = (await call(viewer, 'GET', '/api/series?place=Aleppo')).json().items[0]
    const idlib = (await call(viewer, 'GET', `/api/series/${seriesId}`)).json().series
    for (const body of [
      { kind: 'topic', topic_id: idlib.topic_id },
      { kind: 'series', series_id: aleppo.id },
    ])
      expect((await call(viewer, 'POST', '/api/watches', body)).statusCode).toBe(201)
    expect((await call(viewer, 'GET', '/api/watches')).json().items).toHaveLength(3)

    // The link as the e-mail carries it (quoted-printable undone).
    const raw = (smtp.mails[0]?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    const token = /alerts\/unwatch\?token=([\w.-]+)/.exec(raw)?.[1] ?? ''
    expect(token).toMatch(new RegExp(`\\.unwatch\\.${seriesId}\\.`))
    const mute = /mute\?token=([\w.-]+)/.exec(raw)?.[1] ?? ''
    const post = (url: string) => t.app.inject({ method: 'POST', url })
    // A mute link does not unwatch, an unwatch link does not mute, an altered one does nothing.
    expect((await post(`/alerts/unwatch?token=${mute}`)).statusCode).toBe(400)
    expect((await post(`/alerts/mute?token=${token}`)).statusCode).toBe(400)
    const altered = token.replace(`.unwatch.${seriesId}.`, `.unwatch.${aleppo.id}.`)
    expect((await post(`/alerts/unwatch?token=${altered}`)).statusCode).toBe(400)
    expect((await call(viewer, 'GET', '/api/watches')).json().items).toHaveLength(3)

    // GET (a mail scanner) changes nothing; the button's POST does.
    const page = await t.app.inject({ url: `/alerts/unwatch?token=${token}` })
    expect(page.body).toContain('<form method="post"')
    expect((await call(viewer, 'GET', '/api/watches')).json().items).toHaveLength(3)
    const done = await post(`/alerts/unwatch?token=${token}`)
    expect(done.statusCode).toBe(200)
    expect(done.body).toContain('Removed 2 watches')
    const left = (await call(viewer, 'GET', '/api/watches')).json().items
    expect(left).toEqual([expect.objectContaining({ kind: 'series', series_id: aleppo.id })])
    expect((await post(`/alerts/unwatch?token=${token}`)).body).toContain('no longer watched anything')
  })
})

describe('pure parts', () => {
  it('signs mute links that cannot be altered', () => {
    const token = signLink('k'.repeat(32), 42, 'mute')
    expect(readLink('k'.repeat(32), token, 'mute')).toBe(42)
    expect(readLink('k'.repeat(32), token.replace(/^42/, '43'), 'mute')).toBeNull()
    expect(readLink('other-key-of-32-characters-long!', token, 'mute')).toBeNull()
    const unwatch = signLink('k'.repeat(32), 42, 'unwatch', 7)
    expect(readSubjectLink('k'.repeat(32), unwatch, 'unwatch')).toEqual({ user: 42, subject: 7 })
    expect(readLink('k'.repeat(32), unwatch, 'unwatch')).toBeNull()
    expect(readSubjectLink('k'.repeat(32), unwatch.replace('.7.', '.8.'), 'unwatch')).toBeNull()
  })

  it('puts the digest at the chosen time in the chosen zone', () => {
    const from = new Date('2026-03-01T12:00:00Z')
    expect(nextDigestAt('07:30', 'Asia/Damascus', from).toISOString()).toBe('2026-03-02T04:30:00.000Z')
    expect(nextDigestAt('13:00', 'UTC', from).toISOString()).toBe('2026-03-01T13:00:00.000Z')
  })
})
