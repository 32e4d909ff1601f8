import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { suite } from '../helpers/suite.ts'
import { readXlsx } from './helpers.ts'

let viewer: string
const s = suite(
  { SCHEDULER: 'off', SAMPLE_DATA: 'on' },
  {
    setUp: async (s) => {
      viewer = await s.t.userWithRole('viewer')
    },
  },
)
const call = (method: string, url: string, cookie?: string, payload?: object) =>
  s.callAs(cookie, method, url, payload)

describe('live feeds', () => {
  it('serve CSV and xlsx without a login to whoever has the token; 404 otherwise and after revocation', async () => {
    const created = await call('POST', '/api/exports/feeds', s.cookie, {
      name: 'Killed, verified or not',
      tables: ['summary', 'claims'],
      filters: { metric: ['killed'] },
      hxl: true,
      bom: true,
    })
    expect(created.statusCode, created.body).toBe(201)
    const feed = created.json()
    expect(feed.token).toMatch(/^tfd_[\w-]{43}$/)
    expect(feed.urls.csv).toMatch(new RegExp(`/feeds/${feed.token}\\.csv$`))
    expect(feed.last_read_at).toBeNull()
    // Only the digest is stored.
    const [stored] = await s.t.app.database.rows<{ token_hash: string }>(
      sql`select token_hash from export_feeds where id = ${feed.id}`,
    )
    expect(stored.token_hash).not.toContain(feed.token)
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)

    const csv = await call('GET', `/feeds/${feed.token}.csv`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    const rows: string[][] = parse(csv.rawPayload, { bom: true })
    // .csv serves the first table (summary), with its HXL row, filtered to killed.
    expect(rows[0]).toContain('latest figure')
    expect(rows[1]).toContain('#affected+killed')
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.slice(2).every((r) => r[3] === 'killed')).toBe(true)

    const xlsx = await call('GET', `/feeds/${feed.token}.xlsx`)
    expect(xlsx.statusCode).toBe(200)
    const wb = await readXlsx(xlsx.rawPayload)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Series summary', 'Claims'])

    // HEAD answers with the headers only, runs no export and is not counted as a read.
    const head = await call('HEAD', `/feeds/${feed.token}.csv`)
    expect(head.statusCode).toBe(200)
    expect(head.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(head.body).toBe('')

    const listed = (await call('GET', '/api/exports/feeds', s.cookie)).json().items[0]
    expect(listed).toMatchObject({ id: feed.id, read_count: 2 })
    expect(Date.now() - Date.parse(listed.last_read_at)).toBeLessThan(60_000)
    expect(listed.token).toBeUndefined()

    for (const url of [
      '/feeds/x.csv',
      `/feeds/${feed.token}`,
      `/feeds/${feed.token}.pdf`,
      // One character changed (never to itself, so the URL always differs).
      `/feeds/${feed.token.slice(0, -1)}${feed.token.endsWith('A') ? 'B' : 'A'}.csv`,
    ]) {
      expect((await call('GET', url)).statusCode, url).toBe(404)
    }
    // A session does not open a feed without its token either.
    expect((await call('GET', '/feeds/tfd_nope.csv', s.cookie)).statusCode).toBe(404)

    const revoked = await call('POST', `/api/exports/feeds/${feed.id}/revoke`, s.cookie)
    expect(revoked.json().revoked_at).not.toBeNull()
    expect((await call('GET', `/feeds/${feed.token}.csv`)).statusCode).toBe(404)
    expect((await call('GET', `/feeds/${feed.token}.xlsx`)).statusCode).toBe(404)
  })

  it('can be renamed and re-filtered, keeping their URL, and deleted', async () => {
    const { id, token } = (await call('POST', '/api/exports/feeds', s.cookie, { name: 'All claims' })).json()
    const patched = await call('PATCH', `/api/exports/feeds/${id}`, s.cookie, {
      name: 'Displaced',
      filters: { metric: ['displaced'] },
    })
    expect(patched.json()).toMatchObject({
      name: 'Displaced',
      filters: { metric: ['displaced'] },
      tables: ['claims'],
    })
    const rows: string[][] = parse((await call('GET', `/feeds/${token}.csv`)).body)
    expect(rows.slice(1).every((r) => r[4] === 'displaced')).toBe(true)
    expect((await call('DELETE', `/api/exports/feeds/${id}`, s.cookie)).statusCode).toBe(204)
    expect((await call('GET', `/feeds/${token}.csv`)).statusCode).toBe(404)
  })
})

