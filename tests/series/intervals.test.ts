import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  add,
  contains,
  increase,
  type Range,
  rangeOf,
  rangeWords,
  rebase,
  subtract,
  sum,
} from '../../api/series/intervals.ts'
import { arbitraryFigure } from './fixtures.ts'

const BIG = 1e7
// A range with finite or open upper bound, and a value inside it.
const rangeWithValue = fc
  .tuple(
    fc.integer({ min: -BIG, max: BIG }),
    fc.integer({ min: 0, max: BIG }),
    fc.boolean(),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([low, width, open, t]) => {
    const r: Range = { low, high: open ? Number.POSITIVE_INFINITY : low + width }
    // Any value of an open range is fine; a finite stand-in is enough to test containment.
    const x = Math.round(low + t * width)
    return { r, x }
  })

const figure = arbitraryFigure(100_000)

describe('interval arithmetic', () => {
  it('reads qualifiers as the values they allow', () => {
    expect(rangeOf({ low: 860, high: null, qualifier: 'at_least' })).toEqual({ low: 860, high: Infinity })
    expect(rangeOf({ low: 700, high: null, qualifier: 'approx' })).toEqual({ low: 630, high: 770 })
    expect(rangeOf({ low: 20, high: 30, qualifier: 'range' })).toEqual({ low: 20, high: 30 })
    expect(rangeOf({ low: 50, high: 50, qualifier: 'at_most' })).toEqual({ low: 0, high: 50 })
    expect(rangeOf({ low: 12, high: 12, qualifier: 'exact' })).toEqual({ low: 12, high: 12 })
  })

  it('a sum contains every sum of values inside its terms', () => {
    fc.assert(
      fc.property(fc.array(rangeWithValue, { maxLength: 8 }), (terms) => {
        const total = sum(terms.map((t) => t.r))
        expect(
          contains(
            total,
            terms.reduce((n, t) => n + t.x, 0),
          ),
        ).toBe(true)
      }),
    )
  })

  it('a difference contains every difference of values inside its terms', () => {
    fc.assert(
      fc.property(rangeWithValue, rangeWithValue, (a, b) => {
        expect(contains(subtract(a.r, b.r), a.x - b.x)).toBe(true)
        expect(contains(add(a.r, b.r), a.x + b.x)).toBe(true)
      }),
    )
  })

  it('keeps "at least" then "at least" unknown, and "+500" only where it is true', () => {
    const atLeast360 = rangeOf({ low: 360, high: null, qualifier: 'at_least' })
    const atLeast860 = rangeOf({ low: 860, high: null, qualifier: 'at_least' })
    expect(rangeWords(subtract(atLeast860, atLeast360), true)).toBe('unknown')
    expect(increase(atLeast360, atLeast860)).toEqual({ low: 0, high: Infinity })
    const exactly360 = rangeOf({ low: 360, high: 360, qualifier: 'exact' })
    expect(rangeWords(increase(exactly360, atLeast860)!, true)).toBe('at least +500')
    expect(rangeWords(increase(exactly360, { low: 860, high: 860 })!, true)).toBe('+500')
  })

  it('re-basing never gives a bound narrower than the data allows', () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (f, g, s, t) => {
          const [ra, rb] = [rangeOf(f), rangeOf(g)]
          const pick = (r: Range, u: number) =>
            Number.isFinite(r.high) ? r.low + u * (r.high - r.low) : r.low + u * 1e6
          const [x, y] = [pick(ra, s), pick(rb, t)]
          const r = rebase(
            { ...f, date: '2024-06-01', sourceKey: 'sohr' },
            { ...g, date: '2024-08-20', sourceKey: 'sohr' },
          )
          // Values a count that never falls could take: the later at least the earlier.
          if (y >= x) {
            expect(r).not.toBeNull()
            expect(r!.range.low).toBeLessThanOrEqual(y - x + 1e-6)
            expect(r!.range.high).toBeGreaterThanOrEqual(y - x - 1e-6)
          }
          // Only a pair that cannot both be true of one rising count is refused.
          if (r === null) expect(ra.low).toBeGreaterThan(rb.high)
        },
      ),
    )
  })

  it('re-bases only one source over one period, in date order', () => {
    const a = { low: 360, high: 360, qualifier: 'exact' as const, date: '2024-06-01', sourceKey: 'sohr' }
    const b = { low: 860, high: null, qualifier: 'at_least' as const, date: '2024-08-20', sourceKey: 'sohr' }
    expect(rebase(a, b)?.words).toBe('at least 500')
    expect(rebase(a, { ...b, sourceKey: 'un' })).toBeNull()
    expect(rebase(b, a)).toBeNull()
    expect(rebase({ ...a, period: '2019-04-21' }, { ...b, period: '2024-01-01' })).toBeNull()
  })
})
