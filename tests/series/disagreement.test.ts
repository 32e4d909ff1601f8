import { describe, expect, it } from 'vitest'
import {
  APPROX_TOLERANCE,
  describe as describeFigure,
  findDisagreements,
  findRevisions,
  interval,
} from '../../api/series/disagreement.ts'
import type { Point } from '../../api/series/points.ts'
import { point } from './fixtures.ts'

const at = (sourceKey: string | null, date: string, low: number, over: Partial<Point> = {}) =>
  point({ sourceKey, date, low, ...over })
const pair = (a: Point, b: Point, windowDays?: number) => findDisagreements([a, b], { windowDays })

describe('intervals', () => {
  it('reads each qualifier as the values it allows', () => {
    expect(interval({ low: 5, high: 5, qualifier: 'exact' })).toEqual({ low: 5, high: 5 })
    expect(interval({ low: 5, high: null, qualifier: 'at_least' })).toEqual({ low: 5, high: null })
    expect(interval({ low: 5, high: 5, qualifier: 'at_most' })).toEqual({ low: 0, high: 5 })
    expect(interval({ low: 5, high: 9, qualifier: 'range' })).toEqual({ low: 5, high: 9 })
    expect(interval({ low: 1000, high: null, qualifier: 'approx' })).toEqual({ low: 900, high: 1100 })
    expect(interval({ low: 200, high: null, qualifier: 'vague' })).toEqual({ low: 200, high: null })
    expect(APPROX_TOLERANCE).toBe(0.1)
  })
})

describe('findDisagreements', () => {
  it('finds two sources whose figures cannot both be true', () => {
    const [d, ...rest] = pair(at('un', '2020-02-06', 200), at('sohr', '2020-02-04', 100))
    expect(rest).toEqual([])
    expect(d).toMatchObject({ kind: 'range', gap: 100, days: 2, dates: ['2020-02-04', '2020-02-06'] })
    expect([d.a.sourceKey, d.b.sourceKey]).toEqual(['sohr', 'un'])
    expect(d.reason).toBe(
      'sohr says 100 (2020-02-04) but un says 200 (2020-02-06): 100 apart, 2 days between reports',
    )
  })

  it.each<[string, Partial<Point>, Partial<Point>, boolean]>([
    [
      'overlapping ranges',
      { low: 100, high: 200, qualifier: 'range' },
      { low: 150, high: 300, qualifier: 'range' },
      false,
    ],
    [
      'touching ranges',
      { low: 100, high: 200, qualifier: 'range' },
      { low: 200, high: 300, qualifier: 'range' },
      false,
    ],
    [
      'separate ranges',
      { low: 100, high: 200, qualifier: 'range' },
      { low: 201, high: 300, qualifier: 'range' },
      true,
    ],
    ['exact inside a range', { low: 150 }, { low: 100, high: 200, qualifier: 'range' }, false],
    ['exact outside a range', { low: 250 }, { low: 100, high: 200, qualifier: 'range' }, true],
    ['at least, open upward', { low: 100, qualifier: 'at_least' }, { low: 5000 }, false],
    ['above an at least', { low: 1000, qualifier: 'at_least' }, { low: 500 }, true],
    ['both at least', { low: 10, qualifier: 'at_least' }, { low: 100000, qualifier: 'at_least' }, false],
    ['vague is a floor', { low: 2000, qualifier: 'vague' }, { low: 20000, qualifier: 'vague' }, false],
    ['up to, below', { low: 100, high: 100, qualifier: 'at_most' }, { low: 40 }, false],
    ['up to, above', { low: 100, high: 100, qualifier: 'at_most' }, { low: 150 }, true],
    ['approx within a tenth', { low: 1000, qualifier: 'approx' }, { low: 1100 }, false],
    ['approx beyond a tenth', { low: 1000, qualifier: 'approx' }, { low: 1150 }, true],
  ])('%s: disagreement %s', (_name, x, y, expected) => {
    const found = pair(
      point({ sourceKey: 'a', date: '2020-01-01', ...x }),
      point({ sourceKey: 'b', date: '2020-01-02', ...y }),
    )
    expect(found.length).toBe(expected ? 1 : 0)
  })

  it('compares reports at most 7 days apart by default, or the window given', () => {
    expect(pair(at('a', '2020-01-01', 1), at('b', '2020-01-08', 50))).toHaveLength(1)
    expect(pair(at('a', '2020-01-01', 1), at('b', '2020-01-09', 50))).toHaveLength(0)
    expect(pair(at('a', '2020-01-01', 1), at('b', '2020-01-09', 50), 8)).toHaveLength(1)
    expect(pair(at('a', '2020-01-01', 1), at('b', '2020-01-02', 50), 0)).toHaveLength(0)
  })

  it('uses repeats of a figure as report dates too', () => {
    const old = at('sohr', '2019-06-13', 360, { repeatedOn: ['2019-08-20'] })
    const [d] = pair(old, at('un', '2019-08-22', 100))
    expect(d).toMatchObject({ days: 2, dates: ['2019-08-22', '2019-08-20'] })
  })

  it('never sets a source against itself, nor undated points against anything', () => {
    expect(pair(at('a', '2020-01-01', 1), at('a', '2020-01-02', 50))).toHaveLength(0)
    expect(pair(at('a', '2020-01-01', 1), point({ sourceKey: 'b', date: null, low: 50 }))).toHaveLength(0)
  })

  it('treats unattributed figures as a source of their own', () => {
    expect(pair(at(null, '2020-01-01', 1), at('b', '2020-01-02', 50))).toHaveLength(1)
  })

  it('sets a denied figure against the same figure asserted', () => {
    const asserted = at('ministry:defence:TUR', '2020-02-28', 33)
    const denied = at('ministry:defence:RUS', '2020-02-29', 33, { denied: true })
    const found = findDisagreements([denied, asserted])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'denial', gap: null, days: 1 })
    expect(found[0].a.id).toBe(asserted.id)
    expect(found[0].b.id).toBe(denied.id)
    // Another value, or two denials, are not a denial of each other.
    expect(findDisagreements([denied, at('x', '2020-02-28', 34)])).toEqual([])
    expect(findDisagreements([denied, at('x', '2020-02-28', 33, { denied: true })])).toEqual([])
  })

  it('counts a denied figure as no one asserting it when ranges are compared', () => {
    const denied = at('a', '2020-02-29', 5000, { denied: true })
    expect(findDisagreements([denied, at('b', '2020-02-28', 33)])).toEqual([])
  })
})

