import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

// A new user's first start: sample articles are loaded into the empty database and their figures
// are listed by the API at once.
let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ SAMPLE_DATA: 'on' })
})
afterAll(() => t.close())

const get = (url: string) => t.app.inject({ url, headers: { cookie: t.adminCookie } }).then((r) => r.json())

describe('sample data', () => {
  it('loads five sample articles with their outlets and dates', async () => {
    const { items } = await get('/api/articles?limit=50')
    expect(items).toHaveLength(5)
    expect(items.map((a: { published: string }) => a.published).sort()).toEqual([
      '2019-06-13',
      '2019-06-13',
      '2019-08-20',
      '2020-02-06',
      '2020-02-21',
    ])
    expect(items.every((a: { outlet: string | null }) => a.outlet)).toBe(true)
    expect(items.every((a: { duplicate_of: number | null }) => a.duplicate_of === null)).toBe(true)
  })

  it("lists the Syrian Observatory's 360 and 860 civilians killed since late April", async () => {
    const { items } = await get('/api/claims?metric=killed&who=civilians&limit=100')
    const observatory = items.filter((c: { source: string | null }) => /observatory/i.test(c.source ?? ''))
    expect(observatory.map((c: { low: number }) => c.low).sort((a: number, b: number) => a - b)).toEqual([
      360, 860,
    ])
    for (const c of observatory)
      expect(c).toMatchObject({ qualifier: 'at_least', since: 'late April', since_date: '2019-04-21' })
  })

  it("lists the UN's 400,000 and 520,000 displaced", async () => {
    const { items } = await get('/api/claims?metric=displaced&limit=100')
    const lows = items.map((c: { low: number }) => c.low)
    expect(lows).toContain(400000)
    expect(lows).toContain(520000)
  })

  it('does not load the samples twice', async () => {
    const { loadSampleData } = await import('../api/sample-data/first-start.ts')
    expect(await loadSampleData(t.app.db)).toBe(0)
  })
})

describe('sample data series', () => {
  const series = async (query: string) =>
    (await get(`/api/series?limit=200&${query}`)).items as Array<{
      id: number
      since_date: string | null
      topic_id: number
    }>
  const points = async (id: number) =>
    (await get(`/api/series/${id}`)).points as Array<{
      low: number
      as_of: string
      source_name: string
      citations: number
      repeated_on: string[]
    }>

  it("gives the Observatory's 360 and 860 as one series of civilians killed in Idlib since late April 2019", async () => {
    const [s] = (await series('metric=killed&group=civilians&place=Idlib')).filter(
      (x) => x.since_date === '2019-04-21',
    )
    const sohr = (await points(s.id)).filter((p) => /observatory/i.test(p.source_name))
    expect(sohr.map((p) => [p.low, p.as_of])).toEqual([
      [360, '2019-06-13'],
      [860, '2019-08-20'],
    ])
  })

  it("puts the UN's 400,000 and 520,000 displaced in two series of one topic", async () => {
    const list = await series('metric=displaced&place=Idlib')
    const a = list.find((x) => x.since_date === '2019-04-21')
    const b = list.find((x) => x.since_date === '2019-12-01')
    expect(a?.topic_id).toBeDefined()
    expect(a?.topic_id).toBe(b?.topic_id)
    expect((await points(a!.id)).map((p) => p.low)).toContain(400000)
    expect((await points(b!.id)).map((p) => p.low)).toContain(520000)
  })

  it('counts the repeated 370,000 killed since 2011 once, with two citations', async () => {
    const [s] = (await series('metric=killed')).filter((x) => x.since_date === '2011-01-01')
    const [p] = (await points(s.id)).filter((x) => x.low === 370000)
    expect(p).toMatchObject({ as_of: '2019-06-13', repeated_on: ['2019-08-20'], citations: 2 })
  })
})
