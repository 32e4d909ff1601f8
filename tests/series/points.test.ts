import { describe, expect, it } from 'vitest'
import { collapseIncidents, toPoints } from '../../api/series/points.ts'
import { claim, REPEATED_370K } from './fixtures.ts'

describe('toPoints', () => {
  it('makes a repeated unattributed figure one point, first reported on the first date, cited twice', () => {
    const a = claim({ low: 370000, high: null, qualifier: 'at_least', asOf: null, published: '2019-06-13' })
    const b = claim({ low: 370000, high: null, qualifier: 'at_least', asOf: null, published: '2019-08-20' })
    const points = toPoints([b, a])
    expect(points).toHaveLength(1)
    expect(points[0]).toMatchObject(REPEATED_370K)
    expect(points[0].claimIds.sort()).toEqual([a.id, b.id].sort())
  })

  it('counts near-duplicate copies of one story once', () => {
    const original = claim({ sourceKey: 'un', articleId: 10, articleFamily: 10, asOf: '2020-02-06' })
    const copy = claim({ sourceKey: 'un', articleId: 11, articleFamily: 10, asOf: '2020-02-07' })
    const other = claim({ sourceKey: 'un', articleId: 12, articleFamily: 12, asOf: '2020-02-08' })
    const [p] = toPoints([original, copy])
    expect(p.citations).toBe(1)
    expect(p.repeatedOn).toEqual(['2020-02-07'])
    expect(toPoints([original, copy, other])[0].citations).toBe(2)
  })

  it('counts two figures of one article once, and claims without an article each once', () => {
    const x = claim({ articleId: 5, articleFamily: 5 })
    const y = claim({ articleId: 5, articleFamily: 5 })
    expect(toPoints([x, y])[0].citations).toBe(1)
    const m = claim({ articleId: null, articleFamily: null })
    const n = claim({ articleId: null, articleFamily: null })
    expect(toPoints([m, n])[0].citations).toBe(2)
  })

  it('keeps sources, values, qualifiers and denials apart', () => {
    const points = toPoints([
      claim({ sourceKey: 'sohr', low: 360, high: null, qualifier: 'at_least' }),
      claim({ sourceKey: 'un', low: 360, high: null, qualifier: 'at_least' }),
      claim({ sourceKey: 'sohr', low: 360, high: 360, qualifier: 'exact' }),
      claim({ sourceKey: 'sohr', low: 860, high: null, qualifier: 'at_least' }),
      claim({ sourceKey: 'sohr', low: 360, high: null, qualifier: 'at_least', denied: true }),
    ])
    expect(points).toHaveLength(5)
  })

  it('leaves out rejected and projected claims, keeps pending and verified ones', () => {
    const points = toPoints([
      claim({ status: 'rejected' }),
      claim({ projected: true }),
      claim({ status: 'pending', asOf: '2020-01-02' }),
      claim({ status: 'verified', asOf: '2020-01-03' }),
    ])
    expect(points).toHaveLength(1)
    expect(points[0]).toMatchObject({ citations: 2, verified: true, date: '2020-01-02' })
  })

  it('dates a point by as_of, else by publication, and sorts undated points last', () => {
    const points = toPoints([
      claim({ low: 1, asOf: null, published: null }),
      claim({ low: 2, asOf: '2020-03-01', published: '2020-03-05' }),
      claim({ low: 3, asOf: null, published: '2020-02-01' }),
    ])
    expect(points.map((p) => [p.low, p.date])).toEqual([
      [3, '2020-02-01'],
      [2, '2020-03-01'],
      [1, null],
    ])
  })
})

describe('collapseIncidents', () => {
  it('merges the same value reported within the window and lists every source', () => {
    const incidents = collapseIncidents([
      claim({ sourceKey: 'sohr', low: 12, asOf: '2020-02-10' }),
      claim({ sourceKey: 'white-helmets', low: 12, asOf: '2020-02-11' }),
      claim({ sourceKey: null, low: 12, asOf: '2020-02-13' }),
      claim({ sourceKey: 'sana', low: 12, asOf: '2020-02-14' }),
      claim({ sourceKey: 'sohr', low: 5, asOf: '2020-02-11' }),
    ])
    expect(incidents.map((i) => [i.date, i.low, i.sources])).toEqual([
      ['2020-02-10', 12, ['sohr', 'white-helmets', null]],
      ['2020-02-11', 5, ['sohr']],
      ['2020-02-14', 12, ['sana']],
    ])
    expect(incidents[0]).toMatchObject({ repeatedOn: ['2020-02-11', '2020-02-13'], citations: 3 })
  })

  it('takes the window from the caller and leaves out denied, rejected and projected claims', () => {
    const claims = [
      claim({ low: 7, asOf: '2020-01-01' }),
      claim({ low: 7, asOf: '2020-01-06' }),
      claim({ low: 7, asOf: '2020-01-02', denied: true }),
      claim({ low: 9, asOf: '2020-01-02', status: 'rejected' }),
      claim({ low: 9, asOf: '2020-01-02', projected: true }),
    ]
    expect(collapseIncidents(claims)).toHaveLength(2)
    expect(collapseIncidents(claims, { windowDays: 5 })).toHaveLength(1)
  })

  it('counts copies of one story once and takes the wording most reports use', () => {
    const [inc] = collapseIncidents([
      claim({ low: 30, high: null, qualifier: 'at_least', articleFamily: 1 }),
      claim({ low: 30, high: null, qualifier: 'at_least', articleFamily: 1 }),
      claim({ low: 30, high: 30, qualifier: 'exact', articleFamily: 2 }),
    ])
    expect(inc).toMatchObject({ low: 30, high: null, qualifier: 'at_least', citations: 2 })
  })
})