describe('findRevisions', () => {
  it('flags a cumulative figure that a source later reports lower', () => {
    const before = at('sohr', '2019-08-20', 860, { qualifier: 'at_least', high: null })
    const after = at('sohr', '2019-08-27', 700, { qualifier: 'at_least', high: null })
    const [r, ...rest] = findRevisions([after, before, at('sohr', '2019-06-13', 360)])
    expect(rest).toEqual([])
    expect(r).toMatchObject({ sourceKey: 'sohr', drop: 160, percent: 18.604651, days: 7 })
    expect([r.before.id, r.after.id]).toEqual([before.id, after.id])
    expect(r.reason).toBe('sohr reported at least 860 on 2019-08-20 and then at least 700 on 2019-08-27')
  })

  it('leaves alone rises, "up to" figures, same-day figures and unattributed ones', () => {
    expect(findRevisions([at('a', '2020-01-01', 1), at('a', '2020-01-05', 2)])).toEqual([])
    const upTo = at('a', '2020-01-01', 100, { qualifier: 'at_most', high: 100 })
    expect(findRevisions([upTo, at('a', '2020-01-05', 80)])).toEqual([])
    expect(findRevisions([at('a', '2020-01-01', 100), at('a', '2020-01-01', 80)])).toEqual([])
    expect(findRevisions([at(null, '2020-01-01', 100), at(null, '2020-01-05', 80)])).toEqual([])
  })

  it('flags a drop to an "up to" figure', () => {
    const upTo = at('a', '2020-01-05', 80, { qualifier: 'at_most', high: 80 })
    expect(findRevisions([at('a', '2020-01-01', 100), upTo])).toHaveLength(1)
  })
})

describe('describe', () => {
  it('says figures the way readers do', () => {
    expect(describeFigure({ low: 520000, high: null, qualifier: 'at_least' })).toBe('at least 520,000')
    expect(describeFigure({ low: 20, high: 30, qualifier: 'range' })).toBe('20-30')
    expect(describeFigure({ low: 1000, high: null, qualifier: 'approx' })).toBe('about 1,000')
  })
})
