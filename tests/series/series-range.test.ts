// A long series is answered in pages (issue 18): the points of a date range from the stored state,
// thinned to max_points, with quotes on demand. The paged answer must say what the full analysis says
// about the same points. Articles are written for this test.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { rowsOf } from '../../api/db/sql.ts'
import { lttb } from '../../api/series/decimate.ts'
import { MAX_DISAGREEMENTS } from '../../api/series/store/read-range.ts'
import { FLAG_ARTICLES } from '../helpers/flag-articles.ts'
import { suite } from '../helpers/suite.ts'

interface ApiPoint {
  key: string
  as_of: string | null
  low: number
  source_name: string
  quotes: { claim_id: number; quote: string }[]
  claim_ids: number[]
}
interface Detail {
  series: { id: number; claim_count: number; estimate: unknown }
  range?: {
    points_in_range: number
    points_sent: number
    decimated: boolean
    disagreements_found: number
    disagreements_sent: number
  }
  points: ApiPoint[]
  disagreements: { kind: string; a: string; b: string; reason: string }[]
  disagreement_groups: { pairs: { id: string }[] }[]
  revisions: unknown[]
  increments: unknown[]
  flags: { kind: string; point: string; reason: string }[]
}

const s = suite({ SAMPLE_DATA: 'on' }, { role: 'editor' })
const detail = async (url: string) => {
  const res = await s.call('GET', url)
  expect(res.statusCode, url).toBe(200)
  return res.json() as Detail
}
const dated = (d: Detail) => d.points.filter((p) => p.as_of !== null)
const withoutQuotes = ({ quotes: _q, claim_ids: _c, ...p }: ApiPoint) => p

/** Uploads `articles` and returns the series of `place` with the most points. */
async function uploadLongest(articles: object[], place: string) {
  const batch = await s.call('POST', '/api/articles/batch', { articles })
  expect(batch.statusCode).toBe(200)
  const list = (await s.call('GET', `/api/series?place=${place}&limit=5`)).json() as {
    items: { id: number; point_count: number }[]
  }
  return list.items.sort((a, b) => b.point_count - a.point_count)[0]
}

describe('LTTB', () => {
  it('keeps the ends and the peaks, within the budget', () => {
    const flat = Array.from({ length: 100 }, (_, x) => ({ x, y: x === 40 ? 500 : 10 }))
    const kept = lttb(flat, 12)
    expect(kept).toHaveLength(12)
    expect(kept[0]).toBe(0)
    expect(kept.at(-1)).toBe(99)
    expect(kept).toContain(40)
    expect([...kept].sort((a, b) => a - b)).toEqual(kept)
    expect(lttb(flat.slice(0, 5), 12)).toEqual([0, 1, 2, 3, 4])
  })
})

