// A long series on the series page (issue 18): more than LARGE_SERIES_CLAIMS claims are answered in
// pages, so the page says the figures are thinned and by how much, the chart and the table show the
// figures sent, and a figure's quotes load when asked for. Ingesting 2,000 articles would take minutes:
// a few are ingested, then they and their claims are copied with SQL, each copy later and higher, into
// the same series, whose stored points a full refresh then builds.
import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { rowsOf } from '../../api/db/sql.ts'
import { refreshSeries } from '../../api/series/store/claims.ts'
import { DEFAULT_MAX_POINTS, LARGE_SERIES_CLAIMS } from '../../api/series/store/read-range.ts'
import { seriousViolations } from './axe.ts'
import { type BrowserApp, describeInBrowser, screenshot } from './helpers.ts'

interface Detail {
  series: { id: number; title: string; claim_count: number }
  range?: { points_in_range: number; points_sent: number; decimated: boolean }
  points: { key: string; as_of: string | null; low: number; quotes: unknown[] }[]
}

/** Articles ingested: one source, one place, a toll rising by day. */
const ARTICLES = 5
/** Copies of each ingested claim: every copy is ARTICLES days later and COPY_STEP higher. */
const COPIES = 420
const COPY_STEP = 200
const CLAIMS = ARTICLES * (COPIES + 1)

/** The series of the ingested articles, grown past LARGE_SERIES_CLAIMS by copies of their claims. */
async function longSeries(t: BrowserApp): Promise<Detail> {
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    title: `Cholera in Sofala, day ${i + 1}`,
    outlet: 'Long Wire',
    published: `2018-01-0${i + 2}`,
    text: `The health ministry said cholera has killed ${1000 + i * 37} people in Sofala since January.`,
  }))
  await t.api('POST', '/api/articles/batch', { articles })
  const { items } = await t.api<{ items: { id: number; claim_count: number }[] }>(
    'GET',
    '/api/series?place=Sofala&limit=20',
  )
  const ingested = items.find((s) => s.claim_count === ARTICLES)
  if (!ingested) throw new Error(`no series of ${ARTICLES} claims in Sofala: ${JSON.stringify(items)}`)
  const id = ingested.id
  // Copy k of an article and its claim: k * ARTICLES days later, the toll k * COPY_STEP higher, the
  // words saying so (the quote's offsets into the text are left out). The URL names what was copied.
  const copied = sql`'https://long-series.test/' || a.id || '/' || k`
  const higher = sql`(c.low + k * ${COPY_STEP})::bigint::text`
  const copies = (join = sql``) =>
    sql`from claims c join articles a on a.id = c.article_id cross join generate_series(1, ${COPIES}) k ${join}
        where c.series_id = ${id}`
  await t.app.db.execute(sql`
    insert into articles (title, url, outlet_id, published, text, content_hash, language, signature, sketch,
                          shingle_count)
    select a.title || ', copy ' || k, ${copied}, a.outlet_id, a.published + k * ${ARTICLES},
           replace(a.text, c.low::bigint::text, ${higher}), md5(${copied}), a.language, '{}', '{}', 0
    ${copies()}`)
  await t.app.db.execute(sql`
    insert into claims (article_id, citation, origin, metric, unit, low, high, qualifier, who, source, since,
                        since_date, as_of, location, country, quote, context, denied, projected, confidence,
                        status, source_id, series_id, series_confidence, series_locked, place_set, geo_country,
                        geo_adm1, geo_adm1_name, geo_site_id, geo_site_name, geo_lat, geo_lon, geo_precision)
    select copy.id, c.citation, c.origin, c.metric, c.unit, c.low + k * ${COPY_STEP}, c.high + k * ${COPY_STEP},
           c.qualifier, c.who, c.source, c.since, c.since_date, coalesce(c.as_of, a.published) + k * ${ARTICLES},
           c.location, c.country, replace(c.quote, c.low::bigint::text, ${higher}), c.context,
           c.denied, c.projected, c.confidence, c.status, c.source_id, c.series_id, c.series_confidence,
           c.series_locked, c.place_set, c.geo_country, c.geo_adm1, c.geo_adm1_name, c.geo_site_id,
           c.geo_site_name, c.geo_lat, c.geo_lon, c.geo_precision
    ${copies(sql`join articles copy on copy.url = ${copied}`)}`)
  await t.app.db.transaction((tx) => refreshSeries(tx, [id], { full: true }))
  return t.api<Detail>('GET', `/api/series/${id}`)
}

