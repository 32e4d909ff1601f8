import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { incidentTotals } from '../../api/series/buckets.ts'
import { addDays } from '../../api/series/dates.ts'
import { findDisagreements, interval, overlaps } from '../../api/series/disagreement.ts'
import { collapseIncidents, type Point, type SeriesClaim, toPoints } from '../../api/series/points.ts'
import { normaliseSource } from '../../api/series/sources.ts'
import { STARTER_SOURCES } from '../../api/series/starter-sources.ts'
import { arbitraryFigure } from './fixtures.ts'

const date = fc.integer({ min: 0, max: 40 }).map((d) => addDays('2020-01-01', d))
const source = fc.constantFrom<string | null>('un', 'sohr', 'who', null)
const figure = arbitraryFigure(1000)

const claims = fc.array(
  fc.record({
    figure,
    sourceKey: source,
    asOf: fc.option(date),
    published: fc.option(date),
    family: fc.option(fc.integer({ min: 1, max: 5 })),
    denied: fc.boolean(),
    projected: fc.boolean(),
    status: fc.constantFrom<SeriesClaim['status']>('pending', 'verified', 'rejected'),
  }),
  { maxLength: 30 },
)

type Row = typeof claims extends fc.Arbitrary<Array<infer T>> ? T : never

const toClaims = (rows: Row[]) =>
  rows.map(
    (r, i): SeriesClaim => ({
      id: i,
      articleId: r.family,
      articleFamily: r.family,
      sourceKey: r.sourceKey,
      ...r.figure,
      asOf: r.asOf,
      published: r.published,
      denied: r.denied,
      projected: r.projected,
      status: r.status,
    }),
  )

const ids = (points: Point[], windowDays?: number) =>
  findDisagreements(points, { windowDays })
    .map((d) => d.id)
    .sort()

describe('properties', () => {
  it('points keep every claim in series exactly once, and nothing else', () => {
    fc.assert(
      fc.property(claims, (rows) => {
        const list = toClaims(rows)
        const points = toPoints(list)
        const seen = points.flatMap((p) => p.claimIds)
        const expected = list.filter((c) => c.status !== 'rejected' && !c.projected).map((c) => c.id)
        expect([...seen].sort()).toEqual([...expected].sort())
        for (const p of points) expect(p.citations).toBeLessThanOrEqual(p.claimIds.length)
      }),
    )
  })

  it('disagreement does not depend on the order of points', () => {
    fc.assert(
      fc.property(claims, fc.integer({ min: 0, max: 10 }), (rows, windowDays) => {
        const points = toPoints(toClaims(rows))
        expect(ids([...points].reverse(), windowDays)).toEqual(ids(points, windowDays))
      }),
    )
  })

  it('overlap is symmetric, and a figure always overlaps itself', () => {
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        expect(overlaps(interval(x), interval(y))).toBe(overlaps(interval(y), interval(x)))
        expect(overlaps(interval(x), interval(x))).toBe(true)
      }),
    )
  })

  it('two "at least" figures never disagree', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(source, date, fc.nat(100000)), { maxLength: 20 }), (rows) => {
        const points = toPoints(
          rows.map(([sourceKey, d, low], i) => ({
            id: i,
            articleId: i,
            articleFamily: i,
            sourceKey,
            low,
            high: null,
            qualifier: 'at_least' as const,
            asOf: d,
            published: d,
            denied: false,
            projected: false,
            status: 'pending' as const,
          })),
        )
        expect(findDisagreements(points)).toEqual([])
      }),
    )
  })

  it('the running total of incidents is the sum of their figures', () => {
    fc.assert(
      fc.property(
        claims,
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (rows, unit) => {
          const incidents = collapseIncidents(toClaims(rows))
          const totals = incidentTotals(incidents, unit)
          const sum = incidents.filter((i) => i.date !== null).reduce((s, i) => s + i.low, 0)
          expect(totals.length === 0 ? 0 : totals[totals.length - 1].runningLow).toBe(sum)
          expect(totals.reduce((s, t) => s + t.incidents, 0)).toBe(incidents.filter((i) => i.date).length)
        },
      ),
    )
  })

  it('source matching ignores case, a leading "the" and trailing punctuation', () => {
    const aliases = STARTER_SOURCES.flatMap((e) => e.aliases.map((a) => [a, e.key] as const))
    fc.assert(
      fc.property(fc.constantFrom(...aliases), fc.boolean(), fc.boolean(), ([alias, key], upper, the) => {
        const text = `${the ? 'The ' : ''}${upper ? alias.toUpperCase() : alias.toLowerCase()}.`
        expect(normaliseSource(text, STARTER_SOURCES)?.key).toBe(key)
      }),
    )
  })
})
