// The overview's cards: a topic with several series shows the headline series (most sources, or pinned)
// first, every other series one click away, and each disagreement badge on the series it counts.
import { expect, it } from 'vitest'
import { describeFigure, formatDate } from '../../web/src/lib/format.ts'
import type { MapPoint } from '../../web/src/lib/types.ts'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

interface ApiTopic {
  id: number
  title: string
  series: {
    id: number
    title: string
    source_count: number
    disagreement_count: number
    point_count: number
  }[]
}

describeInBrowser('overview cards', (t) => {
  it('keeps the headline series first and every other series of the topic reachable with its own badges', async () => {
    // A later article with a single incident of civilians killed in Idlib: a second series in the topic.
    await t.api('POST', '/api/articles', {
      title: 'Strike on a market in Idlib',
      outlet: 'Local Courier',
      published: '2019-09-02',
      text: 'An air strike on a market in Idlib on Sunday killed at least 90 civilians, local officials said.',
    })
    const { items } = await t.api<{ items: ApiTopic[] }>(
      'GET',
      '/api/topics?metric=killed&place=Idlib&limit=50',
    )
    const topic = items.find((x) => x.series.filter((s) => s.point_count > 0).length > 1)
    expect(topic, JSON.stringify(items.map((x) => [x.title, x.series.map((s) => s.title)]))).toBeDefined()
    const series = topic!.series.filter((s) => s.point_count > 0)
    const headline = [...series].sort(
      (a, b) => b.source_count - a.source_count || b.point_count - a.point_count,
    )[0]!

    const { page, finish } = await t.open('viewer', '#/?metric=killed&place=Idlib')
    const tile = page.locator('.tile', { has: page.getByRole('link', { name: headline.title, exact: true }) })
    await tile.waitFor()
    // The headline is the card's title, and its badge counts its own disagreements only.
    expect(await tile.locator('.tile-title').textContent()).toBe(headline.title)
    const ownBadge = await tile.locator('.tile-foot .badge').allTextContents()
    expect(ownBadge).toEqual(
      headline.disagreement_count
        ? [`${headline.disagreement_count} disagreement${headline.disagreement_count === 1 ? '' : 's'}`]
        : [],
    )
    // Every other series is a link on the card, with its own badge, and opens in one click.
    for (const other of series.filter((s) => s.id !== headline.id)) {
      const row = tile.locator('.tile-others li', { hasText: other.title })
      expect(await row.getByRole('link', { name: other.title, exact: true }).count()).toBe(1)
      expect(await row.locator('.badge').count()).toBe(other.disagreement_count ? 1 : 0)
    }
    await screenshot(page, 'overview-topic-series')
    const other = series.find((s) => s.id !== headline.id)!
    await tile.getByRole('link', { name: other.title, exact: true }).click()
    await page.waitForFunction((id) => window.location.hash === `#/series/${id}`, other.id)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await finish()
  })

  it('keeps "What changed" and "Waiting for review" within the filters', async () => {
    const { page, finish } = await t.open('viewer', '#/?metric=killed&place=Idlib')
    const changed = page.locator('section[aria-labelledby="changed-title"]')
    await changed.locator('li').first().waitFor()
    const text = (await changed.textContent()) ?? ''
    expect(text).not.toMatch(/displaced|Hama|injured/i)
    const pending = await t.api<{ items: unknown[]; next_cursor: string | null }>(
      'GET',
      '/api/claims?status=pending&metric=killed&place=Idlib&limit=100',
    )
    const review = page.locator('section[aria-labelledby="review-title"]')
    await review.locator('.big-number', { hasText: /^\d+\+?$/ }).waitFor()
    expect(await review.locator('.big-number').textContent()).toBe(
      `${pending.items.length}${pending.next_cursor ? '+' : ''}`,
    )
    expect(await review.getByRole('link', { name: 'Open queue' }).getAttribute('href')).toContain(
      'place=Idlib',
    )
    await finish()
  })

  it('draws a bubble per place on the map, opens its series on a click, and holds the same figures as a table', async () => {
    const { items } = await t.api<{ items: MapPoint[] }>('GET', '/api/places/map?metric=killed')
    expect(items.map((p) => p.key)).toContain('SY-ID')
    const { page, finish } = await t.open('viewer', '#/?metric=killed')
    const bubbles = page.locator('.figure-map .map-bubble')
    await bubbles.first().waitFor()
    await page.locator('.figure-map .map-land').waitFor()
    expect((await bubbles.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(
      items.map((p) => p.key).sort(),
    )
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'overview-map')
    // A figure about a whole country shades the country too; nothing else does.
    const shaded = await page
      .locator('.figure-map .map-country-shade')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))
    const countryWide = items.filter((p) => p.precision === 'country').map((p) => p.key)
    expect(countryWide.length).toBeGreaterThan(0)
    expect(shaded.sort()).toEqual(countryWide.sort())
    const labels = Object.fromEntries(
      await bubbles.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-key'), e.getAttribute('aria-label')]),
      ),
    )
    // The table view: the same places, each linked to its series.
    await page.getByRole('button', { name: 'Table' }).click()
    const rows = page.locator('.map-table tbody tr')
    await rows.first().waitFor()
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(
      items.map((p) => p.key).sort(),
    )
    expect(await page.locator('.map-table').textContent()).toContain('Idlib')
    // Row by row, the figure and date the API gives that place, as each bubble's label says them.
    const cells = await rows.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-key'), e.querySelector('td.num')?.textContent ?? '']),
    )
    const shown = Object.fromEntries(cells)
    for (const p of items) {
      expect(shown[p.key], p.key).toBe(describeFigure(p))
      const label = labels[p.key]
      expect(label).toContain(`${p.name}: ${describeFigure(p)} `)
      expect(label).toContain(formatDate(p.as_of))
    }
    expect(await seriousViolations(page)).toEqual([])
    // On a phone the map fits the screen; the topmost bubble opens its series.
    await page.setViewportSize({ width: 390, height: 800 })
    await page.getByRole('button', { name: 'Map' }).click()
    const top = bubbles.last()
    await top.waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    const key = await top.getAttribute('data-key')
    const target = items.find((p) => p.key === key)
    expect(target?.series_id).toBeTypeOf('number')
    await top.click()
    await page.waitForFunction((id) => window.location.hash === `#/series/${id}`, target?.series_id)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await finish()
  })
})
