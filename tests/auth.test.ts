import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { ADMIN, memoryDatabase, startTestApp, type TestApp, testDatabaseUrl } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const me = (headers: Record<string, string>) => t.app.inject({ url: '/api/auth/me', headers })

describe('sessions', () => {
  it('signs in with a httpOnly SameSite cookie and signs out on the server too', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'tally_session')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(res.json().user).toMatchObject({ email: ADMIN.email, role: 'admin' })
    expect(res.body).not.toContain('password')
    const header = { cookie: `tally_session=${cookie.value}` }
    expect((await me(header)).statusCode).toBe(200)
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: header })).statusCode,
    ).toBe(204)
    expect((await me(header)).statusCode).toBe(401)
  })

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ADMIN.email, password: 'nope-nope-nope' },
    })
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ghost@tally.test', password: 'nope-nope-nope' },
    })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
  })

  it('ends the sessions of a disabled user', async () => {
    const created = await t.as(t.adminCookie, 'POST', '/api/users', {
      email: 'leaver@tally.test',
      password: 'departing-user-pw-1',
      role: 'editor',
    })
    const cookie = await t.login('leaver@tally.test', 'departing-user-pw-1')
    expect((await me({ cookie })).statusCode).toBe(200)
    await t.as(t.adminCookie, 'PATCH', `/api/users/${created.json().id}`, { disabled: true })
    expect((await me({ cookie })).statusCode).toBe(401)
    await expect(t.login('leaver@tally.test', 'departing-user-pw-1')).rejects.toThrow()
  })

  it('refuses short passwords', async () => {
    const res = await t.as(t.adminCookie, 'POST', '/api/users', {
      email: 'short@tally.test',
      password: 'short',
      role: 'viewer',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details[0].field).toBe('body.password')
  })
})

describe('API tokens', () => {
  it('authenticates scripts, is stored hashed, and stops working when revoked', async () => {
    const created = await t.as(t.adminCookie, 'POST', '/api/tokens', { name: 'nightly import' })
    expect(created.statusCode).toBe(201)
    const { token, id } = created.json()
    expect(token).toMatch(/^tly_/)
    const bearer = { authorization: `Bearer ${token}` }
    expect((await me(bearer)).json().user.email).toBe(ADMIN.email)
    const stored = await t.app.database.rows<{ token_hash: string }>(
      (await import('drizzle-orm')).sql`select token_hash from api_tokens where id = ${id}`,
    )
    expect(stored[0].token_hash).not.toContain(token)
    const list = await t.app.inject({ url: '/api/tokens', headers: bearer })
    expect(list.body).not.toContain(token)
    await t.as(t.adminCookie, 'DELETE', `/api/tokens/${id}`)
    expect((await me(bearer)).statusCode).toBe(401)
  })
})

describe('first start', () => {
  it('creates an admin with a generated password printed once when none is configured', async () => {
    const db = await testDatabaseUrl()
    const printed: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string) => {
      printed.push(String(chunk))
      return true
    }) as typeof process.stderr.write
    let app: Awaited<ReturnType<typeof buildServer>> | undefined
    try {
      app = await buildServer(
        loadConfig({ ...memoryDatabase(), SAMPLE_DATA: 'off', LOG_LEVEL: 'silent', DATABASE_URL: db.url }),
      )
    } finally {
      process.stderr.write = write
    }
    try {
      const password = printed.join('').match(/password: (\S+)/)?.[1]
      expect(password).toBeTruthy()
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@tally.local', password },
      })
      expect(res.statusCode).toBe(200)
    } finally {
      await app.close()
      await db.drop()
    }
  })
})