/** The exact words of the claim behind a point of the series, read from the database. */
async function quoteOf(t: BrowserApp, seriesId: number, key: string): Promise<string> {
  const rows = await rowsOf<{ quote: string }>(
    t.app.db,
    sql`select c.quote from series_points p join claims c on c.series_id = p.series_id and c.low = p.low
        where p.series_id = ${seriesId} and p.point_key = ${key}`,
  )
  expect(rows).toHaveLength(1)
  return rows[0].quote
}

const pointRows = (page: Page) => page.locator('table.points-table tbody tr')
const thousands = (n: number) => n.toLocaleString('en-US')

describeInBrowser('a long series on the series page in Chromium', (t) => {
  let detail: Detail

  it('is answered in pages: thinned points without quotes', async () => {
    detail = await longSeries(t)
    expect(detail.series.claim_count).toBe(CLAIMS)
    expect(CLAIMS).toBeGreaterThan(LARGE_SERIES_CLAIMS)
    expect(detail.range).toMatchObject({ points_in_range: CLAIMS, decimated: true })
    expect(detail.range?.points_sent).toBeLessThanOrEqual(DEFAULT_MAX_POINTS)
    expect(detail.points.every((p) => p.quotes.length === 0)).toBe(true)
  }, 180_000)

  it('says the figures are thinned, charts and lists those sent, and loads a figure’s quotes', async () => {
    const range = detail.range!
    const { page, finish } = await t.open('viewer', `#/series/${detail.series.id}`)
    await page.getByRole('heading', { name: detail.series.title, level: 1 }).waitFor()
    const notice = page.getByText(/^A long series:/)
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      `show ${thousands(range.points_sent)} of its ${thousands(range.points_in_range)} figures`,
    )

    // The chart draws exactly the figures sent.
    await page.waitForFunction(() => Boolean(window.tallyCharts?.series))
    const charted = await page.evaluate(() =>
      window.tallyCharts!.series.data.datasets.reduce((n, d) => n + d.data.length, 0),
    )
    expect(charted).toBe(range.points_sent)
    await screenshot(page, 'series-long', { fullPage: false })

    // The table opens on its first rows; all of them are the figures sent, no more.
    await pointRows(page).first().waitFor()
    expect(await pointRows(page).count()).toBeLessThan(range.points_sent)
    await page.getByRole('button', { name: /^Show all .* figures/ }).click()
    await expect.poll(() => pointRows(page).count()).toBe(range.points_sent)

    // Quotes load per figure: the latest one's, then an ingested one's (its article's own words).
    for (const point of [detail.points.at(-1)!, detail.points[0]]) {
      const row = page.locator(`tr[data-point-key="${point.key}"]`)
      // The button names its figure for a screen reader; the quotes keep the focus in the row.
      const name = new RegExp(`^Show quotes of ${thousands(point.low)}, \\d{1,2} [A-Z][a-z]{2} \\d{4}$`)
      await row.getByRole('button', { name }).click()
      const quote = row.locator('.quote-ref')
      await quote.waitFor()
      expect(await row.evaluate((r) => r.contains(document.activeElement))).toBe(true)
      const words = await quoteOf(t, detail.series.id, point.key)
      expect(words).toContain(String(point.low))
      expect(await quote.textContent()).toContain(`“${words}”`)
    }
    await page.locator(`tr[data-point-key="${detail.points.at(-1)!.key}"]`).scrollIntoViewIfNeeded()
    await screenshot(page, 'series-long-quotes', { fullPage: false })
    expect(await seriousViolations(page)).toEqual([])
    await finish()
  }, 180_000)

  it('fits a 390 px phone without serious axe findings', async () => {
    const { page, finish } = await t.open('viewer', `#/series/${detail.series.id}`, 'phone')
    await page.getByText(/^A long series:/).waitFor()
    await screenshot(page, 'series-long-phone-top', { fullPage: false })
    const row = page.locator(`tr[data-point-key="${detail.points[0].key}"]`)
    await row.getByRole('button', { name: /^Show quotes/ }).click()
    await row.locator('.quote-ref').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'series-long-phone', { fullPage: false })
    await finish()
  }, 120_000)
})
