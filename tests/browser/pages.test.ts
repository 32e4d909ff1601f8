// The series chart (from the chart's own data, not pixels), articles added by paste and by upload,
// the article page with its highlights and text selection, sources and the admin pages.
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import {
  chartAtRest,
  describeInBrowser,
  describeStagedFile,
  fillFields,
  SCREENSHOTS,
  screenshot,
} from './helpers.ts'

interface ChartPoint {
  x: number
  y: number
  low: number
  q: string
  ref: number
}

/** Where on the screen the series chart draws the second point of the Syrian Observatory's line. */
function sohrSecondPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const chart = window.tallyCharts!.series
    const index = chart.data.datasets.findIndex((d) => d.label === 'Syrian Observatory for Human Rights')
    const el = chart.getDatasetMeta(index).data[1]
    const box = chart.canvas.getBoundingClientRect()
    return { x: box.left + el.x, y: box.top + el.y }
  })
}

describeInBrowser('pages in Chromium', (t) => {
  it("draws the Syrian Observatory's 360 and 860 for civilians killed in Idlib, with hover text and a data table", async () => {
    const { items } = await t.api<{ items: { id: number; title: string; group: { key: string } }[] }>(
      'GET',
      '/api/series?metric=killed&limit=100',
    )
    const series = items.find((s) => s.group.key === 'civilians' && /since 21 April 2019/.test(s.title))
    expect(series, 'the civilians-killed series of the sample data').toBeDefined()

    const { page, finish } = await t.open('editor', `#/series/${series!.id}`)
    await page.waitForFunction(() => Boolean(window.tallyCharts?.series))
    const data = await page.evaluate(() =>
      window.tallyCharts!.series.data.datasets.map((d) => ({
        label: d.label,
        points: d.data as unknown as ChartPoint[],
      })),
    )
    const sohr = data.find((d) => d.label === 'Syrian Observatory for Human Rights')
    expect(sohr, JSON.stringify(data)).toBeDefined()
    expect(sohr!.points.map((p) => [p.y, p.q])).toEqual([
      [360, 'at_least'],
      [860, 'at_least'],
    ])
    expect(sohr!.points.map((p) => new Date(p.x).toISOString().slice(0, 10))).toEqual([
      '2019-06-13',
      '2019-08-20',
    ])

    // Hovering the 860 point shows its figure, source, outlet, date and quote.
    await chartAtRest(page, 'series')
    const at = await sohrSecondPoint(page)
    await page.mouse.move(at.x, at.y)
    await page.waitForFunction(() => window.tallyCharts!.series.tooltip?.opacity === 1)
    const tip = await page.evaluate(() => {
      const tt = window.tallyCharts!.series.tooltip!
      return { title: tt.title, body: tt.body.flatMap((b) => b.lines) }
    })
    expect(tip.title).toEqual(['20 Aug 2019'])
    expect(tip.body[0]).toBe('Syrian Observatory for Human Rights: ≥ 860 (at least)')
    expect(tip.body).toContain('In Arab News')
    expect(tip.body.join(' ')).toContain('More than 860 civilians have been killed')
    await screenshot(page, 'series')

    // The figure to use: low, best and high, with the reason naming the source.
    const estimate = page.locator('.estimate-card')
    expect(await estimate.getByTestId('estimate-low').textContent()).toBe('860')
    expect(await estimate.getByTestId('estimate-best').textContent()).toBe('860')
    expect(await estimate.getByTestId('estimate-high').textContent()).toBe('open')
    expect(await estimate.getByTestId('estimate-reason').textContent()).toMatch(
      /^Best: 860, the latest cumulative figure from Syrian Observatory for Human Rights \(report of 20 Aug 2019\); low 860/,
    )

    // The same points in the table under the chart.
    const rows = await page.locator('.points-table tbody tr').allTextContents()
    expect(rows.some((r) => r.includes('13 Jun 2019') && r.includes('≥ 360'))).toBe(true)
    expect(rows.some((r) => r.includes('20 Aug 2019') && r.includes('≥ 860') && r.includes('+500'))).toBe(
      true,
    )

    // Sorting the table is kept in the URL.
    await page.getByRole('button', { name: 'Figure', exact: true }).click()
    await page.waitForFunction(() => window.location.hash.includes('sort=figure'))

    // The CSV holds the points.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const text = await new Response((await csv.createReadStream()) as unknown as ReadableStream).text()
    expect(text).toContain('Syrian Observatory for Human Rights,≥ 860,at_least,860')

    // The PNG holds more than the plot: title above, legend, marker key, sources and credit below.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ])
    const image = Buffer.from(
      await new Response((await png.createReadStream()) as unknown as ReadableStream).arrayBuffer(),
    )
    expect(image.subarray(1, 4).toString()).toBe('PNG')
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(`${SCREENSHOTS}/series-download.png`, image)
    const canvas = await page.evaluate(() => {
      const c = window.tallyCharts!.series.canvas
      return { width: c.width, height: c.height }
    })
    expect(image.readUInt32BE(16)).toBe(canvas.width)
    expect(image.readUInt32BE(20)).toBeGreaterThan(canvas.height + 100)

    // Increments: +500 between the two reports.
    await page.getByRole('button', { name: 'Increments' }).click()
    await page.waitForFunction(() => window.location.hash.includes('view=increments'))
    await page.waitForFunction(() => window.tallyCharts!.series.data.datasets.some((d) => d.type === 'bar'))
    const bars = await page.evaluate(() =>
      window
        .tallyCharts!.series.data.datasets.filter((d) => d.type === 'bar')
        .flatMap((d) => (d.data as unknown as { y: number }[]).map((p) => p.y)),
    )
    expect(bars).toEqual([500])
    await chartAtRest(page, 'series')
    // The bar is labelled with its period on the chart itself.
    expect(
      await page.evaluate(() =>
        (window.tallyCharts!.series.config as unknown as { plugins: { id: string }[] }).plugins.map(
          (p) => p.id,
        ),
      ),
    ).toContain('tallyIncrementLabels')
    // Said with its period, not as one day's toll.
    await page.getByRole('cell', { name: '+500 between 13 Jun and 20 Aug 2019' }).waitFor()
    await screenshot(page, 'series-increments')

    // Clicking a point opens the article at its quote.
    await page.getByRole('button', { name: 'Cumulative figures' }).click()
    await page.waitForFunction(() => !window.tallyCharts!.series.data.datasets.some((d) => d.type === 'bar'))
    await chartAtRest(page, 'series')
    const again = await sohrSecondPoint(page)
    await page.mouse.click(again.x, again.y)
    await page.waitForFunction(() => /#\/articles\/\d+\?claim=\d+/.test(window.location.hash))
    const mark = page.locator('.article-text .hl.current')
    await mark.waitFor()
    expect(await mark.textContent()).toBe('More than 860 civilians have been killed')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('current'))).toBe(true)
    // Scrolled to the quote: wait until it is inside the window before the screenshot.
    await page.waitForFunction(() => {
      const r = document.querySelector('.article-text .hl.current')!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    })
    await screenshot(page, 'article', { fullPage: false })
    await finish()
  })

  it('draws single incidents as points with no line between them', async () => {
    const { items } = await t.api<{ items: { id: number; kind: string; point_count: number }[] }>(
      'GET',
      '/api/series?limit=100',
    )
    const incidents = items.find((s) => s.kind === 'incident' && s.point_count > 1)!
    const { page, finish } = await t.open('viewer', `#/series/${incidents.id}`)
    await page.waitForFunction(() => Boolean(window.tallyCharts?.series))
    const lines = await page.evaluate(() =>
      window.tallyCharts!.series.data.datasets.map((d) => (d as { showLine?: boolean }).showLine),
    )
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((l) => l === false)).toBe(true)
    await finish()
  })

  it('adds an article by paste and by upload, shows its claims, and adds a claim from selected text', async () => {
    const { page, finish } = await t.open('editor', '#/articles/new')
    const pasted =
      'Shelling of Maarat al-Numan killed at least 45 civilians on Monday, the White Helmets said.\n\nHospital staff said 120 people were injured and about 3,000 families fled the town.'
    await fillFields(page, {
      Title: 'Shelling of Maarat al-Numan',
      Outlet: 'Test Wire',
      Published: '2019-12-24',
      Text: pasted,
    })
    await page.getByRole('button', { name: 'Add article' }).click()
    await page.getByText(/Stored article \d+ with [1-9]\d* claims? found\./).waitFor()

    // Upload: several files at once, with a result for each.
    const jsonl = [
      JSON.stringify({
        title: 'Camp report',
        outlet: 'Relief Daily',
        published: '2020-01-10',
        text: 'More than 300,000 people have been displaced since December, the UN said.',
      }),
      JSON.stringify({ title: 'Bad date', text: 'Five people were killed.', published: 'yesterday' }),
    ].join('\n')
    await page.locator('input[type=file]').setInputFiles([
      {
        name: 'ariha-strike.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'An air strike on Ariha killed 12 people, including four children, rescuers said on 2020-01-15.',
        ),
      },
      {
        name: 'saraqeb.html',
        mimeType: 'text/html',
        buffer: Buffer.from(
          '<html><head><title>Saraqeb falls</title></head><body><p>Some 20 fighters were killed in clashes near Saraqeb, a monitor said.</p></body></html>',
        ),
      },
      { name: 'batch.jsonl', mimeType: 'application/json', buffer: Buffer.from(jsonl) },
      { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(pasted) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ])
    // Each single-article file gets its own outlet, date and URL before it is sent (a file has none).
    await describeStagedFile(page, 'ariha-strike.txt', {
      Title: 'Air strike on Ariha',
      Outlet: 'Idlib Post',
      Published: '2020-01-16',
      URL: 'https://idlib-post.example/ariha',
    })
    await screenshot(page, 'add-articles-staged')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Add 6 articles' }).click()
    await page.getByText('Done', { exact: true }).waitFor()
    const progress = page.locator('progress#upload-progress')
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'))
    const result = (name: string) => page.locator('.file-result', { hasText: name }).locator('.file-status')
    expect(await result('ariha-strike.txt').textContent()).toMatch(/^[1-9]\d* claims? found$/)
    expect(await result('saraqeb.html').textContent()).toMatch(/claims? found$/)
    expect(await result('batch.jsonl').textContent()).toMatch(/^1 new \(\d+ claims?\), 1 failed$/)
    expect(await result('again.txt').textContent()).toBe('duplicate: already stored')
    // Sent to the server as a PDF, which refuses it: it is only a header.
    expect(await result('scan.pdf').textContent()).toBe('refused')
    await page.locator('.file-result', { hasText: 'batch.jsonl' }).getByText('published').waitFor()
    await screenshot(page, 'add-articles')

    // The uploaded article, with what the form said about it, its figures highlighted and listed.
    const arihaId = Number(
      /\d+$/.exec(
        (await page
          .locator('.file-result', { hasText: 'ariha-strike.txt' })
          .getByRole('link')
          .textContent())!,
      )![0],
    )
    const stored = await t.api<{
      title: string
      outlet: string | null
      published: string | null
      url: string
    }>('GET', `/api/articles/${arihaId}`)
    expect([stored.title, stored.outlet, stored.published, stored.url]).toEqual([
      'Air strike on Ariha',
      'Idlib Post',
      '2020-01-16',
      'https://idlib-post.example/ariha',
    ])
    await page.locator('.file-result', { hasText: 'ariha-strike.txt' }).getByRole('link').click()
    await page.locator('.article-text .hl').first().waitFor()
    expect(await page.locator('.article-claims li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('12')]),
    )

    // The pasted article: its claims, then a claim added from selected text.
    await page.goto(`${t.base}/#/articles?q=Maarat`)
    await page.getByRole('link', { name: 'Shelling of Maarat al-Numan' }).click()
    await page.locator('.article-text .hl').first().waitFor()
    const claimsBefore = await page.locator('.article-claims li').count()
    expect(claimsBefore).toBeGreaterThan(0)
    expect(await page.locator('.article-claims').textContent()).toContain('≥ 45')
    // Select a passage that runs into a highlighted figure (so it spans several text nodes).
    const passage = 'Hospital staff said 120 people were injured'
    await page.evaluate((words) => {
      const root = document.querySelector('.article-text')!
      const at = root.textContent!.indexOf(words)
      if (at < 0) throw new Error(`"${words}" is not in the article`)
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let seen = 0
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length
        if (seen <= at && at < seen + len) range.setStart(n, at - seen)
        if (seen < at + words.length && at + words.length <= seen + len)
          range.setEnd(n, at + words.length - seen)
        seen += len
      }
      const sel = window.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    }, passage)
    await page.getByRole('button', { name: 'Add claim from selection' }).click()
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Add claim' }) })
    await form.waitFor()
    expect(await form.getByLabel('Quote (exact words of the article)').inputValue()).toBe(passage)
    expect(await form.getByLabel('Figure (low)').inputValue()).toBe('120')
    expect(await form.getByLabel('Qualifier').inputValue()).toBe('exact')
    expect(await form.getByLabel('Metric').inputValue()).toBe('injured')
    await form.getByLabel('Who', { exact: true }).fill('people')
    await form.getByLabel('Source (who says so)').fill('Hospital staff')
    await screenshot(page, 'article-add-claim', { fullPage: false })
    await form.getByRole('button', { name: 'Add claim' }).click()
    await page.getByText(/^Added claim \d+\.$/).waitFor()
    await expect.poll(() => page.locator('.article-claims li').count()).toBe(claimsBefore + 1)
    const id = Number(/claim=(\d+)/.exec(await page.evaluate(() => window.location.hash))?.[1])
    const added = await t.api<{
      origin: string
      article_id: number
      quote: string
      start: number
      end: number
    }>('GET', `/api/claims/${id}`)
    expect(added.origin).toBe('manual')
    expect(added.quote).toBe(passage)
    expect(pasted.slice(added.start, added.end)).toBe(passage)
    await page.locator(`#claim-${id}`).waitFor()
    await finish()
  })

  it('lists sources and outlets, and lets an admin manage users and API tokens', async () => {
    const { page, finish } = await t.open('admin', '#/sources')
    await page
      .locator('.sources-table tbody tr', { hasText: 'Syrian Observatory for Human Rights' })
      .waitFor()
    await page.getByRole('heading', { name: 'Outlets' }).waitFor()
    await page.getByRole('link', { name: 'Arab News' }).waitFor()
    // Track records: one row per source credited with figures.
    await page
      .locator('.track-records tbody tr', { hasText: 'Syrian Observatory for Human Rights' })
      .waitFor()
    await screenshot(page, 'sources')

    await page.goto(`${t.base}/#/admin/users`)
    await page.getByRole('button', { name: 'Add a user' }).click()
    await fillFields(page, {
      'E-mail': 'analyst@tally.test',
      Name: 'An Analyst',
      Password: 'analyst-password-1',
    })
    await page.getByLabel('Role', { exact: true }).selectOption('editor')
    await page.getByRole('button', { name: 'Create user' }).click()
    await page.getByText('Created analyst@tally.test as editor.').waitFor()
    await page.getByLabel('Role of analyst@tally.test').selectOption('viewer')
    await page.getByText('analyst@tally.test is now viewer.').waitFor()
    await screenshot(page, 'users')

    await page.goto(`${t.base}/#/admin/tokens`)
    await page.getByLabel('Name').fill('nightly import')
    await page.getByRole('button', { name: 'Create token' }).click()
    const secret = await page.locator('.secret-value').textContent()
    expect(secret).toMatch(/^tly_/)
    const me = await fetch(`${t.base}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } })
    expect(me.status).toBe(200)
    await page.locator('tbody tr', { hasText: 'nightly import' }).waitFor()
    await screenshot(page, 'tokens')
    page.once('dialog', (d) => void d.accept())
    await page
      .locator('tbody tr', { hasText: 'nightly import' })
      .getByRole('button', { name: 'Revoke' })
      .click()
    await page.locator('tbody tr', { hasText: 'nightly import' }).getByText('revoked').waitFor()
    expect(
      (await fetch(`${t.base}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } })).status,
    ).toBe(401)
    await finish()
  })
})
