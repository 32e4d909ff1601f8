import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// Random and mutated bodies to every write route: the answer is always 2xx or 4xx, never 5xx, and
// the database stays consistent afterwards.
let t: TestApp
let articleId: number
let claimId: number
let seriesId: number

const VALID: Record<string, () => unknown> = {
  'POST /api/articles': () => ({
    text: 'Shelling killed 12 civilians in Kharkiv on Monday, officials said.',
    published: '2024-01-02',
  }),
  'POST /api/articles/batch': () => ({
    articles: [{ text: 'Floods displaced 3,000 families in Sindh, officials said.' }],
  }),
  'PATCH /api/articles/:id': () => ({ title: 'A title', published: '2024-01-03' }),
  'POST /api/claims': () => ({
    metric: 'killed',
    low: 3,
    qualifier: 'exact',
    quote: 'killed 12 civilians',
    article_id: articleId,
  }),
  'PATCH /api/claims/:id': () => ({ version: 1, who: 'civilians' }),
  'POST /api/claims/review': () => ({ claims: [{ id: claimId, version: 1 }], status: 'verified' }),
  'POST /api/claims/:id/move': () => ({ series_id: seriesId }),
  'PATCH /api/series/:id': () => ({ title: 'Renamed' }),
  'POST /api/series/:id/split': () => ({ claim_ids: [claimId] }),
  'POST /api/users': () => ({ email: 'fuzz@tally.test', password: 'fuzz-password-1', role: 'viewer' }),
}

// Values JSON Schema lets through but PostgreSQL or Node refuse: NUL characters, integers beyond a
// column, year 0, a date that does not exist, a cursor this API never issued.
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
const HOSTILE = [
  'a\u0000b',
  '\u0000',
  1e20,
  3_000_000_000,
  -1,
  1e300,
  '0000-01-01',
  '2023-02-30',
  'javascript:alert(1)',
  b64(['abc', 1]),
  b64(['notadate', 1]),
  b64([0, '1', 1e300]),
]
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string().map((s) => `${s}\u0000${s}`),
)

function mutate(valid: unknown) {
  const keys = Object.keys((valid as object) ?? {})
  const oneFieldWrong = keys.length
    ? [
        fc.constantFrom(...keys).chain((k) => fc.anything().map((v) => ({ ...(valid as object), [k]: v }))),
        fc.constantFrom(...keys).chain((k) => hostile.map((v) => ({ ...(valid as object), [k]: v }))),
      ]
    : []
  return fc.oneof(
    fc.anything(),
    fc.object(),
    fc.dictionary(
      fc.constantFrom(
        'text',
        'low',
        'high',
        'metric',
        'quote',
        'version',
        'ids',
        'title',
        'published',
        'url',
        'article_id',
      ),
      fc.anything(),
    ),
    fc
      .record({ key: fc.string(), value: fc.anything() })
      .map(({ key, value }) =>
        typeof valid === 'object' && valid ? { ...(valid as object), [key]: value } : value,
      ),
    ...oneFieldWrong,
  )
}

beforeAll(async () => {
  t = await startTestApp()
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: { cookie: t.adminCookie },
    payload: VALID['POST /api/articles']() as object,
  })
  articleId = res.json().article.id
  const claims = (
    await t.app.inject({ url: `/api/claims?article_id=${articleId}`, headers: { cookie: t.adminCookie } })
  ).json().items
  claimId = claims[0].id
  seriesId = claims[0].series_id
})
afterAll(() => t.close())

