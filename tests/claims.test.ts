import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
let editor: string
let viewer: string
let articleId: number

const TEXT = `KHARTOUM (Tally Wire) - Shelling killed at least 27 civilians and wounded 80 others in Omdurman on Monday, medics said.
Separately, the UN said more than 150,000 people had fled El Fasher since April.`

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
  viewer = await t.userWithRole('viewer')
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: { cookie: editor },
    payload: { text: TEXT, published: '2024-06-12', outlet: { name: 'Tally Wire', domain: 'wire.example' } },
  })
  articleId = res.json().article.id
})
afterAll(() => t.close())

const get = (url: string, cookie = viewer) => t.app.inject({ url, headers: { cookie } })
const send = (method: 'POST' | 'PATCH', url: string, payload: object, cookie = editor) =>
  t.app.inject({ method, url, headers: { cookie }, payload })

describe('claims API', () => {
  it('lists extracted claims with filters', async () => {
    const all = (await get(`/api/claims?article_id=${articleId}`)).json()
    expect(all.items.length).toBeGreaterThanOrEqual(2)
    for (const c of all.items) {
      expect(TEXT.slice(c.start, c.end)).toBe(c.quote)
      expect(c).toMatchObject({ origin: 'extracted', status: 'pending', outlet: 'Tally Wire' })
    }
    const killed = (await get(`/api/claims?article_id=${articleId}&metric=killed`)).json()
    expect(killed.items.every((c: { metric: string }) => c.metric === 'killed')).toBe(true)
    expect(killed.items.length).toBeGreaterThan(0)
    expect((await get('/api/claims?metric=killed,bogus')).statusCode).toBe(400)
    expect((await get('/api/claims?outlet=nobody-publishes-this')).json().items).toEqual([])
    expect((await get('/api/claims?q=100%25')).json().items).toEqual([])
  })

  it('pages through claims with a cursor, without repeats', async () => {
    for (let i = 0; i < 5; i++) {
      await send('POST', '/api/claims', {
        metric: 'missing',
        low: 10 + i,
        qualifier: 'exact',
        quote: `${10 + i} people missing`,
        citation: `phone call ${i}`,
      })
    }
    for (const sort of ['-id', 'id', 'confidence', '-as_of']) {
      const seen: number[] = []
      let cursor: string | null = null
      do {
        const page: { items: { id: number }[]; next_cursor: string | null } = (
          await get(`/api/claims?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`)
        ).json()
        seen.push(...page.items.map((c) => c.id))
        cursor = page.next_cursor
      } while (cursor)
      const total = (await get('/api/claims?limit=500')).json().items.length
      expect(new Set(seen).size, sort).toBe(seen.length)
      expect(seen.length, sort).toBe(total)
    }
    expect((await get('/api/claims?cursor=garbage')).statusCode).toBe(400)
  })

  it('gets one claim with its article', async () => {
    const [first] = (await get(`/api/claims?article_id=${articleId}&sort=id`)).json().items
    const res = await get(`/api/claims/${first.id}`)
    expect(res.json()).toMatchObject({ id: first.id, article: { id: articleId, outlet: 'Tally Wire' } })
    expect((await get('/api/claims/999999')).statusCode).toBe(404)
  })

  it('creates a claim by hand only with an article quote or a citation', async () => {
    const noCite = await send('POST', '/api/claims', {
      metric: 'killed',
      low: 5,
      qualifier: 'exact',
      quote: 'five killed',
    })
    expect(noCite.statusCode).toBe(400)
    expect(noCite.json().error.message).toContain('citation')
    const wrongQuote = await send('POST', '/api/claims', {
      metric: 'killed',
      low: 5,
      qualifier: 'exact',
      quote: 'not in the text',
      article_id: articleId,
    })
    expect(wrongQuote.statusCode).toBe(400)
    expect(wrongQuote.json().error.details[0].field).toBe('body.quote')
    const ok = await send('POST', '/api/claims', {
      metric: 'injured',
      low: 80,
      qualifier: 'exact',
      quote: 'wounded 80 others',
      who: 'civilians',
      article_id: articleId,
    })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ origin: 'manual', high: 80, start: TEXT.indexOf('wounded 80 others') })
    const badFigure = await send('POST', '/api/claims', {
      metric: 'killed',
      low: 9,
      high: 3,
      qualifier: 'range',
      quote: 'x',
      citation: 'c',
    })
    expect(badFigure.statusCode).toBe(400)
    expect(badFigure.json().error.message).toContain('high')
  })

  it('edits with a version check, so no edit silently overwrites another', async () => {
    const [claim] = (await get(`/api/claims?article_id=${articleId}&sort=id`)).json().items
    const first = await send('PATCH', `/api/claims/${claim.id}`, {
      version: claim.version,
      who: 'sudanese civilians',
    })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ who: 'sudanese civilians', version: claim.version + 1 })
    const stale = await send('PATCH', `/api/claims/${claim.id}`, { version: claim.version, who: 'people' })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error.details.current.who).toBe('sudanese civilians')
    const badField = await send('PATCH', `/api/claims/${claim.id}`, {
      version: claim.version + 1,
      low: 'many',
    })
    expect(badField.statusCode).toBe(400)
    expect(badField.json().error.details[0].field).toBe('body.low')
    expect((await get(`/api/claims/${claim.id}`)).json().who).toBe('sudanese civilians')
  })

  it('verifies, rejects and keeps the whole history', async () => {
    const items = (await get(`/api/claims?article_id=${articleId}&sort=id`)).json().items
    const verified = await send('POST', `/api/claims/${items[0].id}/verify`, {
      version: items[0].version,
      note: 'checked with medics',
    })
    expect(verified.json().status).toBe('verified')
    const rejected = await send('POST', `/api/claims/${items[1].id}/reject`, { version: items[1].version })
    expect(rejected.json().status).toBe('rejected')
    const bulk = await send('POST', '/api/claims/review', {
      claims: [verified.json(), rejected.json()].map((c) => ({ id: c.id, version: c.version })),
      status: 'verified',
    })
    expect(bulk.json().items.map((c: { status: string }) => c.status)).toEqual(['verified', 'verified'])

    const history = (await get(`/api/claims/${items[0].id}/history`)).json().items
    expect(history.map((h: { action: string }) => h.action)).toEqual(['edit', 'verify'])
    expect(history[0]).toMatchObject({
      before: { who: expect.any(String) },
      after: { who: 'sudanese civilians' },
    })
    expect(history[1]).toMatchObject({
      note: 'checked with medics',
      actor: expect.stringContaining('editor'),
    })
    const second = (await get(`/api/claims/${items[1].id}/history`)).json().items
    expect(second.map((h: { action: string }) => h.action)).toEqual(['reject', 'verify'])
  })

  it('refuses a review mark made on a version that has changed since (409), single or bulk', async () => {
    const [claim] = (await get(`/api/claims?article_id=${articleId}&sort=id`)).json().items
    const read = claim.version
    const edited = await send('PATCH', `/api/claims/${claim.id}`, { version: read, low: 9999, high: 9999 })
    expect(edited.statusCode).toBe(200)
    const stale = await send('POST', `/api/claims/${claim.id}/verify`, { version: read })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error.code).toBe('version_conflict')
    expect(stale.json().error.details.current[0]).toMatchObject({ id: claim.id, low: 9999 })
    const staleBulk = await send('POST', '/api/claims/review', {
      claims: [{ id: claim.id, version: read }],
      status: 'rejected',
    })
    expect(staleBulk.statusCode).toBe(409)
    const after = (await get(`/api/claims/${claim.id}`)).json()
    expect(after.version).toBe(edited.json().version)
    expect(after.status).toBe(edited.json().status)
    const missing = await send('POST', `/api/claims/${claim.id}/verify`, {})
    expect(missing.statusCode).toBe(400)
    const fresh = await send('POST', `/api/claims/${claim.id}/reject`, { version: after.version })
    expect(fresh.json()).toMatchObject({ status: 'rejected', low: 9999, version: after.version + 1 })
  })

  it('lets a viewer read but not write', async () => {
    expect((await get('/api/claims')).statusCode).toBe(200)
    const res = await send(
      'POST',
      '/api/claims',
      { metric: 'killed', low: 1, qualifier: 'exact', quote: 'one killed', citation: 'x' },
      viewer,
    )
    expect(res.statusCode).toBe(403)
  })
})
