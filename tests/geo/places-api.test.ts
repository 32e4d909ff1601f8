// Places through the real HTTP layer and database: claims store their resolved place, the filters pick
// a country then a division, the map gives a bubble per place, exports carry codes and coordinates, and
// claims stored before the gazetteer are back-filled.
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf } from '../../api/db/sql.ts'
import { backfillPlaces } from '../../api/geo/store/backfill.ts'
import articles from '../../api/sample-data/articles.json' with { type: 'json' }
import { startTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
let editor: string
const get = (url: string) => t.as(editor, 'GET', url)

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
  for (const a of articles) {
    const res = await t.as(editor, 'POST', '/api/articles', a)
    expect(res.statusCode, res.body).toBeLessThan(300)
  }
  // Figures typed by hand: a town in Ukraine, and a name two countries share with nothing to decide it.
  for (const [location, low] of [
    ['Kharkiv', 7],
    ['Tripoli', 4],
  ] as const) {
    const res = await t.as(editor, 'POST', '/api/claims', {
      metric: 'killed',
      low,
      qualifier: 'exact',
      quote: `${low} killed`,
      citation: 'call',
      location,
    })
    expect(res.statusCode, res.body).toBe(201)
  }
}, 120_000)
afterAll(() => t.close())

describe('places', () => {
  it('stores each claim’s place with codes, coordinates and precision', async () => {
    const { items } = (await get('/api/claims?limit=500')).json()
    expect(items.length).toBeGreaterThan(10)
    const list = await rowsOf<Record<string, unknown>>(
      t.app.db,
      sql`select location, geo_country, geo_adm1, geo_site_id, geo_lat, geo_precision from claims`,
    )
    const byPlace = (loc: string) => list.filter((r) => r.location === loc)
    for (const r of byPlace('Idlib'))
      expect(r).toMatchObject({ geo_country: 'SYR', geo_adm1: 'SY-ID', geo_precision: 'province' })
    for (const r of byPlace('Khan Sheikhun'))
      expect(r).toMatchObject({ geo_adm1: 'SY-ID', geo_precision: 'town' })
    expect(byPlace('Khan Sheikhun').length).toBeGreaterThan(0)
    expect(byPlace('Kharkiv')[0]).toMatchObject({ geo_country: 'UKR', geo_adm1: 'UA-63' })
    expect(byPlace('Tripoli')[0]).toMatchObject({
      geo_country: null,
      geo_precision: 'unknown',
      geo_lat: null,
    })
  })

  it('lists the countries, then divisions, that have figures', async () => {
    const res = await get('/api/places')
    expect(res.statusCode).toBe(200)
    const { items } = res.json()
    const syria = items.find((c: { code: string }) => c.code === 'SYR')
    expect(syria).toMatchObject({ name: 'Syria' })
    expect(syria.divisions.map((d: { code: string }) => d.code)).toContain('SY-ID')
    expect(items.map((c: { code: string }) => c.code)).toContain('UKR')
    expect(items.map((c: { code: string }) => c.code)).not.toContain('LBY')
  })

  it('filters claims by division, and a country filter holds its divisions’ claims', async () => {
    const idlib = (await get('/api/claims?adm1=SY-ID&limit=500')).json().items
    const syria = (await get('/api/claims?country=SYR&limit=500')).json().items
    expect(idlib.length).toBeGreaterThan(0)
    const syriaIds = new Set(syria.map((c: { id: number }) => c.id))
    for (const c of idlib) expect(syriaIds.has(c.id)).toBe(true)
    expect(syria.length).toBeGreaterThan(idlib.length)
    expect((await get('/api/claims?adm1=UA-63')).json().items).toHaveLength(1)
    const bad = await get('/api/claims?adm1=Idlib%20province')
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('adm1')
  })

  it('gives the map one bubble per place with its latest figure and series', async () => {
    const res = await get('/api/places/map?metric=killed')
    expect(res.statusCode).toBe(200)
    const { items } = res.json()
    const keys = items.map((p: { key: string }) => p.key)
    expect(new Set(keys).size).toBe(keys.length)
    const idlib = items.find((p: { key: string }) => p.key === 'SY-ID')
    expect(idlib).toMatchObject({ country: 'SYR', precision: 'province' })
    expect(idlib.series_id).toBeTypeOf('number')
    expect(items.find((p: { key: string }) => p.key === 'Tripoli')).toBeUndefined()
    expect((await get('/api/places/map?metric=bogus')).statusCode).toBe(400)
  })

  it("gives a series' own map: only the places of its figures", async () => {
    const all = (await get('/api/places/map?metric=killed')).json().items as Array<{
      key: string
      series_id: number | null
    }>
    const idlib = all.find((p) => p.key === 'SY-ID')
    const mine = (await get(`/api/places/map?metric=killed&series_id=${idlib?.series_id}`)).json()
      .items as Array<{
      key: string
      series_id: number
    }>
    expect(mine.map((p) => p.key)).toContain('SY-ID')
    for (const p of mine) expect(p.series_id).toBe(idlib?.series_id)
    expect(mine.length).toBeLessThan(all.length)
    expect((await get('/api/places/map?metric=killed&series_id=0')).statusCode).toBe(400)
  })

  it('exports every Syrian claim with codes and coordinates in HXL columns', async () => {
    const res = await get('/api/exports/claims.csv?country=SYR&hxl=true&status=pending,verified,rejected')
    expect(res.statusCode).toBe(200)
    const [header, tags, ...rows] = parse(res.body.replace(/^\uFEFF/, '')) as string[][]
    for (const tag of ['#country+code', '#adm1+code', '#loc+name', '#geo+lat', '#geo+lon', '#meta+precision'])
      expect(tags).toContain(tag)
    const col = (tag: string) => (tags ?? []).indexOf(tag)
    const idCol = (header ?? []).indexOf('claim id')
    const syrian = await rowsOf<{ id: number }>(
      t.app.db,
      sql`select id::int id from claims where geo_country = 'SYR'`,
    )
    const ids = syrian.map((r) => String(r.id))
    expect(ids.length).toBeGreaterThan(0)
    expect(rows.map((r) => r[idCol]).sort()).toEqual(ids.sort())
    for (const r of rows) {
      expect(r[col('#country+code')]).toBe('SYR')
      expect(Number(r[col('#geo+lat')])).toBeGreaterThan(32)
      if (r[col('#meta+precision')] !== 'country') expect(r[col('#adm1+code')]).toMatch(/^SY-/)
    }
  })

  it('back-fills claims stored before places were resolved', async () => {
    await t.app.db.execute(sql`update claims set geo_country = null, geo_adm1 = null, geo_precision = null`)
    const n = await backfillPlaces(t.app.db, { batch: 2 })
    expect(n).toBeGreaterThan(10)
    const left = await rowsOf<{ n: number }>(
      t.app.db,
      sql`select count(*)::int n from claims where geo_precision is null`,
    )
    expect(left[0]?.n).toBe(0)
    expect((await get('/api/claims?adm1=SY-ID')).json().items.length).toBeGreaterThan(0)
  })
})