describe('every write route under random input', () => {
  it('never answers 5xx', async () => {
    const routes = t.app
      .routeList()
      .filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) && r.url.startsWith('/api/'))
    expect(routes.length).toBeGreaterThan(10)
    for (const r of routes) {
      const key = `${r.method} ${r.url}`
      const valid = VALID[key]?.() ?? {}
      await fc.assert(
        fc.asyncProperty(
          mutate(valid),
          fc.constantFrom('1', String(claimId), '999999', 'abc', '-1'),
          async (body, id) => {
            const url = r.url.replace(':id', r.url.startsWith('/api/series/operations') ? '999999' : id)
            const res = await t.app.inject({
              method: r.method as 'POST',
              url,
              headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
              payload: JSON.stringify(body) ?? 'null',
            })
            expect(
              res.statusCode,
              `${key} ${url} ${JSON.stringify(body)?.slice(0, 200)} -> ${res.body.slice(0, 300)}`,
            ).toBeLessThan(500)
          },
        ),
        { numRuns: 25, seed: 20261121 },
      )
    }
  }, 300_000)

  it('never answers 5xx when any one field of a valid body holds a hostile value', async () => {
    const routes = t.app
      .routeList()
      .filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) && r.url.startsWith('/api/'))
    let sent = 0
    for (const r of routes) {
      const valid = VALID[`${r.method} ${r.url}`]?.() as Record<string, unknown> | undefined
      if (!valid) continue
      for (const key of Object.keys(valid)) {
        for (const value of HOSTILE) {
          const body = { ...valid, [key]: value }
          const url = r.url.replace(':id', String(r.url.includes('/series/') ? seriesId : claimId))
          const res = await t.app.inject({
            method: r.method as 'POST',
            url,
            headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          })
          sent++
          expect(
            res.statusCode,
            `${r.method} ${url} ${key}=${JSON.stringify(value)} -> ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500)
        }
      }
    }
    expect(sent).toBeGreaterThan(100)
  }, 300_000)

  it('never answers 5xx to hostile query strings and path parameters on any route', async () => {
    // Every parameter of every route, as the OpenAPI document generated from the routes' schemas has it.
    type Param = { name: string; in: string; schema?: { type?: string; format?: string } }
    const doc = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: Param[] }>> }
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        path,
        method: method.toUpperCase(),
        params: op.parameters ?? [],
      })),
    )
    expect(operations.length).toBeGreaterThan(40)
    const raw = fc.oneof(
      hostile.map((v) => encodeURIComponent(String(v))),
      fc.constantFrom('%ff', '%c3%28', '%00', '99999999999999999999', 'abc', '', '1'),
      fc.string().map(encodeURIComponent),
    )
    let sent = 0
    for (const op of operations) {
      if (!op.path.startsWith('/api/') && !op.path.startsWith('/feeds/')) continue
      const names = op.params.filter((p) => p.in === 'query' || p.in === 'path')
      if (names.length === 0 && !op.path.includes('{')) continue
      await fc.assert(
        fc.asyncProperty(
          fc.array(raw, { minLength: names.length, maxLength: names.length }),
          async (values) => {
            let url = op.path
            const query: string[] = []
            names.forEach((p, i) => {
              if (p.in === 'path') url = url.replace(`{${p.name}}`, values[i] ?? '1')
              else if (values[i] !== '') query.push(`${p.name}=${values[i]}`)
            })
            url = url.replace(/\{\w+\}/g, '1')
            if (query.length) url += `?${query.join('&')}`
            const res = await t.app.inject({
              method: op.method as 'GET',
              url,
              headers: { cookie: t.adminCookie, 'content-type': 'application/json' },
              payload: op.method === 'GET' || op.method === 'DELETE' ? undefined : '{}',
            })
            sent++
            const what = `${op.method} ${url} -> ${res.body.slice(0, 300)}`
            expect(res.statusCode, what).toBeLessThan(500)
            if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
              const body = res.json()
              expect(typeof body.error?.code, what).toBe('string')
              expect(typeof body.error?.message, what).toBe('string')
            }
          },
        ),
        { numRuns: 15, seed: 20261205 },
      )
    }
    expect(sent).toBeGreaterThan(300)
  }, 300_000)

  it('leaves the database consistent', async () => {
    const rows = await t.app.database.rows<{ quote: string; start: number; end: number; text: string }>(
      sql`select c.quote, c.quote_start as start, c.quote_end as end, a.text from claims c join articles a on a.id = c.article_id`,
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.text.slice(r.start, r.end)).toBe(r.quote)
    const orphans = await t.app.database.rows(
      sql`select id from claims where article_id is null and citation is null`,
    )
    expect(orphans).toEqual([])
    const lost = await t.app.database.rows(
      sql`select c.id from claims c left join series s on s.id = c.series_id where c.series_id is not null and s.id is null`,
    )
    expect(lost).toEqual([])
  })
})
