import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { answerCache, sharedReads } from '../api/series/store/cache.ts'
import { getSeriesDetail } from '../api/series/store/read.ts'
import { ADMIN, startTestApp, type TestApp } from './helpers/app.ts'

// Cached series answers must never outlive a write: every kind of write is made after the answer was
// read (and so cached), and the next read must show the change and equal a fresh computation.

type Quote = { claim_id: number; article_title: string | null; outlet: string | null; url: string | null }
type Point = {
  low: number
  claim_ids: number[]
  verified: boolean
  source_name: string
  as_of: string
  quotes: Quote[]
}
type Detail = { series: { id: number; title: string; pinned: boolean }; points: Point[] }

let t: TestApp
let editor: string
let first: number // Sindh, displaced since 1 June: two sources
let second: number // Sindh, displaced since 15 June
let article: number

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
  const texts = [
    [
      'Floods in Sindh have displaced 5,000 people since June 1, the provincial disaster authority said.',
      '2024-07-01',
    ],
    [
      'Floods in Sindh have displaced 7,500 people since June 1, according to the Indus Relief Watch.',
      '2024-07-08',
    ],
    [
      'Floods in Sindh have displaced 9,000 people since June 15, the provincial disaster authority said.',
      '2024-07-02',
    ],
  ]
  for (const [text, published] of texts) {
    const res = await send('POST', '/api/articles', {
      text,
      published,
      title: `Floods ${published}`,
      url: `https://news.example.org/${published}`,
      outlet: 'Example News',
    })
    expect(res.statusCode).toBe(201)
  }
  const { items } = (await get('/api/series?metric=displaced&place=Sindh')).json()
  first = items.find((s: { since_date: string }) => s.since_date === '2024-06-01').id
  second = items.find((s: { since_date: string }) => s.since_date === '2024-06-15').id
  article = (await read(first)).points.find((p) => p.low === 7500)!.quotes[0].claim_id
  article = (await get(`/api/claims/${article}`)).json().article_id
})
afterAll(() => t?.close())

function send(method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, cookie = editor) {
  return t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
}
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { cookie: editor, ...headers } })

async function read(id: number): Promise<Detail> {
  const res = await get(`/api/series/${id}`)
  expect(res.statusCode).toBe(200)
  return res.json()
}

/** What the answer must be now, computed without any cache. */
async function fresh(id: number) {
  return JSON.parse(JSON.stringify(await getSeriesDetail(t.app.db, id)))
}

