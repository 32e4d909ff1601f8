// A schedule's destinations on the exports page: one added through the small form, listed with where it
// delivers, "Test delivery" reporting the answer (here: e-mail is not set up on this server), removed;
// axe finds nothing serious, at desktop width and on a phone.
import { expect, it } from 'vitest'
import { seriousViolations } from './axe.ts'
import { describeInBrowser, screenshot } from './helpers.ts'

describeInBrowser('export destinations in Chromium', (t) => {
  it('adds, tests and removes a destination, axe-clean', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/exports/schedules',
      headers: { cookie: t.adminCookie },
      payload: { name: 'Weekly desk sheet', cron: '0 7 * * 1', tables: ['summary'], format: 'xlsx' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const { page, errors } = await t.open('admin', '#/exports')
    await page.getByRole('button', { name: 'History of Weekly desk sheet' }).click()
    await page.getByText("Only the server's export folder.").waitFor()
    await page.getByRole('button', { name: 'Add a destination' }).click()
    const form = page.getByRole('form', { name: 'New destination' })
    expect(await form.getByLabel('Kind').inputValue()).toBe('email')
    await form.getByLabel('Name').fill('Desk inbox')
    await form.getByLabel('Recipients').fill('desk@ngo.test, lead@ngo.test')
    await form.getByRole('button', { name: 'Add destination' }).click()
    await page.getByText('Added “Desk inbox”.').waitFor()
    const item = page.locator('.destination', { hasText: 'Desk inbox' })
    expect(await item.textContent()).toContain('desk@ngo.test, lead@ngo.test')
    expect(await item.textContent()).toContain('Nothing delivered yet.')

    await page.getByRole('button', { name: 'Test delivery to Desk inbox' }).click()
    await page.getByText(/Test delivery to “Desk inbox” failed: e-mail is not set up/).waitFor()

    // The S3 fields appear for S3, the secret as a password field.
    await page.getByRole('button', { name: 'Add a destination' }).click()
    await form.getByLabel('Kind').selectOption('s3')
    expect(await form.getByLabel('Secret key').getAttribute('type')).toBe('password')
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'export-destinations')
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'export-destinations-phone')
    await form.getByRole('button', { name: 'Cancel' }).click()

    page.once('dialog', (d) => void d.accept())
    await page.getByRole('button', { name: 'Remove destination Desk inbox' }).click()
    await page.getByText('Removed “Desk inbox”.').waitFor()
    expect(errors).toEqual([])
  }, 120_000)
})
