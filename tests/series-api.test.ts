import { beforeAll, describe, expect, it } from 'vitest'
import { haveSeeds, readSeeds } from './helpers/seeds.ts'
import { suite } from './helpers/suite.ts'

type Point = {
  source_name: string
  as_of: string
  low: number
  qualifier: string
  citations: number
  repeated_on: string[]
}
type Summary = {
  id: number
  title: string
  since_date: string | null
  place: { name: string }
  metric: string
}

const s = suite()

const get = (url: string) => s.t.app.inject({ url, headers: { cookie: s.cookie } })
const post = (url: string, payload: object) =>
  s.t.app.inject({ method: 'POST', url, headers: { cookie: s.cookie }, payload })
const ingest = (text: string, published: string, extra: object = {}) =>
  post('/api/articles', { text, published, ...extra })

async function findSeries(query: string, pick: (s: Summary) => boolean) {
  const { items } = (await get(`/api/series?limit=200&${query}`)).json() as { items: Summary[] }
  return items.filter(pick)
}
const detail = async (id: number) => (await get(`/api/series/${id}`)).json()

describe.skipIf(!haveSeeds)('series from the five seeds', () => {
  beforeAll(async () => {
    for (const s of readSeeds()) expect((await ingest(s.text, s.published)).statusCode).toBe(201)
  })

  it("gives the Syrian Observatory's 360 and 860 civilians killed in Idlib since late April 2019", async () => {
    const [series] = await findSeries(
      'metric=killed&group=civilians&place=Idlib',
      (s) => s.since_date === '2019-04-21',
    )
    expect(series).toBeDefined()
    const { points } = await detail(series.id)
    const sohr = points.filter((p: Point) => /observatory/i.test(p.source_name))
    expect(sohr.map((p: Point) => [p.low, p.as_of, p.qualifier])).toEqual([
      [360, '2019-06-13', 'at_least'],
      [860, '2019-08-20', 'at_least'],
    ])
    expect(points.find((p: Point) => p.low === 860).change).toMatchObject({ abs: 500 })
  })

  it("holds the UN's 400,000 and 520,000 displaced as two series of one topic", async () => {
    const displaced = await findSeries('metric=displaced&source=UN', (s) => s.place.name === 'Idlib')
    const bySince = Object.fromEntries(
      await Promise.all(
        displaced.map(async (s) => [s.since_date, (await detail(s.id)).points.map((p: Point) => p.low)]),
      ),
    )
    expect(bySince['2019-04-21']).toContain(400000)
    expect(bySince['2019-12-01']).toContain(520000)
    const topics = new Set(
      displaced
        .filter((s) => s.since_date === '2019-04-21' || s.since_date === '2019-12-01')
        .map((s) => (s as unknown as { topic_id: number }).topic_id),
    )
    expect(topics.size).toBe(1)
  })

  it('counts "more than 370,000 killed since 2011", repeated by two articles, as one figure with two citations', async () => {
    const [series] = await findSeries('metric=killed', (s) => s.since_date === '2011-01-01')
    const { points } = await detail(series.id)
    const figure = points.filter((p: Point) => p.low === 370000)
    expect(figure).toHaveLength(1)
    expect(figure[0]).toMatchObject({ as_of: '2019-06-13', repeated_on: ['2019-08-20'], citations: 2 })
    expect((await detail(series.id)).series.source_count).toBe(1)
  })
})

