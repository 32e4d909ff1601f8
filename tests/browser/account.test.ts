// My account: change my password with the current one, and sign out my other sessions.
import { expect, it } from 'vitest'
import { describeInBrowser, screenshot } from './helpers.ts'

describeInBrowser('my account page', (t) => {
  it('changes the password with the current one and signs out another session', async () => {
    const { context, page, errors } = await t.open('viewer', '#/account')
    try {
      await page.getByRole('heading', { name: 'My account' }).waitFor()
      // This browser is one session; a second sign-in makes another.
      const email = (await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).user.email
      const password = `${email.split('@')[0].replace(/\d+$/, '')}-password-${email.match(/\d+/)?.[0]}`
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      })
      expect(other.statusCode).toBe(200)
      await page.reload()
      await page.getByRole('button', { name: 'Sign out everywhere else' }).click()
      await page.getByText('Every other session was signed out.').waitFor()
      await screenshot(page, 'account')

      await page.getByLabel('Current password').fill(password)
      await page.getByLabel('New password').fill('a brand new passphrase 7')
      await page.getByRole('button', { name: 'Change password' }).click()
      await page.getByText('Password changed').waitFor()
      const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status))
      expect(me).toBe(200)
      const relogin = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'a brand new passphrase 7' },
      })
      expect(relogin.statusCode).toBe(200)
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  }, 120_000)
})
