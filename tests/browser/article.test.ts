// The article page: its details corrected in place, every claim of a long report reachable, and a claim
// entered by hand with its place, country and "since" like the editor's.
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, fillFields, screenshot } from './helpers.ts'

interface ApiArticle {
  id: number
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  claim_count: number
}

describeInBrowser('article page', (t) => {
  it('edits the title, outlet, date and URL of an uploaded article', async () => {
    const { article } = await t.api<{ article: ApiArticle }>('POST', '/api/articles', {
      title: '000 f746057349b8d125',
      text: 'Shelling of Kafr Nabl killed 14 civilians, rescuers said.',
    })
    const { page, finish } = await t.open('editor', `#/articles/${article.id}`)
    await page.getByText('no outlet').waitFor()
    await page.getByRole('button', { name: 'Edit details' }).click()
    const form = page.getByRole('form', { name: 'Article details' })
    // Focus in the form's first field.
    await page.waitForFunction(() => document.activeElement?.closest('form')?.ariaLabel === 'Article details')
    const details = {
      title: 'Shelling of Kafr Nabl',
      outlet: 'Idlib Post',
      published: '2019-06-14',
      url: 'https://idlib-post.example/kafr-nabl',
    }
    const { title, outlet, published, url } = details
    await fillFields(form, { Title: title, Outlet: outlet, Published: published, URL: url })
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'article-details', { fullPage: false })
    await form.getByRole('button', { name: 'Save details' }).click()
    await page.getByRole('heading', { name: title, level: 1 }).waitFor()
    await page.locator('.page-subtitle', { hasText: outlet }).waitFor()
    expect(await page.locator('.page-subtitle').textContent()).toContain('14 Jun 2019')
    await t.expectSaved(`/api/articles/${article.id}`, details)
    await finish()
  })

  it('pages through every claim of a long report, past the first 500', async () => {
    const text = Array.from(
      { length: 520 },
      (_, i) =>
        `In the ${i + 1}th incident of the month, shelling killed ${i + 3} civilians, a monitor said.`,
    ).join('\n\n')
    const { article } = await t.api<{ article: ApiArticle }>('POST', '/api/articles', {
      title: 'Monthly incident report',
      outlet: 'Monitor',
      published: '2019-09-30',
      text,
    })
    expect(article.claim_count).toBeGreaterThan(500)
    const { page, finish } = await t.open('viewer', `#/articles/${article.id}`)
    const items = page.locator('.article-claims li')
    await items.first().waitFor()
    expect(await page.locator('.page-subtitle').textContent()).toContain(`${article.claim_count} claims`)
    expect(await items.count()).toBe(500)
    await page.getByRole('button', { name: 'Show more claims' }).click()
    await expect.poll(() => items.count()).toBe(article.claim_count)
    expect(await page.getByRole('button', { name: 'Show more claims' }).count()).toBe(0)
    await finish()
  })

  it('adds a claim by hand with its place, country and since', async () => {
    const { article } = await t.api<{ article: ApiArticle }>('POST', '/api/articles', {
      title: 'Hand entry',
      outlet: 'Test Wire',
      published: '2019-07-01',
      text: 'Officials gave no figure in this text, only a statement.',
    })
    const { page, finish } = await t.open('editor', `#/articles/${article.id}`)
    await page.getByRole('button', { name: 'Add a claim by hand' }).click()
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Add claim' }) })
    await fillFields(form, {
      'Quote (exact words of the article)': 'only a statement',
      'Figure (low)': '30',
      Who: 'civilians',
      Place: 'Maarat al-Numan',
      'Country (ISO3)': 'syr',
      'Since (as written)': 'since late April',
      'Since date': '2019-04-21',
    })
    await form.getByRole('button', { name: 'Add claim' }).click()
    await page.getByText(/^Added claim \d+\.$/).waitFor()
    const id = Number(/claim=(\d+)/.exec(await page.evaluate(() => window.location.hash))?.[1])
    await t.expectSaved(`/api/claims/${id}`, {
      location: 'Maarat al-Numan',
      country: 'SYR',
      since: 'since late April',
      since_date: '2019-04-21',
    })
    await finish()
  })

  it('says when an article is in a language Tally does not read, instead of a silent zero', async () => {
    const { article } = await t.api<{ article: ApiArticle & { language: string } }>('POST', '/api/articles', {
      title: 'Angriffe auf Idlib',
      outlet: 'Levante Zeitung',
      published: '2019-08-21',
      language: 'de',
      text: 'Mindestens neunzig Zivilisten wurden bei den Angriffen auf Idlib getötet, teilten örtliche Behörden mit.',
    })
    const { page, finish } = await t.open('viewer', `#/articles/${article.id}`)
    await page.getByText('This article is in German, which Tally does not read yet').waitFor()
    // The side list loads its claims on its own: wait for its line, not only for the page's notice.
    const side = page.locator('.article-side')
    await side.getByText('Tally does not read German yet').waitFor()
    expect(await side.textContent()).toContain('No figure read: Tally does not read German yet.')
    await finish()
  })
})
