import { createHmac } from 'node:crypto'
import { afterAll, describe, expect, it, onTestFinished } from 'vitest'
import { startReceiver, startSmtp } from './helpers/alert-receivers.ts'
import { ADMIN } from './helpers/app.ts'
import { call, signIn, waitFor } from './helpers/http.ts'
import { processEnv, processStorage, startServerProcess } from './helpers/server-process.ts'

// Kill -9 while an alert is being sent: after the restart the e-mail arrives once and the webhook is
// posted again with the same idempotency key (the receiver saw the first post but the sender died
// before the answer), and nothing else is sent. On the PostgreSQL server (TEST_DATABASE_URL) two
// processes run after the crash, so the test also shows that two senders never take the same alert.
const { dataDir, db } = await processStorage('crash-alerts')
const smtp = await startSmtp()
let holdFirst = true
const hook = await startReceiver({
  delayMs: () => {
    const hold = holdFirst
    holdFirst = false
    return hold ? 20_000 : 0
  },
})
afterAll(async () => {
  await smtp.close()
  await hook.close()
})

const FIRST =
  'At least 360 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said on Thursday.'
const LATER =
  'At least 860 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said on Tuesday.'

const env = {
  ...processEnv(dataDir, db.url),
  SMTP_URL: smtp.url,
  PUBLIC_URL: 'http://tally.test',
  WEBHOOK_ALLOW_PRIVATE: 'on',
  ALERTS_POLL_MS: '100',
  SCHEDULER: 'off',
}

describe('alert delivery killed mid-send', () => {
  it('sends the e-mail once and the webhook again under the same key after a restart', async () => {
    const first = await startServerProcess(env)
    onTestFinished(() => first.kill())
    const cookie = await signIn(first.base, ADMIN).catch((err) => {
      throw new Error(`${err}: ${first.output()}`)
    })
    const auth = { cookie }
    expect(
      (await call(first.base, auth, 'POST', '/api/articles', { text: FIRST, published: '2019-06-13' }))
        .status,
    ).toBe(201)
    const { body } = await call(first.base, auth, 'GET', '/api/series?metric=killed&place=Idlib')
    const seriesId = body.items.find((s: { since_date: string | null }) => s.since_date)?.id
    expect(
      (await call(first.base, auth, 'POST', '/api/watches', { kind: 'series', series_id: seriesId })).status,
    ).toBe(201)
    const created = await call(first.base, auth, 'POST', '/api/webhooks', { url: hook.url })
    const secret: string = created.body.secret
    expect(
      (await call(first.base, auth, 'POST', '/api/articles', { text: LATER, published: '2019-08-20' }))
        .status,
    ).toBe(201)

    // The first post reaches the receiver, which holds its answer: kill the sender now.
    await waitFor('the first webhook post', async () => hook.posts.length === 1, 30_000, 20)
    await first.kill('SIGKILL')
    expect(smtp.mails).toHaveLength(0)

    const after = [await startServerProcess(env)]
    if (db.url) after.push(await startServerProcess(env))
    onTestFinished(async () => {
      for (const s of after) await s.kill()
    })
    await waitFor(
      'the e-mail and the retried post',
      async () => smtp.mails.length >= 1 && hook.posts.some((p) => p.answered),
    )
    // Time for a duplicate to show up, were one coming.
    await new Promise((r) => setTimeout(r, 1500))

    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0]?.raw).toContain('860')
    expect(hook.posts).toHaveLength(2)
    const [lost, retried] = hook.posts
    expect(lost?.answered).toBe(false)
    expect(retried?.answered).toBe(true)
    expect(retried?.headers['idempotency-key']).toBe(lost?.headers['idempotency-key'])
    for (const p of hook.posts)
      expect(p.headers['x-tally-signature']).toBe(
        `sha256=${createHmac('sha256', secret).update(p.body).digest('hex')}`,
      )

    const log = await call(after[0]?.base ?? '', auth, 'GET', `/api/webhooks/${created.body.id}/deliveries`)
    expect(log.body.items).toMatchObject([{ status: 'sent', attempts: 2, response_status: 200 }])
  }, 420_000)
})