describe('series built from constructed reports', () => {
  it('marks sources that cannot both be right within the window, and not those that can', async () => {
    await ingest(
      'Fighting in Kherson has killed 120 civilians since January 1, according to the regional governor.',
      '2024-03-01',
    )
    await ingest(
      'Fighting in Kherson has killed 300 civilians since January 1, the UN human rights office said.',
      '2024-03-03',
    )
    await ingest(
      'Fighting in Kherson has killed at least 250 civilians since January 1, Amnesty International said.',
      '2024-03-04',
    )
    const [series] = await findSeries('metric=killed&place=Kherson', (s) => s.since_date === '2024-01-01')
    const d = await detail(series.id)
    expect(d.points.map((p: Point) => p.low).sort()).toEqual([120, 250, 300])
    // 120 (exact) disagrees with 300 and with "at least 250"; 300 and "at least 250" can both be true.
    expect(d.disagreements).toHaveLength(2)
    expect(d.series.disagreement_count).toBe(2)
    const flagged = (await get('/api/series?has_disagreement=true&limit=200'))
      .json()
      .items.map((s: Summary) => s.id)
    expect(flagged).toContain(series.id)
  })

  it('counts a near-duplicate copy once', async () => {
    const story = [
      'KHARTOUM (Wire) - Paramilitary shelling killed 41 civilians in El Obeid on Tuesday, the local emergency room said.',
      'Residents said shells fell on a crowded market in the afternoon and on homes near the railway station.',
      'Aid groups said the city hospital ran out of blood for transfusions and asked donors to come forward.',
      'The army and the paramilitary force blamed each other for the attack, which came after a week of clashes.',
      'Governor Ahmed Hassan said the Rapid Support Forces had targeted Souq Kabir twice since Sunday.',
      'The World Food Programme said trucks carrying 300 tonnes of sorghum were stuck near Kosti.',
      'Doctors Without Borders said its team in North Kordofan treated 65 wounded people on Tuesday night.',
    ]
    await ingest(story.join('\n'), '2024-05-08', { url: 'https://wire.example/el-obeid' })
    const copy = await ingest([story[1], story[0], story[4], story[3], story[6]].join('\n'), '2024-05-09', {
      url: 'https://reprint.example/el-obeid',
    })
    expect(copy.json().article.duplicate_of).not.toBeNull()
    const [series] = await findSeries('metric=killed&place=SDN', (s) => s.since_date === null)
    const { points } = await detail(series.id)
    const p = points.find((x: Point) => x.low === 41)
    expect(p.citations).toBe(1)
    expect(p.quotes).toHaveLength(2)
  })

  it('moves, merges and splits with undo, all audited', async () => {
    await ingest(
      'Floods in Sindh have displaced 5,000 families since June 1, the provincial disaster authority said.',
      '2024-07-01',
    )
    await ingest(
      'Floods in Sindh have displaced 9,000 people since June 15, the provincial disaster authority said.',
      '2024-07-02',
    )
    const all = await findSeries('metric=displaced&place=Sindh', () => true)
    expect(all.length).toBeGreaterThanOrEqual(2)
    const [a, b] = all
    const merged = await post(`/api/series/${a.id}/merge`, { into: b.id })
    expect(merged.statusCode).toBe(200)
    expect((await get(`/api/series/${a.id}`)).statusCode).toBe(404)
    const history = (await get(`/api/series/${b.id}/history`)).json().items
    const mergeOp = history.find((h: { action: string }) => h.action === 'merge')
    expect(mergeOp.actor).toContain('editor')
    expect((await post(`/api/series/operations/${mergeOp.id}/undo`, {})).statusCode).toBe(200)
    expect((await get(`/api/series/${a.id}`)).statusCode).toBe(200)
    expect((await post(`/api/series/operations/${mergeOp.id}/undo`, {})).statusCode).toBe(409)

    const claimsOfB = (await detail(b.id)).points.flatMap((p: { claim_ids: number[] }) => p.claim_ids)
    const split = await post(`/api/series/${b.id}/split`, {
      claim_ids: claimsOfB.slice(0, 1),
      title: 'Sindh, second wave',
    })
    expect(split.statusCode).toBe(201)
    expect(split.json()).toMatchObject({ title: 'Sindh, second wave', claim_count: 1 })

    const moved = await post(`/api/claims/${claimsOfB[0]}/move`, { series_id: a.id })
    expect(moved.json().series_id).toBe(a.id)
    const moveOp = (await get(`/api/series/${a.id}/history`))
      .json()
      .items.find((h: { action: string }) => h.action === 'move')
    await post(`/api/series/operations/${moveOp.id}/undo`, {})
    expect((await get(`/api/claims/${claimsOfB[0]}`)).json().series_id).toBe(split.json().id)
  })

  it('renames and pins a series, and lists pinned first', async () => {
    const [one] = await findSeries('', () => true)
    const res = await s.call('PATCH', `/api/series/${one.id}`, { title: 'Renamed', pinned: true })
    expect(res.json()).toMatchObject({ title: 'Renamed', pinned: true })
    const first = (await get('/api/series?limit=1')).json().items[0]
    expect(first.id).toBe(one.id)
    const topics = (await get('/api/topics?pinned=true')).json().items
    expect(topics[0].series[0].id).toBe(one.id)
  })

  it('sums incidents per week with a running total', async () => {
    await ingest('An air strike killed 7 people in Taiz on Monday, medics said.', '2024-09-04')
    await ingest('Shelling killed 3 people in Taiz on Sunday, local officials said.', '2024-09-10')
    const [series] = await findSeries('metric=killed&place=Taiz', (s) => s.since_date === null)
    const { buckets } = (await get(`/api/series/${series.id}/buckets?unit=week`)).json()
    expect(buckets.at(-1).running_total).toBe(10)
  })

  it('lists what changed since a date', async () => {
    const res = (await get('/api/changes?since=2000-01-01')).json()
    expect(res.new_points.length).toBeGreaterThan(0)
    expect(res.new_disagreements.length).toBeGreaterThan(0)
  })
})

describe('the source alias table', () => {
  it('lets an admin add a spelling, and re-attributes the claims that use it', async () => {
    await ingest(
      'Clashes in Kidal killed 14 soldiers on Sunday, according to the Kidal Observers Collective.',
      '2024-10-07',
    )
    const before = (await get('/api/sources?q=kidal')).json().items
    expect(before).toHaveLength(1)
    const created = await s.t.app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { cookie: s.t.adminCookie },
      payload: { name: 'Sahel Conflict Monitor', kind: 'monitor', aliases: ['SCM'] },
    })
    expect(created.statusCode).toBe(201)
    const alias = await s.t.app.inject({
      method: 'POST',
      url: `/api/sources/${created.json().id}/aliases`,
      headers: { cookie: s.t.adminCookie },
      payload: { alias: 'Kidal Observers Collective' },
    })
    expect(alias.json()).toMatchObject({ reassigned: 1 })
    const monitor = (await get('/api/sources?q=sahel')).json().items[0]
    expect(monitor).toMatchObject({ name: 'Sahel Conflict Monitor', claim_count: 1 })
    expect(monitor.aliases.map((a: { alias: string }) => a.alias)).toContain('Kidal Observers Collective')
    const editorTry = await post(`/api/sources/${created.json().id}/aliases`, { alias: 'x' })
    expect(editorTry.statusCode).toBe(403)
  })
})
