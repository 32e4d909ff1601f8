// Best estimates with their reasons, and disagreements explained, through the real HTTP layer and database.
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { haveSeeds, readSeeds } from '../helpers/seeds.ts'

type Summary = {
  id: number
  since_date: string | null
  place: { name: string | null }
  estimate_rule: string
  estimate: { low: number; best: number; high: number | null; reason: string; rule: string } | null
}

let t: TestApp
let editor: string
beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
})
afterAll(() => t.close())

const get = (url: string) => t.as(editor, 'GET', url)
const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
  t.as(editor, method, url, payload)
const ingest = (text: string, published: string) => send('POST', '/api/articles', { text, published })
async function findSeries(query: string) {
  return ((await get(`/api/series?limit=200&${query}`)).json() as { items: Summary[] }).items
}

describe.skipIf(!haveSeeds)('best estimates of the seeds', () => {
  beforeAll(async () => {
    for (const s of readSeeds()) expect((await ingest(s.text, s.published)).statusCode).toBe(201)
  })

  it('gives the Idlib civilians best 860, low 860, high open, naming the Syrian Observatory', async () => {
    const [s] = (await findSeries('metric=killed&group=civilians&place=Idlib')).filter(
      (x) => x.since_date === '2019-04-21',
    )
    expect(s?.estimate).toMatchObject({ low: 860, best: 860, high: null, rule: 'latest_reliable' })
    expect(s?.estimate?.reason).toMatch(/^Best: 860, the latest cumulative figure from .*Observatory/)
    expect(s?.estimate?.reason).toMatch(/low 860 because 'at least 860'; high open/)
    // At a date before the August report, the June figure was the one to use.
    const before = (await get(`/api/series/${s?.id}/estimate?at=2019-07-01`)).json()
    expect(before.estimate).toMatchObject({ best: 360, low: 360, high: null })
  })

  it("gives the UN's displacement series 520,000 after 400,000", async () => {
    const displaced = await findSeries('metric=displaced&source=UN')
    const bests = displaced.filter((s) => s.place.name === 'Idlib').map((s) => s.estimate?.best)
    expect(bests).toContain(520000)
    expect(bests).not.toContain(undefined)
  })

  // The summary export and the live feed carry the same estimate, HXL-tagged.
  it('tags low, best, high and the rule, and gives the Idlib civilians 860, open above', async () => {
    const csv = await t.as(editor, 'GET', '/api/exports/summary.csv?hxl=true&metric=killed')
    expect(csv.statusCode).toBe(200)
    const [header = [], tags = [], ...rows]: string[][] = parse(csv.rawPayload, { bom: true })
    const col = (name: string) => header.indexOf(name)
    expect(tags[col('estimate low')]).toBe('#affected+min')
    expect(tags[col('estimate best')]).toBe('#affected+best')
    expect(tags[col('estimate high')]).toBe('#affected+max')
    expect(tags[col('estimate rule')]).toBe('#meta+rule')
    const sohr = rows.find(
      (r) => /Observatory/.test(r[col('source')] ?? '') && r[col('latest figure')] === '860',
    )
    expect(sohr).toBeDefined()
    expect(sohr?.[col('estimate best')]).toBe('860')
    expect(sohr?.[col('estimate low')]).toBe('860')
    expect(sohr?.[col('estimate high')]).toBe('')
    expect(sohr?.[col('estimate rule')]).toBe('latest from the most reliable source')
    expect(sohr?.[col('estimate reason')]).toMatch(/^Best: 860, .*Observatory.*high open/)

    // A live feed of the summary serves the same columns.
    const feed = await t.as(editor, 'POST', '/api/exports/feeds', {
      name: 'Estimates',
      tables: ['summary'],
      filters: { metric: ['killed'] },
      hxl: true,
      bom: false,
    })
    expect(feed.statusCode, feed.body).toBe(201)
    const served = await t.app.inject({ url: `/feeds/${feed.json().token}.csv` })
    const [fh = [], ft = []]: string[][] = parse(served.rawPayload)
    expect(fh).toContain('estimate best')
    expect(ft).toContain('#affected+best')
  })
})