/** Reads (and so caches) the series, writes, and proves the next read is the new, fresh answer. */
async function afterWrite(ids: number[], write: () => Promise<unknown>) {
  const before = await Promise.all(ids.map(async (id) => (await get(`/api/series/${id}`)).headers.etag))
  for (const id of ids) await read(id) // a second read, served from the cache
  await write()
  const after: Detail[] = []
  for (const [i, id] of ids.entries()) {
    const res = await get(`/api/series/${id}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers.etag).not.toBe(before[i])
    expect(res.json()).toEqual(await fresh(id))
    after.push(res.json())
  }
  return after
}

const claimOf = async (id: number, low: number) => (await read(id)).points.find((p) => p.low === low)!

describe('cached series answers after each kind of write', () => {
  it('shows an edited figure', async () => {
    const id = (await claimOf(first, 5000)).claim_ids[0]
    const { version } = (await get(`/api/claims/${id}`)).json()
    const [s] = await afterWrite([first], async () =>
      expect((await send('PATCH', `/api/claims/${id}`, { version, low: 5200, high: 5200 })).statusCode).toBe(
        200,
      ),
    )
    expect(s.points.map((p) => p.low)).toContain(5200)
  })

  it('shows a verified, a rejected and a reopened claim', async () => {
    const id = (await claimOf(first, 7500)).claim_ids[0]
    const version = async () =>
      (await t.app.inject({ url: `/api/claims/${id}`, headers: { cookie: editor } })).json().version
    const [verified] = await afterWrite([first], async () =>
      send('POST', `/api/claims/${id}/verify`, { version: await version() }),
    )
    expect(verified.points.find((p) => p.low === 7500)?.verified).toBe(true)
    const [rejected] = await afterWrite([first], async () =>
      send('POST', `/api/claims/${id}/reject`, { version: await version() }),
    )
    expect(rejected.points.some((p) => p.low === 7500)).toBe(false)
    const [reopened] = await afterWrite([first], async () =>
      send('POST', '/api/claims/review', { claims: [{ id, version: await version() }], status: 'pending' }),
    )
    expect(reopened.points.some((p) => p.low === 7500)).toBe(true)
  })

  it('shows a claim added by hand', async () => {
    const [s] = await afterWrite([first], async () => {
      const created = await send('POST', '/api/claims', {
        metric: 'displaced',
        low: 8000,
        qualifier: 'exact',
        quote: '8,000 people displaced in Sindh',
        citation: 'Radio report, 10 July 2024',
        location: 'Sindh',
        country: 'PAK',
        since: 'June 1',
        since_date: '2024-06-01',
        as_of: '2024-07-10',
      })
      expect(created.statusCode).toBe(201)
      if (created.json().series_id !== first)
        await send('POST', `/api/claims/${created.json().id}/move`, {
          series_id: first,
        })
    })
    expect(s.points.map((p) => p.low)).toContain(8000)
  })

  it('shows a claim moved out of one series and into another, and the move undone', async () => {
    const id = (await claimOf(first, 8000)).claim_ids[0]
    const [from, to] = await afterWrite([first, second], () =>
      send('POST', `/api/claims/${id}/move`, { series_id: second }),
    )
    expect(from.points.some((p) => p.claim_ids.includes(id))).toBe(false)
    expect(to.points.some((p) => p.claim_ids.includes(id))).toBe(true)
    const op = (await get(`/api/series/${second}/history`)).json().items[0]
    const [back] = await afterWrite([first, second], () =>
      send('POST', `/api/series/operations/${op.id}/undo`),
    )
    expect(back.points.some((p) => p.claim_ids.includes(id))).toBe(true)
  })

  it('answers 404 for a merged series, and again once the merge is undone', async () => {
    await read(second)
    const [into] = await afterWrite([first], () =>
      send('POST', `/api/series/${second}/merge`, { into: first }),
    )
    expect(into.points.map((p) => p.low)).toContain(9000)
    const gone = await get(`/api/series/${second}`)
    expect(gone.statusCode).toBe(404)
    expect(gone.json().error.code).toBe('merged')
    const op = (await get(`/api/series/${first}/history`)).json().items[0]
    expect(op.action).toBe('merge')
    const [left] = await afterWrite([first], () => send('POST', `/api/series/operations/${op.id}/undo`))
    expect(left.points.map((p) => p.low)).not.toContain(9000)
    expect((await read(second)).points.map((p) => p.low)).toContain(9000)
  })

  it('shows a split', async () => {
    const id = (await claimOf(first, 8000)).claim_ids[0]
    const [s] = await afterWrite([first], async () =>
      expect((await send('POST', `/api/series/${first}/split`, { claim_ids: [id] })).statusCode).toBe(201),
    )
    expect(s.points.map((p) => p.low)).not.toContain(8000)
  })

  it('shows a rename and a pin, and their undo', async () => {
    const [s] = await afterWrite([first], () =>
      send('PATCH', `/api/series/${first}`, { title: 'Sindh floods', pinned: true }),
    )
    expect(s.series).toMatchObject({ title: 'Sindh floods', pinned: true })
    const op = (await get(`/api/series/${first}/history`)).json().items[0]
    const [undone] = await afterWrite([first], () => send('POST', `/api/series/operations/${op.id}/undo`))
    expect(undone.series).toMatchObject({ pinned: false })
    expect(undone.series.title).not.toBe('Sindh floods')
  })

  it('shows a source re-attributed by a new alias, and by its removal', async () => {
    const name = async () => (await claimOf(first, 7500)).source_name
    expect(await name()).toMatch(/Indus Relief Watch/i)
    let created: { id: number } = { id: 0 }
    await afterWrite([first], async () => {
      const res = await send(
        'POST',
        '/api/sources',
        { name: 'Sindh Flood Monitor', kind: 'monitor', aliases: ['Indus Relief Watch'] },
        t.adminCookie,
      )
      expect(res.statusCode).toBe(201)
      created = res.json()
    })
    expect(await name()).toBe('Sindh Flood Monitor')
    await afterWrite([first], async () => {
      const aliases = (await get('/api/sources?q=Sindh Flood')).json().items[0].aliases
      const alias = aliases.find((a: { alias: string }) => a.alias === 'Indus Relief Watch')
      expect(
        (await send('POST', `/api/sources/${created.id}/aliases`, { alias: 'IRW' }, t.adminCookie))
          .statusCode,
      ).toBe(201)
      expect(
        (await send('DELETE', `/api/sources/aliases/${alias.id}`, undefined, t.adminCookie)).statusCode,
      ).toBe(200)
    })
    expect(await name()).toMatch(/Indus Relief Watch/i)
  })

  it("shows an article's new title, URL, outlet and date", async () => {
    const [s] = await afterWrite([first], async () => {
      const res = await send('PATCH', `/api/articles/${article}`, {
        title: 'Sindh floods, updated',
        url: 'https://other.example.org/sindh',
        outlet: 'Other Wire',
        published: '2024-07-09',
      })
      expect(res.statusCode).toBe(200)
    })
    const quote = s.points.flatMap((p) => p.quotes).find((q) => q.article_title === 'Sindh floods, updated')
    expect(quote).toMatchObject({ url: 'https://other.example.org/sindh', outlet: 'Other Wire' })
  })

  it('shows a write made behind its back, as another server on the same database would', async () => {
    const [s] = await afterWrite([first], () =>
      t.app.db.execute(
        sql`update series set title = 'Written elsewhere', version = version + 1 where id = ${first}`,
      ),
    )
    expect(s.series.title).toBe('Written elsewhere')
  })

  it.runIf(process.env.TEST_DATABASE_URL)(
    'shows what another Tally server on the database wrote',
    async () => {
      const other: FastifyInstance = await buildServer(
        loadConfig({
          DATABASE_URL: t.databaseUrl,
          SAMPLE_DATA: 'off',
          SCHEDULER: 'off',
          LOG_LEVEL: 'silent',
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
        }),
      )
      try {
        const [s] = await afterWrite([first], () =>
          other.inject({
            method: 'PATCH',
            url: `/api/series/${first}`,
            headers: { cookie: editor },
            payload: { title: 'Renamed on the other server' },
          }),
        )
        expect(s.series.title).toBe('Renamed on the other server')
      } finally {
        await other.close()
      }
    },
  )

  it('lists series and topics with their new titles', async () => {
    const list = async () => (await get('/api/series?metric=displaced&place=Sindh')).json().items
    const topics = async () =>
      (await get('/api/topics?metric=displaced&place=Sindh'))
        .json()
        .items.flatMap((x: { series: [] }) => x.series)
    await list()
    await topics()
    await send('PATCH', `/api/series/${first}`, { title: 'Listed anew' })
    expect((await list()).find((s: { id: number }) => s.id === first).title).toBe('Listed anew')
    expect((await topics()).find((s: { id: number }) => s.id === first).title).toBe('Listed anew')
  })
})

describe('validators', () => {
  it('answers 304 to a client that holds the current answer, and 200 once it changed', async () => {
    const url = `/api/series/${first}`
    const { etag } = (await get(url)).headers as { etag: string }
    expect(etag).toMatch(new RegExp(`^"${first}-\\d+-[\\w-]+"$`))
    for (const held of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get(url, { 'if-none-match': held })
      expect(res.statusCode, held).toBe(304)
      expect(res.body).toBe('')
      expect(res.headers.etag).toBe(etag)
    }
    expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200)
    await send('PATCH', url, { pinned: true })
    const changed = await get(url, { 'if-none-match': etag })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    expect(changed.json().series.pinned).toBe(true)
  })

  it('keeps answers with other parameters apart', async () => {
    const a = await get(`/api/series/${first}?window_days=7`)
    const b = await get(`/api/series/${first}?window_days=0`)
    expect(a.headers.etag).not.toBe(b.headers.etag)
    expect(b.json()).toEqual(JSON.parse(JSON.stringify(await getSeriesDetail(t.app.db, first, 0))))
    expect(a.headers['cache-control']).toBe('private, no-cache')
  })

  it('answers 304 for an unchanged series or topic list', async () => {
    for (const url of ['/api/series?metric=displaced', '/api/topics?metric=displaced']) {
      const { etag } = (await get(url)).headers as { etag: string }
      expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304)
      expect((await get(`${url}&limit=1`, { 'if-none-match': etag })).statusCode).toBe(200)
    }
  })

  it('still answers 404 for a series that does not exist', async () => {
    expect((await get('/api/series/999999')).statusCode).toBe(404)
  })
})

describe('the cache and its shared reads', () => {
  it('computes an answer once for concurrent misses, and again at a new version', async () => {
    const cache = answerCache()
    let computed = 0
    const compute = async () => Buffer.from(`answer ${++computed}`)
    const [a, b] = await Promise.all([cache.get('k', 1, compute), cache.get('k', 1, compute)])
    expect([a.toString(), b.toString(), computed]).toEqual(['answer 1', 'answer 1', 1])
    expect((await cache.get('k', 1, compute)).toString()).toBe('answer 1')
    expect((await cache.get('k', 2, compute)).toString()).toBe('answer 2')
  })

  it('shares a validator read only with requests that arrived before it was sent', async () => {
    const reads = sharedReads<number>()
    let sent = 0
    let release = () => {}
    const gate = new Promise<void>((r) => {
      release = r
    })
    const read = async () => {
      const mine = ++sent
      await gate
      return mine
    }
    const arrived = performance.now()
    const first = reads('k', arrived, read)
    const sameTime = reads('k', arrived, read)
    const afterItWasSent = reads('k', performance.now() + 1, read)
    release()
    expect(await Promise.all([first, sameTime, afterItWasSent])).toEqual([1, 1, 2])
    expect(await reads('k', 0, read)).toBe(3)
  })
})

describe('API token last use', () => {
  it('is written on first use and at most once a minute after', async () => {
    const created = await send('POST', '/api/tokens', { name: 'cache test' }, t.adminCookie)
    const { token, id } = created.json()
    const lastUsed = async () => {
      const items = (await t.app.inject({ url: '/api/tokens', headers: { cookie: t.adminCookie } })).json()
        .items
      return items.find((x: { id: number }) => x.id === id).last_used_at
    }
    const bearer = { authorization: `Bearer ${token}` }
    expect(await lastUsed()).toBeNull()
    expect((await t.app.inject({ url: `/api/series/${first}`, headers: bearer })).statusCode).toBe(200)
    const once = await lastUsed()
    expect(once).not.toBeNull()
    expect((await t.app.inject({ url: `/api/series/${first}`, headers: bearer })).statusCode).toBe(200)
    expect(await lastUsed()).toEqual(once)
    await t.app.db.execute(
      sql`update api_tokens set last_used_at = now() - interval '2 minutes' where id = ${id}`,
    )
    const old = await lastUsed()
    expect((await t.app.inject({ url: `/api/series/${first}`, headers: bearer })).statusCode).toBe(200)
    expect(new Date(await lastUsed()).getTime()).toBeGreaterThan(new Date(old).getTime())
  })
})
