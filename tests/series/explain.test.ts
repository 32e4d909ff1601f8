import { describe, expect, it } from 'vitest'
import { findDisagreements } from '../../api/series/disagreement.ts'
import { explainDisagreements, type FigureFacts } from '../../api/series/explain.ts'
import type { Point } from '../../api/series/points.ts'
import { point } from './fixtures.ts'

const base: FigureFacts = { since: '2024-03-01', group: 'civilians', place: 'Karbala', unit: 'people' }

/** Two sources two days apart whose figures cannot both be true, the second counting `other`. */
function explain(other: Partial<FigureFacts>, over: Partial<Point> = {}) {
  const a = point({ sourceKey: 'un', date: '2024-05-02', low: 120 })
  const b = point({ sourceKey: 'health', date: '2024-05-04', low: 300, ...over })
  const facts = new Map<Point, FigureFacts>([
    [a, base],
    [b, { ...base, ...other }],
  ])
  return explainDisagreements(findDisagreements([a, b]), (p) => facts.get(p))
}

describe('disagreements explained', () => {
  it.each<[string, Partial<FigureFacts>, RegExp]>([
    [
      'period',
      { since: '2024-01-01' },
      /^Not comparable: different period \(since 2024-03-01 vs since 2024-01-01\)/,
    ],
    ['group', { group: 'people' }, /^Not comparable: different group \(civilians vs people\)/],
    ['place', { place: 'Ain al-Tamr' }, /^Not comparable: different place \(Karbala vs Ain al-Tamr\)/],
    ['unit', { unit: 'households' }, /^Not comparable: different unit \(people vs households\)/],
    [
      'conflict',
      {},
      /^True conflict \(2024-05-02 to 2024-05-04\): 1 pair of figures that cannot both be true; un says 120/,
    ],
  ])('says %s', (cause, other, reason) => {
    const [e, ...rest] = explain(other)
    expect(rest).toEqual([])
    expect(e).toMatchObject({ cause, comparable: cause === 'conflict' })
    expect(e?.reason).toMatch(reason)
  })

  it('says a denial is a denial, not a conflict', () => {
    const a = point({ sourceKey: 'un', date: '2024-05-02', low: 120 })
    const b = point({ sourceKey: 'army', date: '2024-05-03', low: 120, denied: true })
    const [e] = explainDisagreements(findDisagreements([a, b]), () => base)
    expect(e).toMatchObject({ cause: 'denial', comparable: false })
    expect(e?.reason).toMatch(/^Not comparable: a denial/)
  })

  it('groups pairs per cluster of report dates, a conflict winning over a different unit', () => {
    const un = point({ sourceKey: 'un', date: '2024-05-02', low: 120 })
    const who = point({ sourceKey: 'who', date: '2024-05-03', low: 300 })
    const ngo = point({ sourceKey: 'ngo', date: '2024-05-04', low: 50 })
    const late1 = point({ sourceKey: 'un', date: '2024-07-01', low: 500 })
    const late2 = point({ sourceKey: 'who', date: '2024-07-02', low: 900 })
    const facts = (p: Point) => (p === ngo ? { ...base, unit: 'households' } : base)
    const list = explainDisagreements(findDisagreements([un, who, ngo, late1, late2]), facts)
    expect(list.map((e) => [e.first, e.last, e.cause, e.pairs.length])).toEqual([
      ['2024-05-02', '2024-05-04', 'conflict', 3],
      ['2024-07-01', '2024-07-02', 'conflict', 1],
    ])
    expect(list[0]?.pairs.map((p) => p.cause).sort()).toEqual(['conflict', 'unit', 'unit'])
  })
})
