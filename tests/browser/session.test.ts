// An ended session (here: its cookie gone, as after expiry) never costs an unsaved edit: a sign-in dialog
// opens over the page, the save is sent again once signed in, and a conflict found then shows both versions.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { ADMIN, describeInBrowser, screenshot } from './helpers.ts'

interface ApiClaim {
  id: number
  who: string
  source: string | null
  version: number
}

describeInBrowser('an ended session', (t) => {
  async function editFirstClaim(page: Page, who: string) {
    await page.locator('.claim-row').first().waitFor()
    const id = Number(await page.locator('.claim-row.active').getAttribute('data-claim-id'))
    await page.locator('.claim-row.active').focus()
    await page.keyboard.press('e')
    const form = page.locator(`.claim-row[data-claim-id="${id}"] form.claim-editor`)
    await form.getByLabel('Who', { exact: true }).fill(who)
    return { id, form }
  }

  async function signInAgain(page: Page) {
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
    await dialog.waitFor()
    // The e-mail is known; focus waits in the password.
    expect(await dialog.getByLabel('E-mail').inputValue()).toBe(ADMIN.email)
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password')
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'session-ended', { fullPage: false })
    await dialog.getByLabel('Password').fill(ADMIN.password)
    await dialog.getByRole('button', { name: 'Sign in' }).click()
    await dialog.waitFor({ state: 'detached' })
  }

  it('keeps the edit, signs in again in a dialog, then saves it', async () => {
    const { context, page, errors } = await t.open('admin', '#/review')
    const { id, form } = await editFirstClaim(page, 'kept through the sign-in')
    await context.clearCookies()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await signInAgain(page)
    await page.getByText(/^Saved claim \d+ \(version \d+\)\.$/).waitFor()
    expect((await t.api<ApiClaim>('GET', `/api/claims/${id}`)).who).toBe('kept through the sign-in')
    // Still on the queue, not sent to a sign-in page.
    expect(await page.evaluate(() => window.location.hash)).toBe('#/review')
    expect(errors.filter((e) => !e.includes('401'))).toEqual([])
    await context.close()
  })

  it('shows both versions when the claim changed meanwhile', async () => {
    const { context, page, errors } = await t.open('admin', '#/review')
    const { id, form } = await editFirstClaim(page, 'my version')
    await context.clearCookies()
    const current = await t.api<ApiClaim>('GET', `/api/claims/${id}`)
    await t.api('PATCH', `/api/claims/${id}`, { version: current.version, who: 'their version' })
    await form.getByRole('button', { name: 'Save changes' }).click()
    await signInAgain(page)
    const table = form.getByRole('table', { name: 'Your edit and the saved version' })
    await table.waitFor()
    const row = await table.locator('tbody tr', { hasText: 'who' }).textContent()
    expect(row).toContain('my version')
    expect(row).toContain('their version')
    // The edit is still in the form, unsaved.
    expect(await form.getByLabel('Who', { exact: true }).inputValue()).toBe('my version')
    expect((await t.api<ApiClaim>('GET', `/api/claims/${id}`)).who).toBe('their version')
    await screenshot(page, 'session-conflict', { fullPage: false })
    expect(errors.filter((e) => !/401|409/.test(e))).toEqual([])
    await context.close()
  })
})
