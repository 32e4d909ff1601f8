import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// Inputs PostgreSQL or Node refuse (NUL characters, integers beyond a column, year 0, crafted
// cursors, broken headers and URLs) are a 400 in the documented shape, never a 500.
let t: TestApp
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
const BIG = '99999999999999999999'

beforeAll(async () => {
  t = await startTestApp()
  await t.as(t.adminCookie, 'POST', '/api/articles', {
    text: 'Shelling killed 12 civilians in Kharkiv on Monday, officials said.',
  })
})
afterAll(() => t.close())

function expectClientError(res: { statusCode: number; body: string }, what: string) {
  expect(res.statusCode, `${what} -> ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
  expect(res.statusCode, `${what} -> ${res.body.slice(0, 300)}`).toBeLessThan(500)
  const body = JSON.parse(res.body)
  expect(typeof body.error.code, what).toBe('string')
  expect(typeof body.error.message, what).toBe('string')
}

describe('reads with input the database cannot take', () => {
  const urls = [
    ...['who', 'source', 'outlet', 'place', 'q'].map((f) => `/api/claims?${f}=a%00b`),
    '/api/articles?q=%00',
    '/api/articles?outlet=x%00',
    '/api/sources?q=%00',
    '/api/series?place=%00',
    '/api/topics?place=%00',
    '/api/exports/claims.csv?who=%00',
    '/api/exports/export.xlsx?q=%00',
    `/api/claims/${BIG}`,
    `/api/claims?article_id=${BIG}`,
    `/api/articles?cursor=${BIG}`,
    `/api/topics?cursor=${BIG}`,
    `/api/claims?cursor=${b64(['abc', 1])}&sort=confidence`,
    `/api/claims?cursor=${b64(['notadate', 1])}&sort=-as_of`,
    `/api/claims?cursor=${b64([1, 1e300])}`,
    `/api/series?cursor=${b64([0, '1', 1])}`,
    `/api/claims?from=0000-01-01`,
    '/api/claims/%ff',
    '/api/claims/%ff/history',
  ]
  for (const url of urls) {
    it(`GET ${url}`, async () => {
      const res = await t.as(t.adminCookie, 'GET', url)
      expectClientError(res, url)
    })
  }
})

describe('writes with input the database cannot take', () => {
  it('NUL characters in any text field name the field', async () => {
    const res = await t.as(t.adminCookie, 'POST', '/api/articles', {
      text: 'Six people were killed.',
      title: 'a\u0000b',
    })
    expectClientError(res, 'title with NUL')
    expect(res.json().error.message).toContain('title')
  })

  it('year 0000 and integers beyond a column are 400', async () => {
    for (const payload of [
      { text: 'Two people were killed.', published: '0000-06-01' },
      { text: 'Two people were killed.', published: '2023-02-29' },
    ]) {
      const res = await t.as(t.adminCookie, 'POST', '/api/articles', payload)
      expectClientError(res, JSON.stringify(payload))
      expect(res.json().error.message).toContain('published')
    }
    const res = await t.as(t.adminCookie, 'PATCH', '/api/claims/1', { version: 3_000_000_000, who: 'people' })
    expectClientError(res, 'version beyond int4')
  })

  it('a malformed Origin header is refused, not a crash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: t.adminCookie, origin: 'not a url' },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('cross_site_request')
  })

  it('invalid UTF-8 in a JSON body is 400, not silently replaced', async () => {
    const body = Buffer.concat([
      Buffer.from('{"text":"Four people were killed in '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('."}'),
    ])
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
      payload: body,
    })
    expectClientError(res, 'invalid utf-8')
  })
})
