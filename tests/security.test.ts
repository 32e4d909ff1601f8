import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, startTestApp, statusesOf, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '5' })
})
afterAll(() => t.close())

describe('headers', () => {
  it('sends a strict Content-Security-Policy and the usual hardening headers', async () => {
    const res = await t.app.inject('/')
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('same-origin')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('never sends a stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.body).not.toMatch(/at \w+ \(|node_modules/)
  })
})

describe('cross-site requests', () => {
  const write = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/claims',
      headers,
      payload: { metric: 'killed', low: 1, qualifier: 'exact', quote: 'one killed', citation: 'csrf test' },
    })

  it('refuses a write with the session cookie from a foreign origin', async () => {
    const foreign = await write({ cookie: t.adminCookie, origin: 'https://evil.example' })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json().error.code).toBe('cross_site_request')
    const fetchMeta = await write({ cookie: t.adminCookie, 'sec-fetch-site': 'cross-site' })
    expect(fetchMeta.statusCode).toBe(403)
  })

  it('accepts the same write from Tally itself, and API tokens from anywhere', async () => {
    const same = await write({
      cookie: t.adminCookie,
      origin: 'http://localhost:8080',
      host: 'localhost:8080',
      'sec-fetch-site': 'same-origin',
    })
    expect(same.statusCode).toBe(201)
    const token = (
      await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie: t.adminCookie },
        payload: { name: 'csrf' },
      })
    ).json().token
    const script = await write({ authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' })
    expect(script.statusCode).toBe(201)
  })
})

describe('cross-site requests that look like scripts', () => {
  const logoutWith = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })

  it('checks the origin when an Authorization header other than Bearer rides along a cookie', async () => {
    const cookie = await t.login(ADMIN.email, ADMIN.password)
    const res = await logoutWith({ cookie, authorization: 'Basic YTpi', origin: 'https://evil.example' })
    expect(res.statusCode).toBe(403)
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200)
  })

  it('compares the scheme too: https://host is not http://host', async () => {
    const cookie = await t.login(ADMIN.email, ADMIN.password)
    const res = await logoutWith({ cookie, host: 'localhost:8080', origin: 'https://localhost:8080' })
    expect(res.statusCode).toBe(403)
    const ok = await logoutWith({ cookie, host: 'localhost:8080', origin: 'http://localhost:8080' })
    expect(ok.statusCode).toBe(204)
  })
})

describe('login', () => {
  it('rotates the session id at every sign-in', async () => {
    const first = await t.login(ADMIN.email, ADMIN.password)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first },
      payload: ADMIN,
    })
    const second = `tally_session=${res.cookies.find((c) => c.name === 'tally_session')?.value}`
    expect(second).not.toBe(first)
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401)
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: second } })).statusCode).toBe(200)
  })

  it('limits attempts per account, whatever the address', async () => {
    const codes = await statusesOf(7, (i) =>
      t.attemptLogin({ email: 'target@tally.test', password: 'guess-guess' }, { ip: `10.0.0.${i + 1}` }),
    )
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(codes.slice(5)).toEqual([429, 429])
  })

  it('limits attempts per address, whatever the account', async () => {
    const codes = await statusesOf(7, (i) =>
      t.attemptLogin({ email: `u${i}@tally.test`, password: 'guess-guess' }, { ip: '10.9.9.9' }),
    )
    expect(codes.at(-1)).toBe(429)
    expect(codes.filter((c) => c === 401)).toHaveLength(5)
  })
})
