// Article text and every user-supplied string are rendered as text: markup in an article and in a
// claim shows as written, and nothing in it runs. The Content-Security-Policy forbids inline scripts.
import type { Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { describeInBrowser, screenshot } from './helpers.ts'

const IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1">'
const SCRIPT = '<script>window.__xss=(window.__xss||0)+100</script>'

describeInBrowser('hostile text in Chromium', (t) => {
  let articleId: number
  let claimId: number
  let seriesId: number | null

  beforeAll(async () => {
    const headers = { cookie: t.adminCookie }
    const text = `Breaking ${IMG} news. Shelling killed 17 civilians in Ariha on Tuesday, ${SCRIPT} the monitor said. A second strike ${IMG} wounded 9 people.`
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers,
      payload: { title: `Ariha ${IMG} ${SCRIPT}`, outlet: `Wire ${SCRIPT}`, published: '2020-01-20', text },
    })
    expect(created.statusCode).toBe(201)
    articleId = created.json().article.id
    const claim = await t.app.inject({
      method: 'POST',
      url: '/api/claims',
      headers,
      payload: {
        article_id: articleId,
        quote: `A second strike ${IMG} wounded 9 people`,
        metric: 'injured',
        low: 9,
        qualifier: 'exact',
        who: `people ${IMG}`,
        source: `Monitor ${SCRIPT}`,
        location: `Ariha ${IMG}`,
        as_of: '2020-01-20',
      },
    })
    expect(claim.statusCode, claim.body).toBe(201)
    claimId = claim.json().id
    seriesId = claim.json().series_id
  })

  async function assertInert(page: Page) {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    // The only script on the page is the app's own module.
    const scripts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script'), (s) => s.src || s.textContent),
    )
    expect(scripts.every((s) => /\/assets\/index-[\w-]+\.js$/.test(s ?? ''))).toBe(true)
  }

  it('shows the markup as text on every page that shows it, and runs none of it', async () => {
    const { page, finish } = await t.open('editor')
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })

    await page.goto(`${t.base}/#/articles/${articleId}?claim=${claimId}`)
    await page.locator('.article-text .hl').first().waitFor()
    await page.getByRole('heading', { level: 1, name: `Ariha ${IMG} ${SCRIPT}` }).waitFor()
    expect(await page.locator('.article-text').textContent()).toContain(`Breaking ${IMG} news.`)
    expect(await page.locator('.article-text').textContent()).toContain(SCRIPT)
    expect(await page.locator(`#claim-${claimId}`).textContent()).toBe(
      `A second strike ${IMG} wounded 9 people`,
    )
    await page.locator('.claim-card', { hasText: `people ${IMG}` }).waitFor()
    await page.locator('.claim-card', { hasText: `Monitor ${SCRIPT}` }).waitFor()
    await assertInert(page)
    await screenshot(page, 'xss-article', { fullPage: false })

    await page.goto(`${t.base}/#/review?status=all&q=Ariha`)
    await page.locator(`.claim-row[data-claim-id="${claimId}"]`).waitFor()
    const row = page.locator(`.claim-row[data-claim-id="${claimId}"]`)
    await row.getByText(`people ${IMG}`).waitFor()
    await row.locator('.context', { hasText: 'A second strike' }).waitFor()
    expect(await row.textContent()).toContain(`Monitor ${SCRIPT}`)
    expect(await row.textContent()).toContain(`Ariha ${IMG}`)
    // Editing shows the values in the fields, as text.
    await row.getByRole('button', { name: 'Edit' }).click()
    expect(await row.getByLabel('Who', { exact: true }).inputValue()).toBe(`people ${IMG}`)
    await assertInert(page)
    await screenshot(page, 'xss-review', { fullPage: false })

    await page.goto(`${t.base}/#/articles`)
    await page.getByRole('link', { name: `Ariha ${IMG} ${SCRIPT}` }).waitFor()
    await page.goto(`${t.base}/#/`)
    await page
      .locator('section[aria-labelledby="recent-title"]')
      .getByText(`Ariha ${IMG}`, { exact: false })
      .waitFor()
    await page.goto(`${t.base}/#/sources`)
    await page.getByRole('heading', { name: 'Outlets' }).waitFor()
    await page.getByText(`Wire ${SCRIPT}`).waitFor()
    if (seriesId) {
      await page.goto(`${t.base}/#/series/${seriesId}`)
      await page.waitForFunction(() => Boolean(window.tallyCharts?.series))
      await page.locator('.points-table').getByText(IMG, { exact: false }).first().waitFor()
    }
    await assertInert(page)
    expect(dialogs).toEqual([])
    await finish()
  })

  it('serves the app with a Content-Security-Policy that blocks inline scripts', async () => {
    const { context, page } = await t.open('viewer')
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    await page.goto(`${t.base}/#/`)
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    // An inline script slipped into the page does not run.
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__inline = 1'
      document.head.append(s)
    })
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined()
    expect(violations.length).toBeGreaterThan(0)
    // No inline script or style in the HTML the server sends.
    const html = await (await fetch(`${t.base}/`)).text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style|\sstyle=/)
    await context.close()
  })
})
