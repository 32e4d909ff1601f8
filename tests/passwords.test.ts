import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwordProblem } from '../api/accounts/password-policy.ts'
import { startTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const as = (cookie: string, method: string, url: string, payload?: object) =>
  t.app.inject({ method: method as 'GET', url, headers: { cookie }, payload })

describe('new passwords', () => {
  it('need 12 characters, any characters, and not a common or one-character one', async () => {
    for (const weak of [
      'aaaaaaaaaa',
      '1234567890',
      ' '.repeat(12),
      'aaaaaaaaaaaaaaaa',
      'qwerty123456',
      '1qaz2wsx3edc',
      'short-pass',
    ]) {
      const res = await as(t.adminCookie, 'POST', '/api/users', {
        email: 'w@tally.test',
        password: weak,
        role: 'viewer',
      })
      expect(res.statusCode, JSON.stringify(weak)).toBe(400)
      expect(res.json().error.code).toBe('weak_password')
      expect(res.json().error.details[0].field).toBe('body.password')
    }
    expect(passwordProblem('LeaveMeAlone')).toMatch(/common/)
    expect(passwordProblem('ünïcödé pässwörd 🙂')).toBeNull()
    expect(passwordProblem('correct horse battery staple')).toBeNull()
  })
})

describe('my own password and sessions', () => {
  it('change with the current password; other sessions end, this one carries on', async () => {
    const email = 'self@tally.test'
    await as(t.adminCookie, 'POST', '/api/users', {
      email,
      password: 'first-long-password-9',
      role: 'viewer',
    })
    const here = await t.login(email, 'first-long-password-9')
    const elsewhere = await t.login(email, 'first-long-password-9')
    const sessions = (await as(here, 'GET', '/api/account/sessions')).json().items
    expect(sessions).toHaveLength(2)
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1)

    const change = (current: string, next: string) =>
      as(here, 'POST', '/api/account/password', { current_password: current, new_password: next })
    const wrong = await change('not-it-at-all-1', 'second-long-password-9')
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.details[0].field).toBe('body.current_password')
    expect((await change('first-long-password-9', 'password1234')).statusCode).toBe(400)

    const changed = await change('first-long-password-9', 'second-long-password-9')
    expect(changed.statusCode).toBe(204)
    const fresh = `tally_session=${changed.cookies.find((c) => c.name === 'tally_session')?.value}`
    expect((await as(fresh, 'GET', '/api/auth/me')).statusCode).toBe(200)
    expect((await as(elsewhere, 'GET', '/api/auth/me')).statusCode).toBe(401)
    await expect(t.login(email, 'first-long-password-9')).rejects.toThrow()
    expect(await t.login(email, 'second-long-password-9')).toMatch(/^tally_session=/)
  })

  it('list and end one or all other sessions', async () => {
    const email = 'sessions3@tally.test'
    await as(t.adminCookie, 'POST', '/api/users', { email, password: 'many-long-password-9', role: 'editor' })
    const [a, b, c] = [
      await t.login(email, 'many-long-password-9'),
      await t.login(email, 'many-long-password-9'),
      await t.login(email, 'many-long-password-9'),
    ]
    const list = (await as(a, 'GET', '/api/account/sessions')).json().items as {
      id: string
      current: boolean
    }[]
    expect(list).toHaveLength(3)
    const other = list.find((s) => !s.current)!
    expect((await as(a, 'DELETE', `/api/account/sessions/${other.id}`)).statusCode).toBe(204)
    expect((await as(a, 'GET', '/api/account/sessions')).json().items).toHaveLength(2)
    expect((await as(a, 'DELETE', '/api/account/sessions')).json()).toEqual({ ended: 1 })
    expect((await as(a, 'GET', '/api/auth/me')).statusCode).toBe(200)
    for (const gone of [b, c]) expect((await as(gone, 'GET', '/api/auth/me')).statusCode).toBe(401)
    // Another user's session cannot be ended by its handle.
    const adminList = (await as(t.adminCookie, 'GET', '/api/account/sessions')).json().items
    expect((await as(a, 'DELETE', `/api/account/sessions/${adminList[0].id}`)).statusCode).toBe(404)
  })
})

describe('re-authentication', () => {
  it('creating tokens and changing roles or passwords need a recent sign-in; API tokens cannot', async () => {
    const token = (await as(t.adminCookie, 'POST', '/api/tokens', { name: 'script' })).json().token
    expect(token).toMatch(/^tly_/)
    const viaToken = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'minted by a token' },
    })
    expect(viaToken.statusCode).toBe(403)
    expect(viaToken.json().error.code).toBe('reauthenticate')
    // An old session: its sign-in was 20 minutes ago.
    const old = await t.login('admin@tally.test', 'correct-horse-battery')
    await t.app.database.rows(
      (await import('drizzle-orm'))
        .sql`update sessions set created_at = now() - interval '20 minutes' where id_hash = encode(sha256(convert_to(${old.split('=')[1]}, 'UTF8')), 'hex')`,
    )
    const viewer = (
      await as(t.adminCookie, 'POST', '/api/users', {
        email: 'someone@tally.test',
        password: 'promote-long-pass-9',
        role: 'viewer',
      })
    ).json()
    const stale = await as(old, 'PATCH', `/api/users/${viewer.id}`, { role: 'editor' })
    expect(stale.statusCode).toBe(403)
    expect(stale.json().error.code).toBe('reauthenticate')
    expect((await as(old, 'PATCH', `/api/users/${viewer.id}`, { name: 'Just a name' })).statusCode).toBe(200)
    expect((await as(old, 'POST', '/api/tokens', { name: 'x' })).statusCode).toBe(403)
    expect((await as(t.adminCookie, 'PATCH', `/api/users/${viewer.id}`, { role: 'editor' })).statusCode).toBe(
      200,
    )
  })
})
