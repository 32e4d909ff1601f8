// Issue 12.1: the place filter of lists, exports, feeds and the review queue matches the place a claim
// is filed under (as the series and the exports show it), not the words its sentence used.
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { haveSeeds, SEEDS_DIR } from '../helpers/seeds.ts'
import { suite } from '../helpers/suite.ts'

const s = suite(
  { SCHEDULER: 'off', SAMPLE_DATA: 'on' },
  {
    setUp: async () => {
      if (!haveSeeds) return
      // The seeds as an upload of .txt files sends them: text only, no title, outlet or date.
      const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))
      const res = await call('POST', '/api/articles/batch', s.cookie, {
        articles: files.map((f) => ({ text: readFileSync(`${SEEDS_DIR}/${f}`, 'utf8') })),
      })
      expect(res.statusCode, res.body).toBe(200)
    },
  },
)
const call = (method: string, url: string, cookie?: string, payload?: object) =>
  s.callAs(cookie, method, url, payload)

type Row = { id: number; location: string | null }
/** Not-rejected killed claims filed under Idlib, straight from the tables. */
const filedInIdlib = () =>
  s.t.app.database.rows<Row>(
    sql`select c.id::int as id, c.location from claims c join series s on s.id = c.series_id
      join topics tp on tp.id = s.topic_id
      where c.metric = 'killed' and tp.place_key = 'SYR:idlib' and c.status <> 'rejected'
        and not c.projected order by c.id`,
  )

function csvRows(body: Buffer) {
  const [header, ...rows]: string[][] = parse(body, { bom: true })
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

describe('place filters match the resolved place', () => {
  it('the claims export "killed, place Idlib" holds every claim filed under Idlib, whatever it wrote', async () => {
    const expected = await filedInIdlib()
    // Written elsewhere than "Idlib" and yet filed there: the town, the country, or no place at all.
    expect(expected.some((r) => !r.location || !/idlib/i.test(r.location))).toBe(true)
    const res = await call('GET', '/api/exports/claims.csv?metric=killed&place=Idlib', s.cookie)
    expect(res.statusCode, res.body).toBe(200)
    const rows = csvRows(res.rawPayload)
    expect(rows.map((r) => Number(r['claim id']))).toEqual(expected.map((r) => r.id))
    expect(rows.every((r) => r.place === 'Idlib' && r.country === 'SYR')).toBe(true)
    // The "more than 860" of Khan Sheikhun is in it.
    expect(rows.some((r) => r.low === '860')).toBe(true)
  })

  it('the claims list, a country code, a country name and a town all resolve the same way', async () => {
    const ids = async (query: string) => {
      const res = await call('GET', `/api/claims?metric=killed&limit=500&${query}`, s.cookie)
      expect(res.statusCode, res.body).toBe(200)
      return (res.json().items as { id: number }[]).map((c) => c.id).sort((a, b) => a - b)
    }
    const idlib = (await filedInIdlib()).map((r) => r.id)
    // Each item says where it is filed, so a list filtered on Idlib shows why "Khan Sheikhoun" is in it.
    const listed = await call('GET', '/api/claims?metric=killed&place=Idlib&limit=500', s.cookie)
    for (const c of listed.json().items) expect(c.filed_place).toEqual({ name: 'Idlib', country: 'SYR' })
    // Include rejected ones: the list has no default status.
    expect(await ids('place=Idlib&status=pending,verified')).toEqual(idlib)
    expect(await ids('place=Idleb&status=pending,verified')).toEqual(idlib)
    const syria = await ids('place=SYR')
    expect(await ids('place=Syria')).toEqual(syria)
    expect(await ids('country=syr')).toEqual(syria)
    expect(idlib.every((id) => syria.includes(id))).toBe(true)
    // The written place is still a text search.
    const written = await call('GET', '/api/claims?place_text=Khan&limit=500', s.cookie)
    const items = written.json().items as { location: string | null }[]
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((c) => /khan/i.test(c.location ?? ''))).toBe(true)
  })

  it('live feeds and scheduled exports filter the same way', async () => {
    const expected = (await filedInIdlib()).map((r) => r.id)
    const feed = await call('POST', '/api/exports/feeds', s.cookie, {
      name: 'Idlib killed',
      tables: ['claims'],
      filters: { metric: ['killed'], place: 'Idlib' },
    })
    expect(feed.statusCode, feed.body).toBe(201)
    const csv = await call('GET', `/feeds/${feed.json().token}.csv`)
    expect(csvRows(csv.rawPayload).map((r) => Number(r['claim id']))).toEqual(expected)
  })
})

describe('one organisation, one group, across the seeds and the sample data', () => {
  it('the Turkish civilian who worked for the military is in one series, and the Reconciliation Center is one source', async () => {
    const rows = await s.t.app.database.rows<{ series_id: number; who: string }>(
      sql`select series_id::int as series_id, who from claims where who ilike '%turkish civilian%'`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(haveSeeds ? 2 : 1)
    expect(new Set(rows.map((r) => r.series_id)).size).toBe(1)
    const sources = await s.t.app.database.rows<{ key: string }>(
      sql`select distinct s.key from claims c join sources s on s.id = c.source_id
        where c.source ilike '%reconciliation%'`,
    )
    expect(sources.map((s) => s.key)).toEqual(['russia-reconciliation-centre'])
  })
})
