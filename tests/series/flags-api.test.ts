// Every series page of the sample data answers "what number do we use", why figures differ and what to
// look at twice; jumps and late reports are flagged, explained by an analyst (audited) and exported.
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { rebuildSeries } from '../../api/series/store/rebuild.ts'
import { FLAG_ARTICLES as ARTICLES } from '../helpers/flag-articles.ts'
import { suite } from '../helpers/suite.ts'

interface Flag {
  kind: 'jump' | 'late'
  point: string
  source_name: string
  date: string
  reason: string
  explained: { note: string; by: string; at: string } | null
}
interface Detail {
  series: {
    id: number
    title: string
    estimate: { low: number; best: number; high: number | null; reason: string } | null
  }
  points: { key: string }[]
  disagreements: { reason: string }[]
  disagreement_groups: { reason: string; pairs: { reason: string }[] }[]
  flags: Flag[]
}
interface Topic {
  id: number
  series: { id: number; point_count: number }[]
}

describe('the sample data, topic by topic', () => {
  const s = suite({ SAMPLE_DATA: 'on' }, { role: 'viewer' })

  it('gives every series page low/best/high with a reason, reasons for disagreements, and flags', async () => {
    const topics = (await s.call('GET', '/api/topics?limit=200')).json() as {
      items: Topic[]
      next_cursor: number | null
    }
    // Every topic: one page of them holds all.
    expect(topics.next_cursor).toBeNull()
    expect(topics.items.length).toBeGreaterThan(3)
    let pages = 0
    for (const topic of topics.items) {
      for (const { id } of topic.series) {
        const res = await s.call('GET', `/api/series/${id}`)
        expect(res.statusCode, `series ${id}`).toBe(200)
        const d = res.json() as Detail
        pages++
        const e = d.series.estimate
        expect(e, d.series.title).not.toBeNull()
        expect(e?.low).toBeLessThanOrEqual(e?.best ?? Number.NaN)
        if (e?.high !== null) expect(e?.high).toBeGreaterThanOrEqual(e?.best ?? Number.NaN)
        expect(e?.reason).toMatch(/^Best: [\d,]+, .+; low [\d,]+.*; high .+\.$/)
        for (const x of d.disagreements) expect(x.reason.length).toBeGreaterThan(10)
        for (const g of d.disagreement_groups) {
          expect(g.reason.length).toBeGreaterThan(10)
          for (const p of g.pairs) expect(p.reason.length).toBeGreaterThan(10)
        }
        expect(Array.isArray(d.flags)).toBe(true)
        const keys = new Set(d.points.map((p) => p.key))
        for (const f of d.flags) {
          expect(keys.has(f.point)).toBe(true)
          expect(f.reason.length).toBeGreaterThan(10)
          expect(f.explained).toBeNull()
        }
      }
    }
    expect(pages).toBeGreaterThan(5)
  }, 120_000)
})

