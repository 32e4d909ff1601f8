import { describe, expect, it } from 'vitest'
import { suite } from '../helpers/suite.ts'

// Feeds and scheduled exports belong to whoever made them: another editor may read them but not
// change them; an admin may. A disabled creator's feeds stop answering.
let other: string
const s = suite(
  { SCHEDULER: 'off' },
  {
    setUp: async (s) => {
      other = await s.t.userWithRole('editor')
    },
  },
)
const owner = () => s.cookie
const call = (method: string, url: string, cookie?: string, payload?: object) =>
  s.callAs(cookie, method, url, payload)

describe('feeds', () => {
  it('only their creator or an admin changes them', async () => {
    const feed = (
      await call('POST', '/api/exports/feeds', owner(), { name: 'Summary only', tables: ['summary'] })
    ).json()
    const widen = await call('PATCH', `/api/exports/feeds/${feed.id}`, other, { tables: ['claims'] })
    expect(widen.statusCode).toBe(403)
    expect((await call('POST', `/api/exports/feeds/${feed.id}/revoke`, other)).statusCode).toBe(403)
    expect((await call('DELETE', `/api/exports/feeds/${feed.id}`, other)).statusCode).toBe(403)
    expect((await call('GET', `/api/exports/feeds/${feed.id}`, owner())).json().tables).toEqual(['summary'])
    expect((await call('PATCH', `/api/exports/feeds/${feed.id}`, owner(), { name: 'Mine' })).statusCode).toBe(
      200,
    )
    expect(
      (await call('PATCH', `/api/exports/feeds/${feed.id}`, s.t.adminCookie, { name: 'Admin' })).statusCode,
    ).toBe(200)
    expect((await call('PATCH', '/api/exports/feeds/99999', other, { name: 'x' })).statusCode).toBe(404)
  })

  it("stop serving when their creator's account is disabled, and serve again when it is enabled", async () => {
    const maker = await s.t.userWithRole('editor')
    const me = (await call('GET', '/api/auth/me', maker)).json().user
    const feed = (
      await call('POST', '/api/exports/feeds', maker, { name: 'Claims', tables: ['claims'] })
    ).json()
    expect((await call('GET', `/feeds/${feed.token}.csv`)).statusCode).toBe(200)
    await call('PATCH', `/api/users/${me.id}`, s.t.adminCookie, { disabled: true })
    expect((await call('GET', `/feeds/${feed.token}.csv`)).statusCode).toBe(404)
    await call('PATCH', `/api/users/${me.id}`, s.t.adminCookie, { disabled: false })
    expect((await call('GET', `/feeds/${feed.token}.csv`)).statusCode).toBe(200)
  })
})

describe('scheduled exports', () => {
  it('only their creator or an admin changes, pauses or deletes them', async () => {
    const created = await call('POST', '/api/exports/schedules', owner(), {
      name: 'Daily',
      cron: '0 6 * * *',
      tables: ['claims'],
      format: 'csv',
    })
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    expect((await call('PATCH', `/api/exports/schedules/${id}`, other, { keep: 1 })).statusCode).toBe(403)
    expect((await call('POST', `/api/exports/schedules/${id}/pause`, other)).statusCode).toBe(403)
    expect((await call('DELETE', `/api/exports/schedules/${id}`, other)).statusCode).toBe(403)
    expect((await call('GET', `/api/exports/schedules/${id}`, other)).json().keep).toBe(30)
    expect((await call('POST', `/api/exports/schedules/${id}/pause`, owner())).statusCode).toBe(200)
    expect((await call('DELETE', `/api/exports/schedules/${id}`, s.t.adminCookie)).statusCode).toBe(204)
  })
})
