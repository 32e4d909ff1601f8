import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Qualifier } from '../../api/extractor/types.ts'
import { addDays } from '../../api/series/dates.ts'
import { ESTIMATE_RULES, estimate } from '../../api/series/estimate.ts'
import { type SeriesClaim, toPoints } from '../../api/series/points.ts'
import { claim } from './fixtures.ts'

const claims = fc.array(
  fc
    .record({
      qualifier: fc.constantFrom<Qualifier>('exact', 'at_least', 'approx', 'at_most', 'range', 'vague'),
      low: fc.integer({ min: 0, max: 5000 }),
      extra: fc.integer({ min: 0, max: 500 }),
      sourceKey: fc.constantFrom<string | null>('un', 'sohr', 'who', null),
      day: fc.integer({ min: 0, max: 90 }),
      denied: fc.boolean(),
      status: fc.constantFrom<SeriesClaim['status']>('pending', 'verified', 'rejected'),
    })
    .map((r) =>
      claim({
        qualifier: r.qualifier,
        low: r.low,
        high:
          r.qualifier === 'exact' || r.qualifier === 'at_most'
            ? r.low
            : r.qualifier === 'range'
              ? r.low + r.extra
              : null,
        sourceKey: r.sourceKey,
        asOf: addDays('2024-01-01', r.day),
        denied: r.denied,
        status: r.status,
      }),
    ),
  { maxLength: 25 },
)

describe('best estimate', () => {
  it('always has low <= best <= high, comes from a figure weighed, and never from a rejected claim', () => {
    fc.assert(
      fc.property(claims, fc.constantFrom(...ESTIMATE_RULES), (list, rule) => {
        const points = toPoints(list)
        const e = estimate(points, { rule })
        const asserted = points.filter((p) => !p.denied && p.date !== null)
        if (!asserted.length) {
          expect(e).toBeNull()
          return
        }
        expect(e).not.toBeNull()
        if (!e) return
        expect(e.low).toBeLessThanOrEqual(e.best)
        if (e.high !== null) expect(e.best).toBeLessThanOrEqual(e.high)
        const chosen = points.find((p) => p.id === e.point)
        expect(chosen).toBeDefined()
        expect(chosen?.denied).toBe(false)
        const behind = list.filter((c) => chosen?.claimIds.includes(c.id))
        expect(behind.every((c) => c.status !== 'rejected')).toBe(true)
        // Verified figures count first.
        if (asserted.some((p) => p.verified)) expect(chosen?.verified).toBe(true)
        expect(e.reason).toMatch(/^Best: [\d,]+, .*; low [\d,.]+.*; high /)
      }),
    )
  })

  it('at a date, leaves out later reports', () => {
    const points = toPoints([
      claim({ sourceKey: 'sohr', low: 360, high: null, qualifier: 'at_least', asOf: '2019-06-13' }),
      claim({ sourceKey: 'sohr', low: 860, high: null, qualifier: 'at_least', asOf: '2019-08-20' }),
    ])
    expect(estimate(points, { at: '2019-07-01' })).toMatchObject({ best: 360, as_of: '2019-06-13' })
    expect(estimate(points, { at: '2019-06-01' })).toBeNull()
    expect(estimate(points)).toMatchObject({ best: 860, low: 860, high: null })
  })
})
