// The brief ready to paste: a series (and a place) printed by Chromium to PDF on one A4 page, holding the
// chart (an image in the PDF), the figure to use with its reason, each source's latest figure with its
// words, the disagreements, an editor's note (also drawn on the chart) and the credit with its link.
import { writeFileSync } from 'node:fs'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { expect, it } from 'vitest'
import { readPdf } from '../../api/intake/read/pdf.ts'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, SCREENSHOTS, screenshot } from './helpers.ts'

interface ApiSeries {
  id: number
  title: string
  since_date: string | null
  estimate: { best: number; reason: string } | null
}

const flat = (s: string) => s.replace(/\s+/g, ' ')
const today = new Date().toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** Pages, text and the number of images painted, of a PDF. */
async function pdfOf(bytes: Buffer) {
  const { pages, text } = await readPdf(new Uint8Array(bytes), { maxPages: 10, timeoutMs: 30_000 })
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise
  const ops = await (await doc.getPage(1)).getOperatorList()
  const images = ops.fnArray.filter((f) => f === OPS.paintImageXObject).length
  await doc.destroy()
  return { pages, text: flat(text), images }
}

describeInBrowser('the brief prints to one page', (t) => {
  it('prints a series with its chart, figures, quotes, disagreements and notes on one A4 page', async () => {
    const { items } = await t.api<{ items: ApiSeries[] }>('GET', '/api/series?metric=killed&place=Idlib')
    const series = items.find((s) => s.since_date && /civilian/i.test(s.title))!
    expect(series).toBeDefined()
    // A second source whose count disagrees with the Observatory's (written for this test).
    await t.api('POST', '/api/articles', {
      title: 'UN office gives lower Idlib toll',
      outlet: 'Test Wire',
      published: '2019-08-22',
      text: 'The UN human rights office said 550 civilians had been killed in Idlib since late April.',
    })
    const { series: now } = await t.api<{ series: ApiSeries }>('GET', `/api/series/${series.id}`)
    await t.api('POST', `/api/series/${series.id}/annotations`, {
      on: '2019-08-30',
      note: 'Russia announces a unilateral ceasefire',
    })

    const { page, finish } = await t.open('viewer', `#/series/${series.id}/brief`)
    await page.getByRole('heading', { level: 1, name: series.title }).waitFor()
    await page.waitForFunction(() => Boolean(window.tallyCharts?.brief))
    // The note is drawn on the chart on its day.
    const drawn = await page.evaluate(() => {
      const opts = window.tallyCharts!.brief.options.plugins as unknown as {
        annotation?: { annotations: Record<string, { xMin: number }> }
      }
      return Object.values(opts.annotation?.annotations ?? {}).map((a) => new Date(a.xMin).toISOString())
    })
    expect(drawn).toHaveLength(1)
    expect(drawn[0]).toMatch(/^2019-08-(29|30)/)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'brief-series')

    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'brief-series-print')
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    writeFileSync(`${SCREENSHOTS}/brief-series.pdf`, pdf)
    const { pages, text, images } = await pdfOf(pdf)
    expect(pages).toBe(1)
    expect(images).toBeGreaterThanOrEqual(1)
    expect(text).toContain(series.title)
    // The figures and their words (sample data: the Observatory's 360, then 860).
    expect(text).toContain('Syrian Observatory for Human Rights')
    expect(text).toMatch(/≥ ?860/)
    expect(text).toContain('civilians have been killed')
    expect(text).toContain('860 civilians')
    // The figure to use with its reason, the marker key, the note, the credit.
    expect(text).toContain(flat(now.estimate!.reason))
    expect(text).toContain('at least (open upwards)')
    expect(text).toContain('Russia announces a unilateral ceasefire')
    expect(text).toContain('550 civilians had been killed')
    expect(text).toMatch(/Sources disagree|Figures differ/)
    expect(text).toContain(`Tally, ${today}, ${t.base}/#/series/${series.id}`)
    // Nothing of the dashboard's frame.
    expect(text).not.toContain('Sign out')
    expect(text).not.toContain('Print or save as PDF')
    await finish()
  }, 180_000)

  it('lets an editor add a note on the series page, drawn on its chart and listed under it', async () => {
    const { items } = await t.api<{ items: ApiSeries[] }>('GET', '/api/series?metric=killed&place=Idlib')
    const series = items.find((s) => s.since_date && /civilian/i.test(s.title))!
    const { page, finish } = await t.open('editor', `#/series/${series.id}`)
    await page.getByRole('heading', { level: 1, name: series.title }).waitFor()
    const notes = page.getByRole('region', { name: 'Notes on the chart' })
    await notes.getByLabel('Date').fill('2019-07-15')
    await notes.getByLabel('Note').fill('Strikes on markets reported across the south')
    await notes.getByRole('button', { name: 'Add note' }).click()
    await notes.getByText('Strikes on markets reported across the south').waitFor()
    const drawnOn = () =>
      page.evaluate(() => {
        const opts = window.tallyCharts!.series.options.plugins as unknown as {
          annotation?: { annotations: Record<string, { xMin: number }> }
        }
        return Object.values(opts.annotation?.annotations ?? {}).map((a) => new Date(a.xMin).toISOString())
      })
    await expect.poll(drawnOn).toContainEqual(expect.stringMatching(/^2019-07-1[45]/))
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'series-notes')
    // Removed again: gone from the list and the chart.
    await notes.getByRole('button', { name: /Remove the note of 15 Jul 2019/ }).click()
    await notes.getByText('Strikes on markets reported across the south').waitFor({ state: 'detached' })
    await expect.poll(async () => (await drawnOn()).some((d) => d.startsWith('2019-07-1'))).toBe(false)
    await finish()
  }, 180_000)

  it('fits a phone screen', async () => {
    const { items } = await t.api<{ items: ApiSeries[] }>('GET', '/api/series?metric=killed&place=Idlib')
    const series = items.find((s) => s.since_date && /civilian/i.test(s.title))!
    const { page, finish } = await t.open('viewer', `#/series/${series.id}/brief`, 'phone')
    await page.getByRole('heading', { level: 1, name: series.title }).waitFor()
    await page.waitForFunction(() => Boolean(window.tallyCharts?.brief))
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'brief-phone')
    await finish()
  }, 120_000)

  it('prints a place with its series on one page', async () => {
    const { page, finish } = await t.open('viewer', '#/brief?place=Idlib')
    await page.getByRole('heading', { level: 1, name: /Idlib/ }).waitFor()
    await page.locator('.brief-series').first().waitFor()
    const titles = await page.locator('.brief-series h2').allTextContents()
    expect(titles.length).toBeGreaterThan(1)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'brief-place')
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    const { pages, text } = await pdfOf(pdf)
    expect(pages).toBe(1)
    for (const title of titles) expect(text).toContain(flat(title))
    expect(text).toContain('Latest figure per source')
    expect(text).toContain(`Tally, ${today}, ${t.base}/#/brief?place=Idlib`)
    await finish()
  }, 180_000)
})
