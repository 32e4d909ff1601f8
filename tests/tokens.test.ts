import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const create = async (payload: object) =>
  (
    await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: t.adminCookie }, payload })
  ).json()
const withToken = (token: string, method: string, url: string, payload?: object) =>
  t.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` }, payload })

describe('API tokens', () => {
  it('a read-only token reads and may not write', async () => {
    const ro = await create({ name: 'dashboard', scope: 'read' })
    expect(ro.scope).toBe('read')
    expect((await withToken(ro.token, 'GET', '/api/claims')).statusCode).toBe(200)
    const write = await withToken(ro.token, 'POST', '/api/articles', { text: 'Two people were killed.' })
    expect(write.statusCode).toBe(403)
    expect(write.json().error.code).toBe('read_only_token')
    const full = await create({ name: 'script' })
    expect(full.scope).toBe('full')
    expect(
      (await withToken(full.token, 'POST', '/api/articles', { text: 'Two people were killed.' })).statusCode,
    ).toBe(201)
  })

  it('stops working after its expiry', async () => {
    const tmp = await create({ name: 'one day', expires_in_days: 1 })
    expect(Date.parse(tmp.expires_at) - Date.now()).toBeGreaterThan(23 * 3600_000)
    expect((await withToken(tmp.token, 'GET', '/api/claims')).statusCode).toBe(200)
    await t.app.database.rows(
      sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${tmp.id}`,
    )
    const expired = await withToken(tmp.token, 'GET', '/api/claims')
    expect(expired.statusCode).toBe(401)
    expect((await create({ name: 'forever' })).expires_at).toBeNull()
  })

  it('shows when each was last used', async () => {
    const tok = await create({ name: 'used' })
    expect(tok.last_used_at).toBeNull()
    await withToken(tok.token, 'GET', '/api/claims')
    const list = (await t.app.inject({ url: '/api/tokens', headers: { cookie: t.adminCookie } })).json().items
    const listed = list.find((x: { id: number }) => x.id === tok.id)
    expect(Date.parse(listed.last_used_at)).toBeGreaterThan(Date.now() - 60_000)
  })
})
