// Builders for constructed series data: every field defaulted so a test states only what it is about.

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
