// Sign-in, the overview, the review queue (keyboard, inline edit, conflicts, bulk) and what a viewer may do.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { ADMIN, describeInBrowser, screenshot } from './helpers.ts'

interface ApiClaim {
  id: number
  status: string
  who: string
  version: number
  confidence: number
}

describeInBrowser('dashboard in Chromium', (t) => {
  const claim = (id: number) => t.api<ApiClaim>('GET', `/api/claims/${id}`)

  async function activeClaimId(page: Page): Promise<number> {
    return Number(await page.locator('.claim-row.active').getAttribute('data-claim-id'))
  }

  it('signs in, refuses a wrong password, and opens the overview', async () => {
    const { page, finish } = await t.open(null, '')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    await screenshot(page, 'login')
    await page.getByLabel('E-mail').fill(ADMIN.email)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('E-mail or password is wrong.').waitFor()
    // Focus goes back to the password, the field to type again, not to the page body.
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password')

    await page.getByLabel('Password').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()
    const tile = page.locator('.tile', { hasText: /Civilians killed (in [A-Za-z ]+ )?since 21 April 2019/ })
    await tile.waitFor()
    expect(await tile.locator('.tile-figure').textContent()).toBe('≥ 860')
    expect(await tile.locator('.tile-change').textContent()).toContain('+500 (+138.9%)')
    await tile.locator('.sparkline').waitFor()
    await page.getByRole('heading', { name: 'Waiting for review' }).waitFor()
    await page.locator('.big-number', { hasText: /^\d+$/ }).waitFor()
    await page.getByRole('heading', { name: 'Recently added' }).waitFor()
    await page.locator('section[aria-labelledby="recent-title"] li').first().waitFor()
    await page.waitForFunction(() => !document.querySelector('.loading'))
    await screenshot(page, 'overview')

    // Filters live in the URL, so the view can be bookmarked and survives a reload.
    await page.getByLabel('Metric').selectOption('displaced')
    await page.waitForFunction(() => window.location.hash.includes('metric=displaced'))
    await page.locator('.tile', { hasText: 'People displaced' }).first().waitFor()
    // The displaced tile was already there before the filter; wait for the filtered answer itself.
    await expect
      .poll(() => page.locator('.tile', { hasText: 'Civilians killed' }).count(), { timeout: 15_000 })
      .toBe(0)
    await page.reload()
    await page.locator('.tile', { hasText: 'People displaced' }).first().waitFor()
    expect(await page.getByLabel('Metric').inputValue()).toBe('displaced')

    // Sign out ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    await finish()
  })

  it('reviews claims with the keyboard, edits one inline, shows a conflict, verifies in bulk', async () => {
    const { page, finish } = await t.open('editor', '#/review')
    await page.locator('.claim-row').first().waitFor()
    await page.getByText('Pending claims, least confident first').waitFor()
    // Least confident first.
    const shown = await page
      .locator('.claim-row')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-claim-id'))))
    const confidences = await Promise.all(shown.slice(0, 5).map(async (id) => (await claim(id)).confidence))
    expect([...confidences].sort((a, b) => a - b)).toEqual(confidences)
    // Each claim shows its sentence with the figure marked.
    await page.locator('.claim-row.active .context-quote').waitFor()
    await page.waitForFunction(
      () => (document.querySelector('.claim-row.active .context')?.textContent?.length ?? 0) > 60,
    )
    await screenshot(page, 'review', { fullPage: false })

    // v verifies the selected claim and moves on.
    const first = await activeClaimId(page)
    await page.keyboard.press('v')
    await page.locator(`.claim-row[data-claim-id="${first}"] .badge`, { hasText: 'Verified' }).waitFor()
    expect((await claim(first)).status).toBe('verified')
    await page.waitForFunction(
      (id) => document.querySelector('.claim-row.active')?.getAttribute('data-claim-id') !== String(id),
      first,
    )
    const second = await activeClaimId(page)
    expect(second).toBe(shown[1])

    // j/k move; r rejects.
    await page.keyboard.press('j')
    expect(await activeClaimId(page)).toBe(shown[2])
    await page.keyboard.press('k')
    expect(await activeClaimId(page)).toBe(second)
    // r asks for a reason (optional), with focus in it; Enter rejects and the reason is kept in the history.
    await page.keyboard.press('r')
    const reason = page.getByRole('form', { name: `Reject claim ${second}` })
    const reasonField = reason.getByLabel('Reason for rejecting (optional)')
    await page.waitForFunction(() => document.activeElement?.closest('form.reject-form') !== null)
    expect(await reasonField.evaluate((e) => e === document.activeElement)).toBe(true)
    await page.keyboard.type('not a count of people')
    await screenshot(page, 'review-reject', { fullPage: false })
    for (const v of await seriousViolations(page)) expect.fail(v)
    await page.keyboard.press('Enter')
    await page.locator(`.claim-row[data-claim-id="${second}"] .badge`, { hasText: 'Rejected' }).waitFor()
    expect((await claim(second)).status).toBe('rejected')
    const history = await t.api<{ items: { note: string | null }[] }>('GET', `/api/claims/${second}/history`)
    expect(history.items.map((h) => h.note)).toContain('not a count of people')

    // e edits the selected claim inline; the edit carries its version.
    const third = await activeClaimId(page)
    const before = await claim(third)
    await page.keyboard.press('e')
    const form = page.locator(`.claim-row[data-claim-id="${third}"] form.claim-editor`)
    await form.waitFor()
    // Straight to the editor's first field: no Tabs through the row's buttons first.
    await page.waitForFunction(() => document.activeElement?.closest('form.claim-editor') !== null)
    expect(
      await form
        .locator('select, input')
        .first()
        .evaluate((e) => e === document.activeElement),
    ).toBe(true)
    await form.getByLabel('Who', { exact: true }).fill('civilians in Idlib')
    await screenshot(page, 'review-edit', { fullPage: false })
    await form.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText(`Saved claim ${third} (version ${before.version + 1}).`).waitFor()
    const after = await claim(third)
    expect(after.who).toBe('civilians in Idlib')
    expect(after.version).toBe(before.version + 1)
    await page
      .locator(`.claim-row[data-claim-id="${third}"] .claim-who`, { hasText: 'civilians in Idlib' })
      .waitFor()
    // The history lists the verification and the edit.
    await page
      .locator(`.claim-row[data-claim-id="${third}"]`)
      .getByRole('button', { name: 'History' })
      .click()
    await page.locator(`.claim-row[data-claim-id="${third}"] .history-diff`, { hasText: 'who:' }).waitFor()

    // Someone else changes a claim while it is open: saving shows the 409, and their version can be loaded.
    const fourth = shown[3]
    await page.locator(`.claim-row[data-claim-id="${fourth}"]`).getByRole('button', { name: 'Edit' }).click()
    const form4 = page.locator(`.claim-row[data-claim-id="${fourth}"] form.claim-editor`)
    await form4.waitFor()
    const current = await claim(fourth)
    await t.api('PATCH', `/api/claims/${fourth}`, { version: current.version, source: 'Someone else' })
    await form4.getByLabel('Who', { exact: true }).fill('my edit')
    await form4.getByRole('button', { name: 'Save changes' }).click()
    await form4.getByText('was changed by someone else').waitFor()
    expect((await claim(fourth)).who).not.toBe('my edit')
    await form4.getByRole('button', { name: 'Load their version' }).click()
    const source = page
      .locator(`.claim-row[data-claim-id="${fourth}"] form.claim-editor`)
      .getByLabel('Source (who says so)')
    await expect.poll(() => source.inputValue()).toBe('Someone else')
    await page
      .locator(`.claim-row[data-claim-id="${fourth}"] form.claim-editor`)
      .getByRole('button', { name: 'Cancel' })
      .click()

    // Bulk verify.
    const bulk = shown.slice(4, 6)
    for (const id of bulk) await page.getByLabel(`Select claim ${id}`).check()
    await page.getByRole('button', { name: 'Verify selected (2)' }).click()
    await page.getByText('Verified 2 claims.').waitFor()
    for (const id of bulk) expect((await claim(id)).status).toBe('verified')
    await finish()
  })

  it('a viewer sees no edit controls, and a forced write is refused', async () => {
    const { context, page, errors } = await t.open('viewer', '#/review?status=all')
    await page.locator('.claim-row').first().waitFor()
    await page.getByText('You can read the queue; reviewing needs the editor role.').waitFor()
    expect(await page.getByRole('button', { name: 'Verify' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0)
    expect(await page.locator('.claim-check').count()).toBe(0)
    expect(await page.getByRole('button', { name: /Verify selected/ }).count()).toBe(0)
    // The shortcut does nothing either.
    const id = await activeClaimId(page)
    const status = (await claim(id)).status
    const writes: string[] = []
    page.on('request', (r) => {
      if (r.method() !== 'GET') writes.push(`${r.method()} ${r.url()}`)
    })
    await page.keyboard.press('v')
    await page.keyboard.press('e')
    // Keys are handled in order: once j has moved the selection, v and e have been handled (and ignored).
    await page.keyboard.press('j')
    await page.waitForFunction((first) => {
      const active = document.querySelector('.claim-row.active')
      return active && Number(active.getAttribute('data-claim-id')) !== first
    }, id)
    expect(writes).toEqual([])
    expect((await claim(id)).status).toBe(status)
    expect(await page.locator('form.claim-editor').count()).toBe(0)
    // No editing links in the navigation, and no admin pages.
    expect(await page.getByRole('link', { name: 'Add articles' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0)
    await page.goto(`${t.base}/#/admin/users`)
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor()
    await page.goto(`${t.base}/#/articles/2`)
    await page.locator('.article-text .hl').first().waitFor()
    expect(await page.getByRole('button', { name: 'Add a claim by hand' }).count()).toBe(0)
    expect(await page.getByText('Select a passage').count()).toBe(0)

    // Writing anyway, from the page with the viewer's session, is refused by the server.
    const forced = await page.evaluate(async (claimId) => {
      const verify = await fetch(`/api/claims/${claimId}/verify`, { method: 'POST' })
      const edit = await fetch(`/api/claims/${claimId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: 1, who: 'forced' }),
      })
      const article = await fetch('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Forced: 5 people were killed.' }),
      })
      return [verify.status, edit.status, article.status]
    }, id)
    expect(forced).toEqual([403, 403, 403])
    expect((await claim(id)).who).not.toBe('forced')
    expect(errors.filter((e) => !e.includes('403'))).toEqual([])
    await context.close()
  })

  it('stays usable at 800 px', async () => {
    const { context, page } = await t.open('editor')
    await page.setViewportSize({ width: 800, height: 900 })
    await page.goto(`${t.base}/#/`)
    await page.locator('.tile').first().waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'overview-800')
    await page.goto(`${t.base}/#/review`)
    await page.locator('.claim-row').first().waitFor()
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'review-800', { fullPage: false })
    await context.close()
  })
})