describe('GET /api/series/:id in pages', () => {
  it('says what the full answer says about the same points, for every series of the sample data', async () => {
    // Besides the sample data: a jump, a late report, two sources that disagree and one that revises its figure down.
    const batch = await s.call('POST', '/api/articles/batch', {
      articles: [
        ...FLAG_ARTICLES,
        [
          '2023-05-01',
          'The World Health Organization said at least 120 people have been killed in Cabo Delgado since March.',
        ],
        [
          '2023-05-02',
          'The provincial government said 85 people have been killed in Cabo Delgado since March.',
        ],
        [
          '2023-05-12',
          'The World Health Organization said 104 people have been killed in Cabo Delgado since March.',
        ],
      ].map(([published, text], i) => ({
        title: `Cabo Delgado ${i}`,
        outlet: 'Range Wire',
        published,
        text,
      })),
    })
    expect(batch.statusCode).toBe(200)
    const topics = (await s.call('GET', '/api/topics?limit=200')).json() as {
      items: { series: { id: number }[] }[]
    }
    const ids = topics.items.flatMap((t) => t.series.map((x) => x.id))
    expect(ids.length).toBeGreaterThan(3)
    const judged = { disagreements: 0, revisions: 0, jumps: 0, late: 0 }
    for (const id of ids) {
      const full = await detail(`/api/series/${id}`)
      const paged = await detail(`/api/series/${id}?max_points=5000`)
      expect(full.range).toBeUndefined()
      expect(paged.range).toMatchObject({ decimated: false, points_in_range: dated(full).length })
      expect(paged.points, `series ${id}`).toEqual(
        dated(full).map((p) => ({ ...p, quotes: [], claim_ids: [] })),
      )
      expect(paged.disagreements).toEqual(full.disagreements)
      expect(paged.revisions).toEqual(full.revisions)
      expect(paged.increments).toEqual(full.increments)
      expect(paged.flags).toEqual(full.flags)
      expect(paged.series.estimate).toEqual(full.series.estimate)
      judged.disagreements += paged.disagreements.length
      judged.revisions += paged.revisions.length
      judged.jumps += paged.flags.filter((f) => f.kind === 'jump').length
      judged.late += paged.flags.filter((f) => f.kind === 'late').length
      // Quotes on demand: the same claims and words as the full answer's.
      for (const p of dated(full).slice(0, 3)) {
        const q = await s.call('GET', `/api/series/${id}/quotes?point=${encodeURIComponent(p.key)}`)
        expect(q.statusCode).toBe(200)
        expect(q.json()).toEqual({ key: p.key, claim_ids: p.claim_ids, quotes: p.quotes })
      }
    }
    // The comparison means something only if the sample data has some of each.
    expect(judged.disagreements).toBeGreaterThan(0)
    expect(judged.revisions).toBeGreaterThan(0)
    expect(judged.jumps).toBeGreaterThan(0)
    expect(judged.late).toBeGreaterThan(0)
  })

  it('sends the points of a range, thinned to max_points, keeping each source line’s ends', async () => {
    const articles = Array.from({ length: 40 }, (_, i) => {
      const day = new Date(Date.UTC(2023, 2, 1 + i)).toISOString().slice(0, 10)
      return {
        title: `Cholera update ${i + 1}`,
        published: day,
        outlet: 'Range Wire',
        text: `The health ministry said on ${day} that cholera has killed ${1000 + i * 37 + (i % 3) * 4} people in Sofala since January.`,
      }
    })
    const series = await uploadLongest(articles, 'Sofala')
    expect(series.point_count).toBeGreaterThanOrEqual(40)
    const all = await detail(`/api/series/${series.id}?max_points=5000`)
    const thin = await detail(`/api/series/${series.id}?max_points=10`)
    expect(thin.range).toMatchObject({ points_in_range: all.points.length, points_sent: 10, decimated: true })
    expect(thin.points[0]).toEqual(all.points[0])
    expect(thin.points.at(-1)).toEqual(all.points.at(-1))

    const part = await detail(`/api/series/${series.id}?from=2023-03-10&to=2023-03-19`)
    expect(part.points.map((p) => p.as_of)).toEqual(
      all.points.filter((p) => p.as_of! >= '2023-03-10' && p.as_of! <= '2023-03-19').map((p) => p.as_of),
    )
    expect(part.points.map(withoutQuotes)).toEqual(
      all.points.filter((p) => p.as_of! >= '2023-03-10' && p.as_of! <= '2023-03-19').map(withoutQuotes),
    )
  })

  it('lists the latest MAX_DISAGREEMENTS disagreements with their reasons when the points sent have more', async () => {
    // Three sources a week apart in their figures, reporting every day for 25 days: every report of
    // one is within the window of a dozen or more of each other's, about 950 pairs in all.
    const sources = ['The health ministry', 'The World Health Organization', 'Doctors Without Borders']
    const articles = sources.flatMap((who, k) =>
      Array.from({ length: 25 }, (_, i) => {
        const day = new Date(Date.UTC(2023, 5, 1 + i)).toISOString().slice(0, 10)
        return {
          title: `Nampula cholera ${k}-${i}`,
          published: day,
          outlet: 'Range Wire',
          text: `${who} said on ${day} that cholera has killed ${(k + 1) * 10_000 + i * 3} people in Nampula since January.`,
        }
      }),
    )
    const series = await uploadLongest(articles, 'Nampula')
    expect(series.point_count).toBe(75)
    const full = await detail(`/api/series/${series.id}`)
    expect(full.disagreements.length).toBeGreaterThan(MAX_DISAGREEMENTS)
    const paged = await detail(`/api/series/${series.id}?max_points=5000`)
    expect(paged.range).toMatchObject({
      decimated: false,
      disagreements_found: full.disagreements.length,
      disagreements_sent: MAX_DISAGREEMENTS,
    })
    // The latest, in the full answer's order, each with the full answer's reason.
    expect(paged.disagreements).toEqual(full.disagreements.slice(-MAX_DISAGREEMENTS))
    expect(paged.disagreements.every((d) => d.reason.includes(' says '))).toBe(true)
    // Their explanation groups are of those pairs and no others.
    const grouped = paged.disagreement_groups.flatMap((g) => g.pairs.map((p) => p.id))
    expect(grouped.sort()).toEqual(paged.disagreements.map((d) => `${d.kind}|${d.a}|${d.b}`).sort())
    // The database picks the latest by each pair's stored report date; pairs stored before that column
    // existed have none and are judged all: the same answer (another budget, not the cached answer).
    const db = s.t.app.db
    const [stored] = await rowsOf<{ n: number }>(
      db,
      sql`select count(report_date)::int as n from series_pairs where series_id = ${series.id}`,
    )
    expect(stored.n).toBe(full.disagreements.length)
    await db.execute(sql`update series_pairs set report_date = null where series_id = ${series.id}`)
    const undated = await detail(`/api/series/${series.id}?max_points=4999`)
    expect(undated.range).toEqual(paged.range)
    expect(undated.disagreements).toEqual(paged.disagreements)
  })

  it('refuses a range that ends before it starts, a tiny budget and an unknown point', async () => {
    const [first] = ((await s.call('GET', '/api/series?limit=1')).json() as { items: { id: number }[] }).items
    const backwards = await s.call('GET', `/api/series/${first.id}?from=2024-02-01&to=2024-01-01`)
    expect(backwards.statusCode).toBe(400)
    expect(backwards.body).toContain('to')
    const tiny = await s.call('GET', `/api/series/${first.id}?max_points=1`)
    expect(tiny.statusCode).toBe(400)
    expect(tiny.body).toContain('max_points')
    const unknown = await s.call('GET', `/api/series/${first.id}/quotes?point=nope`)
    expect(unknown.statusCode).toBe(404)
  })
})
