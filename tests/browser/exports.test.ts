// The exports page: a CSV downloaded on demand with the page's filters, a schedule created, edited,
// run now (its run and file in the history) and paused, a live feed with its URL copied, read without a
// login and revoked; and a viewer, who may download but sees no schedule or feed controls.
import { parse } from 'csv-parse/sync'
import type { Download } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, screenshot } from './helpers.ts'

async function downloaded(download: Download): Promise<Buffer> {
  return Buffer.from(
    await new Response((await download.createReadStream()) as unknown as ReadableStream).arrayBuffer(),
  )
}

interface ApiSchedule {
  id: number
  name: string
  keep: number
  paused: boolean
  filters: Record<string, unknown>
}

describeInBrowser('exports page in Chromium', (t) => {
  it('downloads a CSV with the filters, runs a schedule now, and makes and revokes a feed', async () => {
    const { context, page, finish } = await t.open('editor', '#/exports?metric=killed&place=Idlib')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.base })
    await page.getByRole('heading', { name: 'Exports', level: 1 }).waitFor()
    expect(await page.getByRole('link', { name: 'Exports' }).getAttribute('aria-current')).toBe('page')
    expect(await page.getByLabel('Metric').inputValue()).toBe('killed')
    expect(await page.getByLabel('Place').inputValue()).toBe('Idlib')

    // On demand: the claims as CSV, with a byte-order mark (on by default) and the page's filters.
    const [csv, head] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse(
        (r) => r.url().includes('/api/exports/claims.csv') && r.request().method() === 'HEAD',
      ),
      page.getByRole('button', { name: 'Download claims as CSV' }).click(),
    ])
    expect(head.status()).toBe(200)
    expect(head.headers()['content-type']).toMatch(/^text\/csv/)
    const path = csv.url().slice(t.base.length)
    expect(path).toBe('/api/exports/claims.csv?metric=killed&place=Idlib&bom=true')
    expect(csv.suggestedFilename()).toMatch(/^tally-claims-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = await downloaded(csv)
    const direct = await t.app.inject({ method: 'GET', url: path, headers: { cookie: t.adminCookie } })
    expect(direct.statusCode).toBe(200)
    expect(bytes.equals(direct.rawPayload)).toBe(true)
    const text = bytes.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.metric))).toEqual(new Set(['killed']))
    expect(new Set(rows.map((r) => r.place))).toEqual(new Set(['Idlib']))
    expect(rows.some((r) => r.quote === 'More than 360 civilians have been killed')).toBe(true)

    // A schedule with the page's filters.
    await page.getByRole('button', { name: 'New schedule' }).click()
    const form = page.getByRole('form', { name: 'New schedule' })
    // Focus goes to the form's first field, where the next action is.
    await page.waitForFunction(() => document.activeElement?.closest('form')?.ariaLabel === 'New schedule')
    expect(await form.getByLabel('Name', { exact: true }).evaluate((e) => e === document.activeElement)).toBe(
      true,
    )
    await form.getByLabel('Name', { exact: true }).fill('Idlib daily')
    // The time zone is chosen from the list of zones, not typed (and refused after submit).
    expect(await form.getByLabel('Time zone').evaluate((e) => e.tagName)).toBe('SELECT')
    await form.getByLabel('Time zone').selectOption('Europe/Zurich')
    expect(await form.locator('option[value="Europe/Geneva"]').count()).toBe(0)
    await form.getByLabel('Folder').fill('ngo')
    await form.getByLabel('HXL hashtags row').check()
    expect(await form.getByLabel('Repeats').inputValue()).toBe('0 6 * * *')
    await form.getByRole('button', { name: 'Create schedule' }).click()
    await page.getByText('Created “Idlib daily”.').waitFor()
    const row = page.locator('.schedules-table tbody tr', { hasText: 'Idlib daily' }).first()
    const rowText = await row.textContent()
    expect(rowText).toContain('Every day at 06:00')
    expect(rowText).toContain('Europe/Zurich')
    // The next run in the schedule's own zone: 06:00 in Zurich, not 05:00 UTC. ("Europe/Geneva" is no zone: the list never offers it.)
    expect(rowText).toMatch(/next \d+ \w+ \d{4}, 06:00 Europe\/Zurich/)
    expect(rowText).toContain('place “Idlib”')
    expect(rowText).toContain('ngo/{name}-{date}.xlsx')
    const { items } = await t.api<{ items: ApiSchedule[] }>('GET', '/api/exports/schedules')
    const schedule = items.find((s) => s.name === 'Idlib daily')!
    expect(schedule.filters).toEqual({ metric: ['killed'], place: 'Idlib' })

    // Run now: the run appears in the history, succeeds, and its file downloads.
    // Its accessible name starts with what the button says (WCAG 2.5.3, label in name).
    await page.getByRole('button', { name: 'Run now: Idlib daily', exact: true }).click()
    const runs = page.getByRole('table', { name: 'Runs of Idlib daily' })
    await runs.waitFor()
    const run = runs.locator('tbody tr', { hasText: 'run now' }).first()
    await run.getByText('succeeded').waitFor({ timeout: 30_000 })
    await row.getByText('succeeded').waitFor()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      run.getByRole('link', { name: /^Download .+\.xlsx$/ }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
    expect((await downloaded(file)).subarray(0, 2).toString()).toBe('PK')

    // Edit and pause.
    await page.getByRole('button', { name: 'Edit Idlib daily' }).click()
    const edit = page.getByRole('form', { name: 'Edit Idlib daily' })
    await edit.getByLabel('Files kept').fill('7')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Saved “Idlib daily”.').waitFor()
    await row.getByText('keeps 7').waitFor()
    await page.getByRole('button', { name: 'Pause Idlib daily' }).click()
    await page.getByRole('button', { name: 'Resume Idlib daily' }).waitFor()
    await row.getByText('paused', { exact: true }).first().waitFor()
    const after = await t.api<ApiSchedule>('GET', `/api/exports/schedules/${schedule.id}`)
    expect([after.keep, after.paused]).toEqual([7, true])

    // A feed: its URL shown once, copied, read without a login, then revoked.
    await page.getByRole('button', { name: 'New feed' }).click()
    const feedForm = page.getByRole('form', { name: 'New feed' })
    await feedForm.getByLabel('Feed name').fill('Killed in Idlib')
    await feedForm.getByRole('button', { name: 'Create feed' }).click()
    const csvUrl = (await page.locator('.copy-field', { hasText: 'CSV URL' }).locator('code').textContent())!
    expect(csvUrl.startsWith(`${t.base}/feeds/`)).toBe(true)
    expect(csvUrl).toMatch(/\.csv$/)
    expect(await page.locator('.howto').textContent()).toContain(`=IMPORTDATA("${csvUrl}")`)
    await page.getByRole('button', { name: 'Copy CSV URL' }).click()
    await page.getByText('CSV URL copied.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(csvUrl)
    const feedRow = page.locator('.feeds-table tbody tr', { hasText: 'Killed in Idlib' })
    await feedRow.getByText('live').waitFor()
    const live = await fetch(csvUrl)
    expect(live.status).toBe(200)
    expect((await live.text()).split('\n')[0]).toContain('series')
    // The whole page, once the confirmations have gone.
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => page.locator('.toast').count(), { timeout: 10_000 }).toBe(0)
    await screenshot(page, 'exports')

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Revoke Killed in Idlib' }).click()
    await feedRow.getByText('revoked').waitFor()
    expect((await fetch(csvUrl)).status).toBe(404)
    await finish()
  })

  it('lets a viewer download and read the history, with no schedule or feed controls', async () => {
    const created = await t.api<{ id: number }>('POST', '/api/exports/schedules', {
      name: 'Weekly summary',
      cron: '0 6 * * 1',
      timezone: 'UTC',
      tables: ['summary'],
      format: 'csv',
    })
    await t.api('POST', `/api/exports/schedules/${created.id}/run`)
    await expect
      .poll(
        async () =>
          (await t.api<{ items: { status: string }[] }>('GET', `/api/exports/schedules/${created.id}/runs`))
            .items[0]?.status,
        { timeout: 30_000 },
      )
      .toBe('succeeded')

    const { page, finish } = await t.open('viewer', '#/exports')
    await page.getByRole('heading', { name: 'Exports', level: 1 }).waitFor()
    await page.locator('.schedules-table tbody tr', { hasText: 'Weekly summary' }).waitFor()

    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download series summary as CSV' }).click(),
    ])
    expect(summary.suggestedFilename()).toMatch(/^tally-summary-.*\.csv$/)
    expect((await downloaded(summary)).toString('utf8')).toContain('series')

    await page.getByRole('button', { name: 'History of Weekly summary' }).click()
    const runs = page.getByRole('table', { name: 'Runs of Weekly summary' })
    await runs.getByText('succeeded').first().waitFor()
    await runs
      .getByRole('link', { name: /^Download .+\.csv$/ })
      .first()
      .waitFor()

    for (const name of ['New schedule', 'New feed', 'Run now: Weekly summary', 'Pause Weekly summary']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0)
    }
    expect(await page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Live feeds' }).count()).toBe(0)

    // Usable at 800 px: nothing but the tables' own scrolling goes past the window.
    await page.setViewportSize({ width: 800, height: 900 })
    await page.waitForFunction(() => window.innerWidth === 800)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800)
    await expect.poll(() => page.locator('.toast').count(), { timeout: 10_000 }).toBe(0)
    await screenshot(page, 'exports-viewer-800')
    await finish()
  })
})
