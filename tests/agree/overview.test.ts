// Issue 12.4 and 12.5: the overview's topics keep the headline series first with every series and its
// own disagreement count, and "what changed" and "waiting for review" take the overview's filters.
import { describe, expect, it } from 'vitest'
import { suite } from '../helpers/suite.ts'

const s = suite(
  { SCHEDULER: 'off', SAMPLE_DATA: 'on' },
  {
    setUp: async () => {
      // Later articles: a single incident with civilian deaths in Idlib, and displacement in Hama.
      for (const [text, published] of [
        [
          'At least 90 civilians were killed on Monday when an air strike hit a market in Maarat al-Numan in ' +
            'Idlib province, local officials said.',
          '2019-08-27',
        ],
        [
          'About 3,000 people were displaced in Hama on Sunday, the Example Relief Office said.',
          '2019-08-26',
        ],
      ]) {
        const res = await call('POST', '/api/articles', { text, published })
        expect(res.statusCode, res.body).toBe(201)
      }
    },
  },
)
const { call } = s

type Series = { id: number; kind: string; source_count: number; disagreement_count: number; pinned: boolean }
type Topic = { group: { key: string }; series: Series[] }

const civiliansKilledInIdlib = async () => {
  const res = await call('GET', '/api/topics?metric=killed&place=Idlib')
  expect(res.statusCode, res.body).toBe(200)
  return (res.json().items as Topic[]).find((x) => x.group.key === 'civilians')!
}

describe('overview topics', () => {
  it('list every series of a topic, the most-sourced first, each with its own disagreement count', async () => {
    const topic = await civiliansKilledInIdlib()
    expect(topic.series.map((s) => s.kind).sort()).toEqual(['cumulative', 'incident'])
    // The running toll (more points and sources) stays the headline although the incident came later.
    expect(topic.series[0].kind).toBe('cumulative')
    for (const s of topic.series) {
      const d = (await call('GET', `/api/series/${s.id}`)).json()
      expect(s.disagreement_count).toBe(d.disagreements.length)
    }
  })

  it('a pinned series comes first', async () => {
    const incident = (await civiliansKilledInIdlib()).series.find((s) => s.kind === 'incident')!
    const pin = await call('PATCH', `/api/series/${incident.id}`, { pinned: true })
    expect(pin.statusCode, pin.body).toBe(200)
    const topic = await civiliansKilledInIdlib()
    expect(topic.series[0].id).toBe(incident.id)
    await call('PATCH', `/api/series/${incident.id}`, { pinned: false })
  })
})

describe('what changed and waiting for review take the overview filters', () => {
  it('place Idlib + metric killed leaves out people displaced in Hama', async () => {
    const all = await call('GET', '/api/changes?since=2000-01-01')
    expect(all.json().new_points.some((p: { series_title: string }) => /Hama/.test(p.series_title))).toBe(
      true,
    )
    const res = await call('GET', '/api/changes?since=2000-01-01&place=Idlib&metric=killed')
    expect(res.statusCode, res.body).toBe(200)
    const titles = (res.json().new_points as { series_title: string }[]).map((p) => p.series_title)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((title) => /killed in Idlib/.test(title))).toBe(true)

    const review = await call('GET', '/api/claims?status=pending&sort=confidence&place=Idlib&metric=killed')
    const items = review.json().items as { metric: string; location: string | null }[]
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((c) => c.metric === 'killed' && c.location !== 'Hama')).toBe(true)
  })
})
