// The "done when" for alerts, end to end in the dashboard: a viewer watches the Idlib civilians
// series of the sample data and adds a webhook on their account page; a later article with a higher figure
// comes in; the bell shows the alert, the local SMTP server gets one e-mail and the local receiver one
// webhook whose signature verifies with the secret the page showed. Nothing is sent twice. A kill -9
// while sending, and the restart after it, is tests/crash-alerts.test.ts (a separate server process).
import { createHmac } from 'node:crypto'
import { afterAll, expect, it } from 'vitest'
import { startReceiver, startSmtp } from '../helpers/alert-receivers.ts'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

const smtp = await startSmtp()
const hook = await startReceiver()
afterAll(async () => {
  await smtp.close()
  await hook.close()
})

interface ApiSeries {
  id: number
  title: string
  since_date: string | null
  point_count: number
}

// Written for this test: a later toll than the sample's 360 and 860, from the same monitor.
const LATER = {
  title: 'Idlib toll passes a thousand',
  outlet: 'Test Wire',
  published: '2019-09-24',
  text: 'At least 1,090 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said on Monday.',
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms))

describeInBrowser(
  'watch a series, be told in the bell, by e-mail and by webhook',
  (t) => {
    it('alerts the watcher of a higher figure once in each channel, the webhook signed', async () => {
      const { items } = await t.api<{ items: ApiSeries[] }>('GET', '/api/series?metric=killed&place=Idlib')
      const series = items.find((s) => s.since_date && /civilian/i.test(s.title))
      expect(series, JSON.stringify(items.map((s) => s.title))).toBeDefined()

      const { page, finish } = await t.open('viewer', `#/series/${series!.id}`)
      await page.getByRole('heading', { level: 1, name: series!.title }).waitFor()
      const watch = page.getByRole('button', { name: 'Watch', exact: true })
      await watch.click()
      await page.getByRole('button', { name: 'Watching', pressed: true }).waitFor()

      // The webhook, from the account page; its secret is shown there once.
      await page.goto(`${t.base}/#/account`)
      await page.getByRole('listitem').filter({ hasText: series!.title }).first().waitFor()
      await page.getByLabel('Webhook address').fill(hook.url)
      await page.getByRole('button', { name: 'Add webhook' }).click()
      const secret = (await page.locator('.webhook-secret').textContent())?.trim() ?? ''
      expect(secret).toMatch(/^whsec_/)

      await t.api('POST', '/api/articles', LATER)

      // The bell loads with the page (and every minute after).
      await page.goto(`${t.base}/#/series/${series!.id}`)
      await page.reload()
      await page.getByRole('heading', { level: 1, name: series!.title }).waitFor()
      const bell = page.getByRole('button', { name: /Alerts, 1 unread/ })
      await bell.waitFor({ timeout: 30_000 })
      await bell.click()
      const alert = page.locator('#alert-panel .alert-item.unread')
      await alert.waitFor()
      expect(await alert.count()).toBe(1)
      const shown = (await alert.textContent()) ?? ''
      expect(shown).toContain(series!.title)
      expect(shown).toContain('1,090')
      expect(shown).toMatch(/Observatory/)
      await screenshot(page, 'alerts-bell', { fullPage: false })
      expect(await seriousViolations(page)).toEqual([])

      // The alert's link leads to the series.
      await alert.getByRole('link').click()
      await page.waitForFunction((id) => window.location.hash === `#/series/${id}`, series!.id)

      // The dispatcher (ALERTS_POLL_MS below) sends one e-mail and one webhook.
      await expect.poll(() => smtp.mails.length, { timeout: 60_000, interval: 250 }).toBe(1)
      await expect.poll(() => hook.posts.length, { timeout: 60_000, interval: 250 }).toBe(1)
      const mail = smtp.mails[0]!.raw
      expect(mail).toContain('1,090')
      expect(mail).toContain(`/#/series/${series!.id}`)
      expect(mail).toMatch(/List-Unsubscribe:/)

      const post = hook.posts[0]!
      const signature = `sha256=${createHmac('sha256', secret).update(post.body).digest('hex')}`
      expect(post.headers['x-tally-signature']).toBe(signature)
      // A tampered body would not verify with that secret.
      expect(createHmac('sha256', secret).update(`${post.body} `).digest('hex')).not.toBe(
        signature.slice('sha256='.length),
      )
      const body = JSON.parse(post.body)
      expect(post.headers['idempotency-key']).toBe(body.id)
      expect(body.alert).toMatchObject({ series_id: series!.id })
      expect(JSON.stringify(body.alert)).toContain('1090')

      // Several more polls later, still one of each.
      expect(await t.app.alerts.dispatcher.tick()).toBe(0)
      await settle(2_000)
      expect(smtp.mails).toHaveLength(1)
      expect(hook.posts).toHaveLength(1)
      await finish()
    }, 180_000)
  },
  {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Tally <alerts@tally.test>',
    WEBHOOK_ALLOW_PRIVATE: 'on',
    ALERTS_POLL_MS: '200',
  },
)
