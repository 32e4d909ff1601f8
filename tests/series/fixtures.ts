// Builders for constructed series data: every field defaulted so a test states only what it is about.

import fc from 'fast-check'
import type { Qualifier } from '../../api/extractor/types.ts'
import type { Point, SeriesClaim } from '../../api/series/points.ts'

let nextId = 1

export function claim(over: Partial<SeriesClaim> = {}): SeriesClaim {
  const id = nextId++
  return {
    id,
    articleId: id,
    articleFamily: id,
    sourceKey: null,
    low: 100,
    high: 100,
    qualifier: 'exact',
    asOf: '2020-01-01',
    published: '2020-01-01',
    denied: false,
    projected: false,
    status: 'pending',
    ...over,
  }
}

/** A point as toPoints would make it, for change and disagreement tests. */
export function point(over: Partial<Point> & Pick<Point, 'date'>): Point {
  const p: Point = {
    id: '',
    sourceKey: null,
    low: 100,
    high: null,
    qualifier: 'exact',
    repeatedOn: [],
    denied: false,
    claimIds: [],
    citations: 1,
    verified: false,
    ...over,
  }
  if (p.qualifier === 'exact' && over.high === undefined) p.high = p.low
  if (!over.id)
    p.id = `${p.sourceKey ?? '-'}|${p.low}|${p.high ?? ''}|${p.qualifier}${p.denied ? '|denied' : ''}`
  return p
}

/** Random figures of every qualifier, low up to `max`, with the high bound the qualifier gives it. */
export const arbitraryFigure = (max: number) =>
  fc
    .tuple(
      fc.constantFrom<Qualifier>('exact', 'at_least', 'approx', 'at_most', 'range', 'vague'),
      fc.integer({ min: 0, max }),
      fc.integer({ min: 0, max: max / 2 }),
    )
    .map(([qualifier, low, extra]) => ({
      qualifier,
      low,
      high:
        qualifier === 'exact' || qualifier === 'at_most' ? low : qualifier === 'range' ? low + extra : null,
    }))

/** The point the seeds' repeated "more than 370,000 killed since 2011" makes: one figure cited twice. */
export const REPEATED_370K = {
  sourceKey: null,
  low: 370000,
  qualifier: 'at_least',
  date: '2019-06-13',
  repeatedOn: ['2019-08-20'],
  citations: 2,
}
