// The series page's "Manage series" panel: an editor merges one series into another and moves a claim,
// the API says it happened, the history undoes it; a viewer sees no such controls; axe on the open panel.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

interface Summary {
  id: number
  title: string
  point_count: number
}
interface Detail {
  series: Summary
  points: { quotes: { claim_id: number }[] }[]
}

describeInBrowser('series operations in Chromium', (t) => {
  const seriesList = async () =>
    (await t.api<{ items: Summary[] }>('GET', '/api/series?metric=killed&limit=200')).items
  const claimIds = async (id: number) =>
    (await t.api<Detail>('GET', `/api/series/${id}`)).points.flatMap((p) => p.quotes.map((q) => q.claim_id))
  const claimSeries = async (id: number) =>
    (await t.api<{ series_id: number | null }>('GET', `/api/claims/${id}`)).series_id

  async function openPanel(page: Page) {
    await page.getByRole('button', { name: 'Manage series' }).click()
    // Focus goes to the panel's first choice.
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.name === 'manage-action',
    )
  }

  async function pickSeries(page: Page, s: Summary) {
    await page.getByLabel('Find a series by title').fill(s.title)
    // The title and the count after it: a title that starts another one's picks only its own row.
    await page
      .locator('.manage-series-picker li', { hasText: `${s.title} ·` })
      .getByRole('radio')
      .check()
  }

  it('merges a series in and moves a claim out; the API and the page agree; undo works', async () => {
    // Three distinct series of killed: the page's, one merged into it, one a claim moves to.
    const [here, merged, elsewhere] = (await seriesList()).filter((s) => s.point_count > 0)
    expect(elsewhere).toBeDefined()
    const mergedClaims = await claimIds(merged.id)
    const { page, finish } = await t.open('editor', `#/series/${here.id}`)
    await page.getByRole('heading', { name: here.title, level: 1 }).waitFor()
    await openPanel(page)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('radio', { name: 'Merge another series into this one' }).check()
    await pickSeries(page, merged)
    expect(await page.locator('#manage-plan').textContent()).toContain(
      `Every claim of “${merged.title}” will join`,
    )
    await screenshot(page, 'series-manage-merge')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Apply' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Merged “${merged.title}” into this series.` })
      .waitFor()
    for (const c of mergedClaims) expect(await claimSeries(c)).toBe(here.id)
    const res = await t.app.inject({ url: `/api/series/${merged.id}`, headers: { cookie: t.adminCookie } })
    expect(res.statusCode).toBe(404)
    // The page refreshed: the merged claims are now among this series' claims to pick.
    const moved = mergedClaims[0]
    const row = page.locator('.manage-claims li').filter({ has: page.locator('input') })
    await page.getByRole('radio', { name: 'Move claims to another series' }).check()
    await expect.poll(() => row.count()).toBeGreaterThanOrEqual(mergedClaims.length + 1)

    // Move one claim (the first the picker lists) to the third series.
    const first = (await claimIds(here.id))[0]
    await row.first().getByRole('checkbox').check()
    await pickSeries(page, elsewhere)
    expect(await page.locator('#manage-plan').textContent()).toBe(
      `1 claim will move from “${here.title}” to “${elsewhere.title}”. It can be undone from the history below.`,
    )
    await page.getByRole('button', { name: 'Apply' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Moved 1 claim to “${elsewhere.title}”.` })
      .waitFor()
    expect(await claimSeries(first)).toBe(elsewhere.id)
    expect(await claimIds(here.id)).not.toContain(first)

    // The merge is in this series' history; undoing it gives the merged series back.
    const undo = page.getByRole('button', { name: /^Undo Merged a series in/ })
    await undo.click()
    await page.getByRole('status').filter({ hasText: 'Undone: merged a series in.' }).waitFor()
    expect(await claimSeries(moved)).toBe(merged.id)
    await page.locator('.manage-history', { hasText: '(undone)' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'series-manage-history')
    await finish()
  })

  it('fits a 390 px phone with the panel open, without serious axe findings', async () => {
    const [s] = await seriesList()
    const { page, finish } = await t.open('editor')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${t.base}/#/series/${s.id}`)
    await page.getByRole('heading', { name: s.title, level: 1 }).waitFor()
    await openPanel(page)
    await page.getByRole('radio', { name: 'Split claims off into a new series' }).check()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'series-manage-phone')
    await finish()
  })

  it('shows a viewer no series operations', async () => {
    const [s] = await seriesList()
    const { page, finish } = await t.open('viewer', `#/series/${s.id}`)
    await page.getByRole('heading', { name: s.title, level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Every reported figure' }).waitFor()
    expect(await page.getByRole('button', { name: 'Manage series' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Pin to overview|Pinned/ }).count()).toBe(0)
    await finish()
  })
})