describe('jump and late-report flags', () => {
  const s = suite(
    {},
    {
      role: 'editor',
      setUp: async (x) => {
        for (const [published, text] of ARTICLES)
          expect((await x.call('POST', '/api/articles', { text, published })).statusCode).toBe(201)
      },
    },
  )
  const detailOf = async (id: number) => (await s.call('GET', `/api/series/${id}`)).json() as Detail
  async function flagged(kind: Flag['kind']) {
    const list = (await s.call('GET', '/api/series?limit=200&metric=killed')).json() as {
      items: { id: number; kind: string }[]
    }
    for (const item of list.items) {
      const d = await detailOf(item.id)
      const f = d.flags.find((x) => x.kind === kind)
      if (f) return { d, f }
    }
    throw new Error(`no ${kind} flag`)
  }

  it('flags the toll that jumps, with the rates, and the strike reported months later', async () => {
    const jump = await flagged('jump')
    expect(jump.f).toMatchObject({ date: '2021-04-02', source_name: 'Yemen Rights Monitor', explained: null })
    expect(jump.f.reason).toMatch(/rose by 2,000 in 2 days \(1,000 a day\) to 'at least 2,300', .* times/)
    // Only the jump: the steady rises before it are not flagged.
    expect(jump.d.flags.filter((f) => f.kind === 'jump')).toHaveLength(1)
    const late = await flagged('late')
    expect(late.f).toMatchObject({ date: '2021-03-02' })
    expect(late.f.reason).toBe("'14' of 2021-03-02 was first reported on 2021-06-20, 110 days later.")
  })

  it('lets an editor mark a flag as explained with a note, audited; a viewer cannot', async () => {
    const { d, f } = await flagged('jump')
    const url = `/api/series/${d.series.id}/flags/explained`
    const viewer = await s.t.userWithRole('viewer')
    expect(
      (await s.callAs(viewer, 'PUT', url, { kind: 'jump', point: f.point, note: 'Hospital records' }))
        .statusCode,
    ).toBe(403)
    // A figure without such a flag, and an empty note, are refused naming the field; nothing is stored.
    const wrong = await s.call('PUT', url, { kind: 'late', point: f.point, note: 'x' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body).toMatch(/point/)
    const empty = await s.call('PUT', url, { kind: 'jump', point: f.point, note: '   ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toMatch(/note/)
    expect((await detailOf(d.series.id)).flags.find((x) => x.point === f.point)?.explained).toBeNull()

    const ok = await s.call('PUT', url, {
      kind: 'jump',
      point: f.point,
      note: 'The monitor added deaths from hospital records on 2 April.',
    })
    expect(ok.statusCode).toBe(200)
    const after = (await detailOf(d.series.id)).flags.find((x) => x.kind === 'jump')
    expect(after?.explained).toMatchObject({
      note: 'The monitor added deaths from hospital records on 2 April.',
      by: expect.any(String),
    })
    // A second note replaces the first; both are in the audit trail with before and after.
    await s.call('PUT', url, { kind: 'jump', point: f.point, note: 'Backfill from hospitals.' })
    const trail = await s.t.app.database.rows<{ action: string; before: unknown; after: { note: string } }>(
      sql`select action, before, after from audit_log where entity = 'series_flag' order by id`,
    )
    expect(trail.map((r) => [r.action, r.after.note])).toEqual([
      ['create', 'The monitor added deaths from hospital records on 2 April.'],
      ['explain', 'Backfill from hospitals.'],
    ])
    expect(trail[1]?.before).toMatchObject({
      note: 'The monitor added deaths from hospital records on 2 April.',
    })
  })

  it('exports the flags in the summary sheet with an HXL tag', async () => {
    const res = await s.call('GET', '/api/exports/summary.csv?hxl=true&metric=killed')
    expect(res.statusCode).toBe(200)
    const rows = parse(res.body) as string[][]
    const [header, tags] = rows
    const col = header?.indexOf('flags') ?? -1
    expect(col).toBeGreaterThan(-1)
    expect(tags?.[col]).toBe('#meta+flags')
    const cells = rows.slice(2).map((r) => r[col] ?? '')
    expect(cells.some((c) => /^jump 2021-04-02 \(explained: Backfill from hospitals\.\)$/.test(c))).toBe(true)
    expect(cells.some((c) => /^late 2021-03-02$/.test(c))).toBe(true)
  })
})

describe('the backfill of stored estimates', () => {
  const s = suite(
    {},
    {
      setUp: async (x) => {
        for (const [published, text] of ARTICLES)
          expect((await x.call('POST', '/api/articles', { text, published })).statusCode).toBe(201)
      },
    },
  )
  type Listed = { id: number; estimate: { best: number; reason: string } | null }
  const listed = async () =>
    ((await s.call('GET', '/api/series?limit=200')).json() as { items: Listed[] }).items

  it('gives series stored without an estimate their estimate, and leaves the others alone', async () => {
    const before = await listed()
    expect(before.length).toBeGreaterThan(1)
    expect(before.every((x) => x.estimate !== null)).toBe(true)
    // Series as a Tally before estimates stored them; one keeps its estimate.
    const [kept, ...wiped] = before
    await s.t.app.db.execute(
      sql`update series set estimate = null, version = version + 1 where id <> ${kept!.id}`,
    )
    expect((await listed()).filter((x) => x.estimate === null)).toHaveLength(wiped.length)
    expect(await rebuildSeries(s.t.app.db, { missing: true })).toBe(wiped.length)
    const after = await listed()
    for (const w of wiped) {
      const now = after.find((x) => x.id === w.id)
      expect(now?.estimate).toEqual(w.estimate)
    }
    // Nothing is left to backfill.
    expect(await rebuildSeries(s.t.app.db, { missing: true })).toBe(0)
  }, 120_000)
})