describe('access', () => {
  it('viewers download exports on demand; anonymous callers do not', async () => {
    for (const url of [
      '/api/exports/claims.csv',
      '/api/exports/summary.xlsx',
      '/api/exports/export.xlsx',
      '/api/exports/schedules',
    ]) {
      expect((await call('GET', url, viewer)).statusCode, url).toBe(200)
      expect((await call('GET', url)).statusCode, url).toBe(401)
    }
  })

  it('editors manage schedules and feeds; viewers may not', async () => {
    const schedule = { name: 'x', cron: '0 6 * * *', tables: ['claims'], format: 'csv' }
    expect((await call('POST', '/api/exports/schedules', viewer, schedule)).statusCode).toBe(403)
    expect((await call('POST', '/api/exports/feeds', viewer, { name: 'x' })).statusCode).toBe(403)
    expect((await call('GET', '/api/exports/feeds', viewer)).statusCode).toBe(403)
    const created = await call('POST', '/api/exports/schedules', s.cookie, schedule)
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    for (const [method, url] of [
      ['POST', `/api/exports/schedules/${id}/run`],
      ['POST', `/api/exports/schedules/${id}/pause`],
      ['DELETE', `/api/exports/schedules/${id}`],
    ]) {
      expect((await call(method, url, viewer)).statusCode, url).toBe(403)
    }
    expect((await call('GET', `/api/exports/schedules/${id}/runs`, viewer)).statusCode).toBe(200)
    expect((await call('POST', `/api/exports/schedules/${id}/run`, s.cookie)).statusCode).toBe(202)
    // Every change is in the audit trail.
    const [{ n }] = await s.t.app.database.rows<{ n: number }>(
      sql`select count(*)::int n from audit_log where entity in ('export_schedule', 'export_feed')`,
    )
    expect(n).toBeGreaterThan(3)
  })

  it('answers ETag and Last-Modified, 304 while nothing changed, and ?since= with the changed claims only', async () => {
    const created = await call('POST', '/api/exports/feeds', s.cookie, {
      name: 'All claims',
      tables: ['claims'],
    })
    const url = `/feeds/${created.json().token}.csv`
    const first = await call('GET', url)
    const etag = String(first.headers.etag)
    const lastModified = String(first.headers['last-modified'])
    expect(etag).toMatch(/^"f-/)
    expect(Date.parse(lastModified)).toBeGreaterThan(0)
    expect((await call('GET', url, undefined)).headers.etag).toBe(etag)
    const cond = (headers: Record<string, string>, u = url) => s.t.app.inject({ url: u, headers })
    expect((await cond({ 'if-none-match': etag })).statusCode).toBe(304)
    expect((await cond({ 'if-modified-since': lastModified })).statusCode).toBe(304)
    expect((await cond({ 'if-none-match': '"f-other"' })).statusCode).toBe(200)
    expect((await call('GET', `${url}?since=yesterday-ish`)).statusCode).toBe(400)

    // An edit moves the validators; ?since= then holds that claim alone.
    await new Promise((r) => setTimeout(r, 1100))
    const before = new Date().toISOString()
    const [claim] = (await call('GET', '/api/claims?limit=1', s.cookie)).json().items
    const edit = await call('POST', `/api/claims/${claim.id}/verify`, s.cookie, { version: claim.version })
    expect(edit.statusCode, edit.body).toBe(200)
    const after = await cond({ 'if-none-match': etag })
    expect(after.statusCode).toBe(200)
    expect(after.headers.etag).not.toBe(etag)
    expect((await cond({ 'if-modified-since': lastModified })).statusCode).toBe(200)
    const changed: string[][] = parse((await call('GET', `${url}?since=${before}`)).rawPayload, { bom: true })
    expect(changed).toHaveLength(2)
    expect(changed[1]).toContain(String(claim.id))
  })

  it('the feed route is the only public one', () => {
    const open = s.t.app
      .routeList()
      .filter(
        (r) => r.access === 'public' && (r.url.startsWith('/feeds') || r.url.startsWith('/api/exports')),
      )
    expect(open.map((r) => `${r.method} ${r.url}`).sort()).toEqual(['GET /feeds/:file', 'HEAD /feeds/:file'])
  })
})
