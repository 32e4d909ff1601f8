import type { AddressInfo } from 'node:net'
import { parse } from 'csv-parse/sync'
import { request } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../helpers/app.ts'

// The README's spreadsheet section, as the programs do it: Excel's From Web (Power Query) and Google's
// IMPORTDATA send one plain GET, no cookie, `Accept: */*`, no ETag or date to validate against, and
// read the CSV that comes back. Over a real socket, not inject, so headers are what goes on the wire.
let t: TestApp
let base: string
beforeAll(async () => {
  t = await startTestApp({ SCHEDULER: 'off' })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
}, 120_000)
afterAll(() => t?.close())

const CLIENTS = {
  'Power Query': 'Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)',
  'Google Sheets IMPORTDATA':
    'Mozilla/5.0 (compatible; GoogleDocs; apps-spreadsheets; +http://docs.google.com)',
}

describe('a live feed read by a spreadsheet', () => {
  it('answers a cookieless GET with Accept */* with a CSV the spreadsheet can parse', async () => {
    const ingest = await t.as(t.adminCookie, 'POST', '/api/articles', {
      title: 'Flooding in the delta',
      url: 'https://news.example/delta-floods',
      outlet: 'Example Wire',
      published: '2024-09-12',
      text: 'Floods have displaced more than 4,300 families in Sindh since Monday, the provincial disaster authority said.',
    })
    expect(ingest.statusCode, ingest.body).toBe(201)
    const created = await t.as(t.adminCookie, 'POST', '/api/exports/feeds', {
      name: 'Displacement',
      tables: ['claims'],
    })
    expect(created.statusCode, created.body).toBe(201)
    const path = new URL(created.json().urls.csv).pathname

    for (const [client, agent] of Object.entries(CLIENTS)) {
      const res = await request(`${base}${path}`, {
        method: 'GET',
        headers: { accept: '*/*', 'user-agent': agent, 'accept-encoding': 'gzip, deflate' },
      })
      const body = await res.body.text()
      expect(res.statusCode, `${client}: ${body.slice(0, 200)}`).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/)
      // No cookie is set or needed, and nothing asks the program to sign in.
      expect(res.headers['set-cookie']).toBeUndefined()
      expect(res.headers['www-authenticate']).toBeUndefined()
      const rows = parse(body, { columns: true, bom: true }) as Record<string, string>[]
      expect(rows.length, client).toBeGreaterThanOrEqual(1)
      const families = rows.find((r) => r.metric === 'displaced')
      expect(families, `${client}: ${Object.keys(rows[0])}`).toBeDefined()
      expect(families!.figure.replace(/\D/g, '')).toBe('4300')
    }

    // ?since= narrows what a refresh reads (the README's advice for Google's size cap).
    const later = await request(`${base}${path}?since=2999-01-01`, { headers: { accept: '*/*' } })
    const none = parse(await later.body.text(), { columns: true, bom: true })
    expect(later.statusCode).toBe(200)
    expect(none).toEqual([])
  }, 120_000)
})
