import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../api/series/dates.ts'
import { findDisagreements, findPairsInvolving } from '../../api/series/disagreement.ts'
import { type Point, type SeriesClaim, toPoints } from '../../api/series/points.ts'
import { arbitraryFigure } from './fixtures.ts'

const date = fc.integer({ min: 0, max: 40 }).map((d) => addDays('2020-01-01', d))
const rows = fc.array(
  fc.record({
    figure: arbitraryFigure(1000),
    sourceKey: fc.constantFrom<string | null>('un', 'sohr', 'who', null),
    asOf: fc.option(date),
    published: fc.option(date),
    denied: fc.boolean(),
  }),
  { maxLength: 40 },
)

type Row = typeof rows extends fc.Arbitrary<Array<infer T>> ? T : never

const pointsOf = (list: Row[]): Point[] =>
  toPoints(
    list.map(
      (r, i): SeriesClaim => ({
        id: i,
        articleId: i,
        articleFamily: i,
        sourceKey: r.sourceKey,
        ...r.figure,
        asOf: r.asOf,
        published: r.published,
        denied: r.denied,
        projected: false,
        status: 'pending',
      }),
    ),
  )

// What the refresh stores of a pair: its kind, figures and report dates (not its reason).
const stored = (d: { id: string; dates: [string, string]; days: number; gap: number | null }) =>
  `${d.id} ${d.dates.join(' ')} ${d.days} ${d.gap}`

describe('findPairsInvolving', () => {
  it('finds the pairs findDisagreements finds that involve one of the points, in the same order', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(60)), fc.integer({ min: 0, max: 10 }), (list, picks, window) => {
        const points = pointsOf(list)
        const ids = new Set(picks.flatMap((i) => (points.length ? [points[i % points.length].id] : [])))
        const all = findDisagreements(points, { windowDays: window })
        const expected = all.filter((d) => ids.has(d.a.id) || ids.has(d.b.id)).map(stored)
        expect(findPairsInvolving(points, ids, window).map(stored)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })
})
