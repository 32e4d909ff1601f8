// WCAG 2.2 AA: axe-core on every page of the dashboard, with the sample data loaded, on a desktop and on a
// 390 px phone. Any serious or critical violation fails, with the rule, the elements and axe's summary.
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

interface View {
  name: string
  hash: (ids: Ids) => string
  /** Shown once the page holds its data. */
  ready: string
}
interface Ids {
  series: number
  article: number
}

const VIEWS: View[] = [
  { name: 'overview', hash: () => '#/', ready: '.tile .sparkline' },
  { name: 'series', hash: (i) => `#/series/${i.series}`, ready: '.points-table tbody tr' },
  { name: 'review', hash: () => '#/review', ready: '.claim-row.active .context-quote' },
  { name: 'articles', hash: () => '#/articles', ready: 'tbody tr a' },
  { name: 'article', hash: (i) => `#/articles/${i.article}`, ready: '.article-claims li' },
  { name: 'add-articles', hash: () => '#/articles/new', ready: 'input[type=file]' },
  { name: 'sources', hash: () => '#/sources', ready: '.sources-table tbody tr' },
  { name: 'exports', hash: () => '#/exports', ready: 'form' },
  { name: 'users', hash: () => '#/admin/users', ready: 'tbody tr' },
  { name: 'tokens', hash: () => '#/admin/tokens', ready: 'form' },
]

describeInBrowser('accessibility (axe-core)', (t) => {
  async function ids(): Promise<Ids> {
    const { items } = await t.api<{ items: { id: number; group: { key: string }; title: string }[] }>(
      'GET',
      '/api/series?metric=killed&limit=100',
    )
    const series = items.find((s) => s.group.key === 'civilians' && /since 21 April 2019/.test(s.title))!
    const articles = await t.api<{ items: { id: number }[] }>('GET', '/api/articles?limit=1')
    return { series: series.id, article: articles.items[0]!.id }
  }

  for (const width of [1280, 390]) {
    it(`finds no serious or critical violation on any page at ${width} px`, async () => {
      const at = await ids()
      const { context, page, finish } = await t.open('admin')
      await page.setViewportSize({ width, height: 900 })
      const found: string[] = []
      for (const view of VIEWS) {
        await page.goto(`${t.base}/${view.hash(at)}`)
        await page.locator(view.ready).first().waitFor()
        await page.evaluate(() => document.fonts.ready)
        for (const v of await seriousViolations(page)) found.push(`[${view.name}] ${v}`)
        if (width === 390) await screenshot(page, `phone-${view.name}`, { fullPage: false })
      }
      // The sign-in page, signed out, after a wrong password (its error message shown).
      const signedOut = await context.browser()!.newContext({ viewport: { width, height: 900 } })
      const login = await signedOut.newPage()
      await login.goto(`${t.base}/`)
      await login.getByLabel('E-mail').fill('nobody@tally.test')
      await login.getByLabel('Password').fill('wrong password')
      await login.getByRole('button', { name: 'Sign in' }).click()
      await login.getByRole('alert').waitFor()
      for (const v of await seriousViolations(login)) found.push(`[login] ${v}`)
      await signedOut.close()
      expect(found.join('\n')).toBe('')
      await finish()
    })
  }
})