describe('rules, review and disagreements on articles of our own', () => {
  let id = 0
  beforeAll(async () => {
    const texts: Array<[string, string]> = [
      [
        'Shelling has killed at least 120 civilians in Karbala province since March 1, the UN said.',
        '2024-05-02',
      ],
      [
        'Shelling has killed 300 civilians in Karbala province since March 1, the provincial health office said.',
        '2024-05-03',
      ],
      [
        'Shelling has killed about 150 civilians in Karbala province since March 1, Karbala Monitor said.',
        '2024-05-04',
      ],
    ]
    for (const [text, published] of texts) expect((await ingest(text, published)).statusCode).toBe(201)
    const list = await findSeries('metric=killed&place=Karbala')
    expect(list).toHaveLength(1)
    id = list[0]?.id ?? 0
  })

  it('takes the most reliable source by default and says which', async () => {
    const d = (await get(`/api/series/${id}`)).json()
    // A UN agency ranks above a monitor Tally knows nothing of and a provincial office, though both are later.
    expect(d.series.estimate.reason).toBe(
      "Best: 120, the latest cumulative figure from United Nations (report of 2 May 2024); low 120 because 'at least 120'; high open because 'at least 120'.",
    )
    expect(d.series.estimate).toMatchObject({ low: 120, best: 120, high: null, weighed: 3 })
    const monitor = (await get(`/api/series/${id}/estimate?rule=latest_reliable&at=2024-05-04`)).json()
    expect(monitor.estimate.best).toBe(120)
  })

  it('follows the rule chosen for the series, audited and stored, and refuses an unknown rule', async () => {
    const bad = await send('PATCH', `/api/series/${id}`, { estimate_rule: 'loudest' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toMatch(/estimate_rule/)
    const ok = await send('PATCH', `/api/series/${id}`, { estimate_rule: 'most_conservative' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().estimate).toMatchObject({ rule: 'most_conservative', best: 120, low: 120, high: null })
    const high = (await get(`/api/series/${id}/estimate?rule=highest_credible`)).json()
    expect(high.estimate).toMatchObject({ best: 300, low: 300, high: 300 })
    const median = (await get(`/api/series/${id}/estimate?rule=median_latest`)).json()
    expect(median.estimate).toMatchObject({ best: 150, low: 120, high: null })
    const history = (await get(`/api/series/${id}/history`)).json()
    expect(JSON.stringify(history)).toMatch(/most_conservative/)
  })

  it('recomputes on review: verified figures count first, rejected never', async () => {
    const d = (await get(`/api/series/${id}`)).json()
    const health = d.points.find((p: { low: number }) => p.low === 300)
    const claim = (await get(`/api/claims/${health.claim_ids[0]}`)).json()
    const reviewed = await send('POST', '/api/claims/review', {
      claims: [{ id: claim.id, version: claim.version }],
      status: 'verified',
    })
    expect(reviewed.statusCode).toBe(200)
    const [s] = await findSeries('metric=killed&place=Karbala')
    expect(s?.estimate).toMatchObject({ best: 300 })
    expect(s?.estimate?.reason).toMatch(/verified/)
  })

  it('explains a true conflict and badges only it', async () => {
    const d = (await get(`/api/series/${id}`)).json()
    expect(d.disagreement_groups.length).toBeGreaterThan(0)
    expect(d.disagreement_groups[0]).toMatchObject({ cause: 'conflict', comparable: true })
    expect(d.disagreement_groups[0].reason).toMatch(/^True conflict/)
  })
})

describe("sources' track records", () => {
  it('counts revisions down and true conflicts with whom, from articles of our own', async () => {
    const texts: Array<[string, string]> = [
      [
        'Fighting has killed 400 civilians in Basra province since April 1, Basra Monitor said.',
        '2024-06-01',
      ],
      [
        'Fighting has killed 340 civilians in Basra province since April 1, Basra Monitor said.',
        '2024-06-10',
      ],
      ['Fighting has killed 90 civilians in Basra province since April 1, the UN said.', '2024-06-11'],
    ]
    for (const [text, published] of texts) expect((await ingest(text, published)).statusCode).toBe(201)
    const res = await get('/api/sources/track-records')
    expect(res.statusCode).toBe(200)
    const items = res.json().items as Array<{
      name: string
      revised_down: number
      conflicts_with: Array<{ name: string; count: number }>
      rounding: string
      median_lag_days: number | null
    }>
    const monitor = items.find((r) => /Basra Monitor/i.test(r.name))
    expect(monitor).toMatchObject({ revised_down: 1, rounding: 'tens' })
    expect(monitor?.conflicts_with.map((w) => w.name)).toEqual([expect.stringMatching(/United Nations/)])
    const un = items.find((r) => r.name === 'United Nations')
    expect(un?.conflicts_with.map((w) => w.name)).toContain(monitor?.name)
    expect(un?.revised_down).toBe(0)
  })

  it("weighs an analyst's grade first: grading the monitor A makes its figure the best", async () => {
    const [basra] = await findSeries('metric=killed&place=Basra')
    expect(basra?.estimate).toMatchObject({ best: 90 })
    const records = (await get('/api/sources/track-records')).json().items as Array<{
      id: number
      name: string
    }>
    const monitor = records.find((r) => /Basra Monitor/i.test(r.name))
    const bad = await send('PUT', `/api/sources/${monitor?.id}/grade`, { grade: 'G' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toMatch(/grade/)
    const ok = await send('PUT', `/api/sources/${monitor?.id}/grade`, { grade: 'A', note: 'Named lists' })
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json()).toMatchObject({ grade: 'A', grade_note: 'Named lists', graded_by: expect.any(String) })
    const [after] = await findSeries('metric=killed&place=Basra')
    expect(after?.estimate).toMatchObject({ best: 340 })
    expect(after?.estimate?.reason).toMatch(/from Basra Monitor/i)
    const graded = (await get('/api/sources/track-records'))
      .json()
      .items.find((r: { id: number }) => r.id === monitor?.id)
    expect(graded).toMatchObject({ grade: 'A', grade_note: 'Named lists' })
  })
})
