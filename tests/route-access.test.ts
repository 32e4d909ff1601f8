import { describe, expect, it } from 'vitest'
import { suite } from './helpers/suite.ts'

// Walks every registered route: anonymous callers get 401 on everything that is not public, viewers
// get 403 on every write, editors get 403 on every admin route.
let editor: string
const s = suite(
  {},
  {
    role: 'viewer',
    setUp: async (s) => {
      editor = await s.t.userWithRole('editor')
    },
  },
)

const concrete = (url: string) =>
  url.replace(/:(\w+)/g, (_m, name) => (name === 'id' ? '1' : 'x')).replace('*', 'x')

describe('every route', () => {
  it('has an access level and the API routes are not public', () => {
    const api = s.t.app.routeList().filter((r) => r.url.startsWith('/api/'))
    expect(api.length).toBeGreaterThan(15)
    const open = api.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`)
    expect(open.sort()).toEqual(['POST /api/auth/login', 'POST /api/auth/logout'])
  })

  it('refuses anonymous requests to every non-public route', async () => {
    const closed = s.t.app.routeList().filter((r) => r.access !== 'public' && r.method !== 'HEAD')
    for (const r of closed) {
      const res = await s.t.app.inject({
        method: r.method as 'GET',
        url: concrete(r.url),
        payload: r.method === 'GET' ? undefined : {},
      })
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401)
      expect(res.json().error.code).toBe('unauthenticated')
    }
  })

  it("refuses a viewer's writes and admin reads on every route", async () => {
    const forbidden = s.t.app.routeList().filter((r) => r.access === 'editor' || r.access === 'admin')
    expect(forbidden.some((r) => r.method === 'POST' && r.url === '/api/articles')).toBe(true)
    for (const r of forbidden) {
      const res = await s.call(r.method, concrete(r.url), r.method === 'GET' ? undefined : {})
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403)
    }
  })

  it("refuses an editor's admin calls", async () => {
    const admin = s.t.app.routeList().filter((r) => r.access === 'admin')
    expect(admin.map((r) => `${r.method} ${r.url}`)).toContain('POST /api/users')
    for (const r of admin) {
      const res = await s.t.as(
        editor,
        r.method as 'GET',
        concrete(r.url),
        r.method === 'GET' ? undefined : { email: 'x@y.z', password: 'long-enough-pw', role: 'admin' },
      )
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403)
    }
  })

  it('keeps health checks and docs public', async () => {
    expect((await s.t.app.inject('/healthz')).statusCode).toBe(200)
    expect((await s.t.app.inject('/readyz')).json()).toMatchObject({ status: 'ready' })
    expect((await s.t.app.inject('/docs/json')).json().openapi).toMatch(/^3\./)
  })
})
