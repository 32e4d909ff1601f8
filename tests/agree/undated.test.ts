// Issue 12.3: uploads without a date. An undated copy of a dated report is not counted twice, an
// undated figure gets no invented date, every table treats it alike, and dating the article later
// re-files its claims.
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readXlsx } from '../exports/helpers.ts'
import { haveSeeds, SEEDS_DIR } from '../helpers/seeds.ts'
import { suite } from '../helpers/suite.ts'

const uploaded: number[] = []
const s = suite(
  { SCHEDULER: 'off', SAMPLE_DATA: 'on' },
  {
    setUp: async () => {
      const texts = [
        // A figure nobody else reports, with no date anywhere.
        'The Example Relief Office said 42 families were displaced from their homes in Hama by the shelling.',
      ]
      // Seeds 000 and 001 uploaded as files: the 13 June and 21 February reports again, undated.
      if (haveSeeds)
        for (const f of ['000_f746057349b8d125.txt', '001_3b424afd968655b2.txt'])
          texts.push(readFileSync(`${SEEDS_DIR}/${f}`, 'utf8'))
      const res = await call('POST', '/api/articles/batch', { articles: texts.map((text) => ({ text })) })
      expect(res.statusCode, res.body).toBe(200)
      for (const r of res.json().results) uploaded.push(r.article_id)
    },
  },
)
const { call } = s

type Point = { as_of: string | null; low: number; source_key: string | null; claim_ids: number[] }
const detail = async (id: number) => (await call('GET', `/api/series/${id}`)).json()
const claimsOf = async (articleId: number) =>
  (await call('GET', `/api/claims?article_id=${articleId}&limit=500`)).json().items as {
    id: number
    low: number
    metric: string
    as_of: string | null
    series_id: number
  }[]
const csv = async (url: string) => {
  const res = await call('GET', url)
  expect(res.statusCode, res.body).toBe(200)
  const [header, ...rows]: string[][] = parse(res.rawPayload)
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

describe('undated claims', () => {
  it('an undated figure has no date in the series answer and is in every table alike', async () => {
    const [claim] = await claimsOf(uploaded[0])
    expect(claim.as_of).toBeNull()
    const d = await detail(claim.series_id)
    expect(d.points.map((p: Point) => p.as_of)).toEqual([null])
    expect(d.series.first_date).toBeNull()
    expect(d.series.last_date).toBeNull()
    expect(d.series.latest).toBeNull()
    const buckets = (await call('GET', `/api/series/${claim.series_id}/buckets?unit=day`)).json()
    expect(buckets.buckets).toEqual([])
    expect(buckets.undated).toEqual({ incidents: 1, sum: 42 })

    const q = `metric=displaced&place=Hama`
    const claims = await csv(`/api/exports/claims.csv?${q}`)
    const points = await csv(`/api/exports/points.csv?${q}`)
    const summary = await csv(`/api/exports/summary.csv?${q}`)
    for (const [name, rows] of Object.entries({ claims, points, summary })) {
      const mine = rows.filter((r) => (r.low ?? r['latest figure']) === '42')
      expect(mine.length, `${name}: ${JSON.stringify(rows)}`).toBe(1)
      expect(mine[0]['as-of date']).toBe('')
    }
    const wb = await readXlsx((await call('GET', `/api/exports/export.xlsx?${q}`)).rawPayload)
    const about: string[] = []
    wb.getWorksheet('About')!.eachRow((row) => {
      about.push(row.getCell(1).text)
    })
    expect(about).toContain('Undated')
  })

  it.skipIf(!haveSeeds)('an undated copy of a dated incident is not counted again', async () => {
    const injured = (await claimsOf(uploaded[1])).find((c) => c.metric === 'injured' && c.low === 3)!
    const d = await detail(injured.series_id)
    const points = d.points as Point[]
    // The 13 June incident once, with the undated copy among its claims; no undated incident.
    expect(points.filter((p) => p.low === 3)).toHaveLength(1)
    expect(points.find((p) => p.low === 3)!.claim_ids).toContain(injured.id)
    expect(points.every((p) => p.as_of !== null)).toBe(true)
  })

  it.skipIf(!haveSeeds)('dating the article re-files its claims: dates, series and summaries', async () => {
    const id = uploaded[2]
    const before = await claimsOf(id)
    const killed = before.find((c) => c.metric === 'killed' && c.low === 2)!
    expect(killed.as_of).toBeNull()
    const res = await call('PATCH', `/api/articles/${id}`, {
      title: 'Turkish artillery backed militant assault, Moscow says',
      outlet: 'Example Wire',
      published: '2020-02-21',
      url: 'https://example.org/idlib-assault',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ outlet: 'Example Wire', published: '2020-02-21', date_unknown: false })
    const after = await claimsOf(id)
    const dated = after.find((c) => c.id === killed.id)!
    // Read against the new date ("on Thursday", "February 20"), never after it.
    expect(dated.as_of).toMatch(/^2020-02-(20|21)$/)
    const d = await detail(dated.series_id)
    expect(d.series.last_date).toMatch(/^2020-02-(20|21)$/)
    expect(d.points.every((p: Point) => p.as_of !== null)).toBe(true)
    // Audited on the claim, naming the article's new date.
    const history = (await call('GET', `/api/claims/${killed.id}/history`)).json().items
    expect(history.at(-1).note).toMatch(/2020-02-21/)
  })
})
