import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// Classic SQL injection payloads in every filter and text field: answers are normal, stored text is
// stored as typed, and no table changes behind the caller's back.
const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE claims; --",
  '" OR ""="',
  '1; UPDATE claims SET low = 0; --',
  "%' AND 1=(SELECT COUNT(*) FROM users) --",
  '\\x27; select pg_sleep(5); --',
  "') UNION SELECT email, password_hash FROM users --",
]

let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ SAMPLE_DATA: 'on' })
})
afterAll(() => t.close())

const snapshot = async () =>
  t.app.database.rows<{ n: string }>(
    sql`select (select count(*) from claims)::text || '/' || (select coalesce(sum(low), 0) from claims)::text || '/' || (select count(*) from users)::text || '/' || (select count(*) from articles)::text as n`,
  )

describe('injection payloads', () => {
  it('in every list filter change nothing and leak nothing', async () => {
    const before = await snapshot()
    const filters: Record<string, string[]> = {
      '/api/claims': ['who', 'source', 'outlet', 'place', 'q'],
      '/api/articles': ['q', 'outlet'],
      '/api/series': ['place', 'group', 'source'],
      '/api/topics': ['place', 'group', 'source'],
      '/api/sources': ['q'],
    }
    for (const [path, names] of Object.entries(filters)) {
      for (const name of names) {
        for (const p of PAYLOADS) {
          const res = await t.app.inject({
            url: `${path}?${name}=${encodeURIComponent(p)}`,
            headers: { cookie: t.adminCookie },
          })
          expect(res.statusCode, `${path}?${name}=${p}`).toBeLessThan(500)
          expect(res.body).not.toContain('scrypt$')
          if (res.statusCode === 200) expect(res.json().items, `${path}?${name}=${p}`).toEqual([])
        }
      }
    }
    expect(await snapshot()).toEqual(before)
  })

  it('in text fields are stored literally', async () => {
    for (const p of PAYLOADS) {
      const text = `Officials said ${p} shelling killed 9 civilians in Aleppo.`
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/articles',
        headers: { cookie: t.adminCookie },
        payload: { text, title: p, url: `https://example.org/${encodeURIComponent(p)}`, outlet: p },
      })
      expect(res.statusCode).toBe(201)
      const detail = (
        await t.app.inject({
          url: `/api/articles/${res.json().article.id}`,
          headers: { cookie: t.adminCookie },
        })
      ).json()
      expect(detail).toMatchObject({ title: p, text, outlet: p })
      const claim = await t.app.inject({
        method: 'POST',
        url: '/api/claims',
        headers: { cookie: t.adminCookie },
        payload: { metric: 'killed', low: 1, qualifier: 'exact', quote: p, who: p, source: p, citation: p },
      })
      expect(claim.statusCode).toBe(201)
      expect(claim.json()).toMatchObject({ quote: p, who: p, source: p, citation: p })
    }
    const [{ n }] = await t.app.database.rows<{ n: number }>(sql`select count(*)::int as n from users`)
    expect(Number(n)).toBe(1)
  })
})
