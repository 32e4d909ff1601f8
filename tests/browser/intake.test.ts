// A new user adds a feed in the dashboard and, within a minute, sees its articles in the inbox with
// their figures (feed and pages served from 127.0.0.1 by the test).
import { expect, it } from 'vitest'
import { rss, STORIES, page as storyPage } from '../intake/fixtures.ts'
import { describeInBrowser, screenshot, servedPages } from './helpers.ts'

const site = servedPages((fx) => {
  fx.serve('/wire.xml', 'application/rss+xml', rss(fx.base))
  for (const s of STORIES) fx.serve(`/news/${s.slug}`, 'text/html; charset=utf-8', storyPage(s))
})

describeInBrowser(
  'watched sources and inbox in Chromium',
  (t) => {
    it('adds a feed by pasting its address and shows its articles in the inbox', async () => {
      const { page, finish } = await t.open('editor', '#/watched')
      await page.getByLabel('Address').fill(`${site.fx.base}/wire.xml`)
      await page.getByRole('button', { name: 'Watch' }).click()
      await page.getByRole('heading', { name: 'Example Wire' }).waitFor({ timeout: 15_000 })
      expect(await page.getByText('Feed', { exact: true }).count()).toBeGreaterThan(0)

      await page.goto(`${t.base}/#/inbox`)
      const deadline = Date.now() + 90_000
      // Articles are fetched one after another, so on a busy machine the second may land well after the
      // first; the inbox does not refresh itself, hence the reload until both are listed.
      const listed = async () =>
        (await page.getByRole('link', { name: STORIES[0].title }).count()) > 0 &&
        (await page.getByRole('link', { name: STORIES[1].title }).count()) > 0
      while (!(await listed())) {
        if (Date.now() > deadline) throw new Error('the feed’s articles did not reach the inbox within 90 s')
        await page.waitForTimeout(1000)
        await page.reload()
      }
      const group = page.getByRole('region', { name: 'Example Wire' })
      expect(await group.getByText(/2 figures/).count()).toBeGreaterThan(0)
      const review = page.getByRole('link', { name: 'Review these figures' })
      expect(await review.getAttribute('href')).toMatch(/^#\/review\?articles=\d+(%2C|,)\d+/)
      await screenshot(page, 'inbox')
      await review.click()
      await page.getByText('At least 23 civilians').first().waitFor({ timeout: 15_000 })

      await page.goto(`${t.base}/#/watched`)
      await page.getByText(/3 seen, 3 articles/).waitFor({ timeout: 15_000 })
      await screenshot(page, 'watched-sources')
      await finish()
    }, 180_000)
  },
  { INTAKE_ALLOW_PRIVATE: 'on', INTAKE_HOST_DELAY_MS: '0', WORKERS: '2', ARCHIVE_DIR: site.archiveDir },
)
