// The series page's flags: a toll that jumps is listed with its reason; an editor marks it as explained
// with a note, which the page and the API then show; a viewer reads the flag but cannot explain it.
import { expect, it } from 'vitest'
import { FLAG_ARTICLES } from '../helpers/flag-articles.ts'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

interface Detail {
  series: { id: number; title: string }
  flags: { kind: string; point: string; reason: string; explained: { note: string } | null }[]
}

describeInBrowser('flags on the series page in Chromium', (t) => {
  async function jumpSeries(): Promise<Detail> {
    for (const [published, text] of FLAG_ARTICLES) await t.api('POST', '/api/articles', { text, published })
    const { items } = await t.api<{ items: { id: number }[] }>('GET', '/api/series?metric=killed&limit=200')
    for (const { id } of items) {
      const d = await t.api<Detail>('GET', `/api/series/${id}`)
      if (d.flags.some((f) => f.kind === 'jump')) return d
    }
    throw new Error('no series with a jump')
  }

  it('lists the jump with its reason, and an editor explains it with a note', async () => {
    const d = await jumpSeries()
    const jump = d.flags.find((f) => f.kind === 'jump')!
    const { page, finish } = await t.open('editor', `#/series/${d.series.id}`)
    const section = page.getByRole('region', { name: 'Figures to look at twice' })
    await section.waitFor()
    const item = section.locator('li[data-kind="jump"]')
    expect(await item.textContent()).toContain(jump.reason)
    expect(await item.locator('.badge').textContent()).toBe('jump')
    expect(await seriousViolations(page)).toEqual([])
    // The page's own map: a bubble per place of this series' figures.
    const places = await t.api<{ items: { key: string }[] }>(
      'GET',
      `/api/places/map?metric=killed&series_id=${d.series.id}`,
    )
    expect(places.items.length).toBeGreaterThan(0)
    const bubbles = page.locator('.figure-map .map-bubble')
    await bubbles.first().waitFor()
    expect((await bubbles.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(
      places.items.map((p) => p.key).sort(),
    )

    await item.getByText('Mark as explained').click()
    await item.getByLabel('Why this jump is explained').fill('Hospital records added on 2 April.')
    await item.getByRole('button', { name: 'Save note' }).click()
    await item.getByText(/Explained by .*: Hospital records added on 2 April\./).waitFor()
    await screenshot(page, 'series-flags')
    expect(await seriousViolations(page)).toEqual([])
    const after = await t.api<Detail>('GET', `/api/series/${d.series.id}`)
    expect(after.flags.find((f) => f.kind === 'jump')?.explained?.note).toBe(
      'Hospital records added on 2 April.',
    )
    await finish()

    const viewer = await t.open('viewer', `#/series/${d.series.id}`)
    const seen = viewer.page.getByRole('region', { name: 'Figures to look at twice' })
    await seen.getByText(/Explained by/).waitFor()
    expect(await seen.getByText('Mark as explained').count()).toBe(0)
    expect(await seen.getByText('Change the note').count()).toBe(0)
    await viewer.context.close()
  }, 180_000)
})
