import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inHashSlot } from '../api/accounts/hash-slots.ts'
import { ADMIN, startTestApp, statusesOf, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: '1000' })
})
afterAll(() => t.close())

const login = (email: string, password: string, headers: Record<string, string> = {}, ip = '10.1.1.1') =>
  t.attemptLogin({ email, password }, { ip, headers })

const signIns = (email: string) =>
  t.app.database.rows<{ action: string; actor_label: string; after: { address: string } }>(
    sql`select action, actor_label, after from audit_log where entity = 'sign_in' and actor_label = ${email} order by id`,
  )

describe('sign-in events in the audit log', () => {
  it('records success, failure and throttling with the account and the address', async () => {
    const email = 'logged@tally.test'
    await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: t.adminCookie },
      payload: { email, password: 'a-long-enough-password-1', role: 'viewer' },
    })
    expect(
      (await login(email, 'a-long-enough-password-1', { 'x-forwarded-for': '198.51.100.7' })).statusCode,
    ).toBe(200)
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong-password')).statusCode).toBe(401)
    expect((await login(email, 'wrong-password')).statusCode).toBe(429)
    const rows = await signIns(email)
    expect(rows.map((r) => r.action)).toEqual(['success', ...Array(5).fill('failure'), 'throttled'])
    expect(rows[0].after.address).toBe('198.51.100.7')
    expect(rows[1].after.address).toBe('10.1.1.1')
  })

  it('refuses UPDATE, DELETE and TRUNCATE on audit_log in the database itself', async () => {
    const before = await t.app.database.rows(sql`select count(*)::int as n from audit_log`)
    for (const q of [
      sql`update audit_log set note = 'changed'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await expect(t.app.database.rows(q)).rejects.toThrow(/append-only/)
    }
    expect(await t.app.database.rows(sql`select count(*)::int as n from audit_log`)).toEqual(before)
  })
})

describe('failed sign-ins per account', () => {
  it('make the account wait longer after each failure instead of locking it; an admin resets the count', async () => {
    const email = 'target@tally.test'
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: t.adminCookie },
      payload: { email, password: 'target-password-long-1', role: 'viewer' },
    })
    // From many addresses: the account's count does not care.
    for (let i = 0; i < 5; i++) expect((await login(email, 'guess', {}, `10.2.0.${i}`)).statusCode).toBe(401)
    const first = await login(email, 'guess', {}, '10.2.0.99')
    expect(first.statusCode).toBe(429)
    expect(first.headers['retry-after']).toBe('1')
    // Even the right password waits: the answer must not reveal it.
    expect((await login(email, 'target-password-long-1')).statusCode).toBe(429)
    await new Promise((r) => setTimeout(r, 1100))
    expect((await login(email, 'guess')).statusCode).toBe(401)
    const second = await login(email, 'guess')
    expect(second.statusCode).toBe(429)
    expect(second.headers['retry-after']).toBe('2')

    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/users/${created.json().id}/sign-in-reset`,
      headers: { cookie: t.adminCookie },
    })
    expect(reset.statusCode).toBe(204)
    expect((await login(email, 'target-password-long-1')).statusCode).toBe(200)
  })

  it('count unknown e-mails the same way, so the answers do not tell which accounts exist', async () => {
    const codes = await statusesOf(6, () => login('nobody@tally.test', 'guess'))
    expect(codes).toEqual([401, 401, 401, 401, 401, 429])
  })
})

describe('TRUST_PROXY as a hop count', () => {
  it('limits by the address the trusted proxy saw, whatever the client puts in X-Forwarded-For', async () => {
    const limited = await startTestApp({ TRUST_PROXY: '1', LOGIN_ATTEMPTS_PER_MINUTE: '5' })
    try {
      const codes = await statusesOf(15, (i) =>
        limited.attemptLogin(
          { email: `rotating${i}@tally.test`, password: 'guess' },
          { ip: '127.0.0.1', headers: { 'x-forwarded-for': `203.0.113.${i}, 192.0.2.50` } },
        ),
      )
      // The 6th and later are refused: the client is 192.0.2.50 each time (the first was the test's own
      // sign-in from another address).
      expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(9)
    } finally {
      await limited.close()
    }
  })

  it('refuses "on", which would trust any number of hops', async () => {
    await expect(startTestApp({ TRUST_PROXY: 'on' })).rejects.toThrow(/TRUST_PROXY/)
  })
})

describe('password hashing under a flood', () => {
  it('runs two hashes at once, queues sixteen, and refuses the rest at once with 503', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    let started = 0
    const jobs = Array.from({ length: 20 }, () =>
      inHashSlot(async () => {
        started++
        await gate
      }).then(
        () => 'done',
        (err) => String(err.statusCode),
      ),
    )
    await new Promise((r) => setTimeout(r, 20))
    expect(started).toBe(2)
    release()
    const results = await Promise.all(jobs)
    expect(results.filter((r) => r === 'done')).toHaveLength(18)
    expect(results.filter((r) => r === '503')).toHaveLength(2)
  })

  it('answers every sign-in of a burst with 401 or 503 and keeps serving other requests', async () => {
    const burst = Array.from({ length: 30 }, (_, i) =>
      login(`flood${i}@tally.test`, 'guess', {}, `10.3.0.${i}`),
    )
    const t0 = Date.now()
    const health = await t.app.inject('/healthz')
    expect(health.statusCode).toBe(200)
    expect(Date.now() - t0).toBeLessThan(500)
    const codes = (await Promise.all(burst)).map((r) => r.statusCode)
    expect(codes.every((c) => c === 401 || c === 503)).toBe(true)
    expect(codes).toContain(503)
    expect(await t.login(ADMIN.email, ADMIN.password)).toMatch(/^tally_session=/)
  }, 60_000)
})
