// An export filtered to one country (SYR) holds every claim resolved to a place in it, with the codes
// and coordinates the database stored in their HXL columns, and no claim of another country: the
// claims download, the summary of its series, and a live feed with the same filter.
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { rowsOf } from '../../api/db/sql.ts'
import { suite } from '../helpers/suite.ts'

interface Stored {
  id: number
  geo_country: string | null
  geo_adm1: string | null
  geo_adm1_name: string | null
  geo_site_id: string | null
  geo_site_name: string | null
  geo_lat: number | null
  geo_lon: number | null
  geo_precision: string
  location: string | null
}

// Figures typed by hand, one per precision, and two that are not Syrian.
const TYPED: Array<[string, number]> = [
  ['Khan Shaykhun', 11],
  ['Al-Hol camp', 6],
  ['Syria', 40],
  ['southern Idlib', 9],
  ['Kharkiv', 7],
  ['Tripoli', 4],
]

const s = suite(
  { SAMPLE_DATA: 'on', SCHEDULER: 'off' },
  {
    setUp: async (x) => {
      for (const [location, low] of TYPED) {
        const res = await x.call('POST', '/api/claims', {
          metric: 'killed',
          low,
          qualifier: 'exact',
          quote: `${low} people were killed`,
          citation: 'telephone call',
          location,
        })
        expect(res.statusCode, res.body).toBe(201)
      }
    },
  },
)

const stored = () =>
  rowsOf<Stored>(
    s.t.app.db,
    sql`select id::int id, geo_country, geo_adm1, geo_adm1_name, geo_site_id, geo_site_name,
          geo_lat, geo_lon, geo_precision, location from claims`,
  )

/** Rows of an HXL CSV as objects keyed by HXL tag. */
function byTag(body: Buffer | string): Array<Record<string, string>> {
  const [, tags, ...rows] = parse(body, { bom: true }) as string[][]
  return rows.map((r) => Object.fromEntries((tags ?? []).map((t, i) => [t, r[i] ?? ''])))
}

const num = (v: string) => (v === '' ? null : Number(v))

function checkSyrianRows(rows: Array<Record<string, string>>, all: Stored[]) {
  const syrian = all.filter((c) => c.geo_country === 'SYR')
  expect(syrian.length).toBeGreaterThan(8)
  expect(rows.map((r) => Number(r['#meta+id'])).sort((a, b) => a - b)).toEqual(
    syrian.map((c) => c.id).sort((a, b) => a - b),
  )
  const byId = new Map(all.map((c) => [c.id, c]))
  const precisions = new Set<string>()
  for (const r of rows) {
    const c = byId.get(Number(r['#meta+id']))!
    // The stored resolution, column by column.
    expect(r['#country+code']).toBe('SYR')
    expect(r['#adm1+code']).toBe(c.geo_adm1 ?? '')
    expect(r['#adm1+name+resolved']).toBe(c.geo_adm1_name ?? '')
    expect(r['#loc+code']).toBe(c.geo_site_id ?? '')
    expect(r['#loc+name']).toBe(c.geo_site_name ?? '')
    expect(r['#meta+precision']).toBe(c.geo_precision)
    expect(r['#loc+name+reported']).toBe(c.location ?? '')
    expect(num(r['#geo+lat']!)).toBeCloseTo(c.geo_lat!, 4)
    expect(num(r['#geo+lon']!)).toBeCloseTo(c.geo_lon!, 4)
    // Inside Syria, and a division of Syria unless the figure is about the whole country.
    expect(num(r['#geo+lat']!)).toBeGreaterThan(32)
    expect(num(r['#geo+lat']!)).toBeLessThan(37.5)
    expect(num(r['#geo+lon']!)).toBeGreaterThan(35.5)
    expect(num(r['#geo+lon']!)).toBeLessThan(42.5)
    if (c.geo_precision === 'country') expect(r['#adm1+code']).toBe('')
    else expect(r['#adm1+code']).toMatch(/^SY-[A-Z]{2}$/)
    if (c.geo_precision === 'town' || c.geo_precision === 'site') expect(r['#loc+code']).not.toBe('')
    precisions.add(c.geo_precision)
  }
  expect([...precisions].sort()).toEqual(['country', 'province', 'site', 'town'])
}

describe('an export filtered to Syria', () => {
  it('holds every claim resolved to a place in Syria, with its codes and coordinates', async () => {
    const all = await stored()
    expect(all.find((c) => c.location === 'Kharkiv')?.geo_country).toBe('UKR')
    const res = await s.call(
      'GET',
      '/api/exports/claims.csv?country=SYR&hxl=true&status=pending,verified,rejected',
    )
    expect(res.statusCode).toBe(200)
    checkSyrianRows(byTag(res.rawPayload), all)
  })

  it('gives a summary of Syrian series only, and a live feed the same claims', async () => {
    const summary = byTag((await s.call('GET', '/api/exports/summary.csv?country=SYR&hxl=true')).rawPayload)
    expect(summary.length).toBeGreaterThan(0)
    for (const r of summary) expect(r['#country+code']).toBe('SYR')

    const created = await s.call('POST', '/api/exports/feeds', {
      name: 'Syria, every claim',
      tables: ['claims'],
      filters: { country: 'SYR', status: ['pending', 'verified', 'rejected'] },
      hxl: true,
    })
    expect(created.statusCode, created.body).toBe(201)
    const feed = await s.callAs(undefined, 'GET', `/feeds/${created.json().token}.csv`)
    expect(feed.statusCode).toBe(200)
    checkSyrianRows(byTag(feed.rawPayload), await stored())
  })
})
