// The flag arithmetic: jumps of a running toll against its usual daily rate, and late reports.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectEvents } from '../../api/series/alert-events.ts'
import { changes } from '../../api/series/change.ts'
import { addDays } from '../../api/series/dates.ts'
import { findFlags, jumpFlags, lateFlags, median, steps, usualRate } from '../../api/series/flags.ts'
import { collapseIncidents, toPoints } from '../../api/series/points.ts'
import { claim, point } from './fixtures.ts'

/** A toll of one source: [date, figure] pairs. */
const toll = (source: string, figures: Array<[string, number]>) =>
  figures.map(([date, low]) => point({ id: `${source}|${low}`, sourceKey: source, date, low, high: low }))

describe('steps and the median rate', () => {
  it('counts a first figure from the period start, skips same-day corrections', () => {
    const s = steps(
      toll('obs', [
        ['2020-01-11', 100],
        ['2020-01-11', 120],
        ['2020-01-21', 220],
      ]),
      '2020-01-01',
    )
    expect(s.map((x) => [x.rise, x.days, x.perDay])).toEqual([
      [100, 10, 10],
      [100, 10, 10],
    ])
  })

  it('reads the median without one value off the sorted rates, as the slow way gives it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (values, pick) => {
          const sorted = [...values].sort((a, b) => a - b)
          const own = values[pick % values.length]!
          const rest = [...values]
          rest.splice(rest.indexOf(own), 1)
          const slow = median(rest)
          expect(usualRate(sorted, own)).toBe(slow === null || slow <= 0 ? null : slow)
        },
      ),
    )
  })

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull()
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 10])).toBe(3.5)
  })
})

describe('jump flags', () => {
  it('flags a rise far faster than the series usually rises, naming the rates', () => {
    // About 10 a day for a month, then 3,000 in three days: a backfill.
    const points = toll('obs', [
      ['2020-01-10', 100],
      ['2020-01-20', 200],
      ['2020-01-30', 310],
      ['2020-02-02', 3310],
    ])
    const flags = jumpFlags(points, { sourceName: () => 'the Observatory' })
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ kind: 'jump', point: 'obs|3310', date: '2020-02-02' })
    expect(flags[0]?.reason).toBe(
      "the Observatory's figure rose by 3,000 in 3 days (1,000 a day) to '3,310', 95.2 times the series' " +
        'usual 10.5 a day: a backfill or a new way of counting?',
    )
  })

  it('does not flag a steady toll, nor a rise just under the factor', () => {
    const steady = toll('obs', [
      ['2020-01-10', 100],
      ['2020-01-20', 200],
      ['2020-01-30', 300],
      ['2020-02-09', 400],
    ])
    expect(jumpFlags(steady)).toEqual([])
    // 10 a day usually; 29 a day is under 3 times that, 31 a day over.
    const under = [...steady, ...toll('obs', [['2020-02-19', 690]])]
    expect(jumpFlags(under)).toEqual([])
    const over = [...steady, ...toll('obs', [['2020-02-19', 710]])]
    expect(jumpFlags(over).map((f) => f.point)).toEqual(['obs|710'])
  })

  it('needs another step to judge against, and a rise of at least the minimum', () => {
    expect(
      jumpFlags(
        toll('obs', [
          ['2020-01-10', 10],
          ['2020-01-11', 5000],
        ]),
      ),
    ).toEqual([])
    const small = toll('obs', [
      ['2020-01-01', 1],
      ['2020-01-11', 2],
      ['2020-01-21', 3],
      ['2020-01-22', 9],
    ])
    expect(jumpFlags(small)).toEqual([])
    expect(jumpFlags(small, { minRise: 5 }).map((f) => f.point)).toEqual(['obs|9'])
  })

  it("judges against other sources' rates and the period start", () => {
    // 150 a day from the Observatory; alone, it has nothing to be judged against.
    const obs = toll('obs', [
      ['2020-01-11', 100],
      ['2020-01-13', 400],
    ])
    expect(jumpFlags(obs)).toEqual([])
    // Its first figure, counted from the start of the period, says 10 a day.
    expect(jumpFlags(obs, { periodStart: '2020-01-01' }).map((f) => f.point)).toEqual(['obs|400'])
    // So does another source's rise.
    const un = toll('un', [
      ['2020-01-06', 50],
      ['2020-01-16', 150],
    ])
    expect(jumpFlags([...obs, ...un]).map((f) => f.point)).toEqual(['obs|400'])
  })

  it('never flags a fall or a denial', () => {
    const points = [
      ...toll('obs', [
        ['2020-01-10', 100],
        ['2020-01-20', 200],
        ['2020-01-30', 50],
      ]),
      point({ id: 'obs|9000|denied', sourceKey: 'obs', date: '2020-01-31', low: 9000, denied: true }),
    ]
    expect(jumpFlags(points)).toEqual([])
  })

  // Whatever the toll, a flagged rise is at least the minimum and beats factor x the median of the rest.
  it('flags only rises that beat the factor (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: -50, max: 2000 })), {
          minLength: 2,
          maxLength: 12,
        }),
        fc.integer({ min: 2, max: 5 }),
        (raw, factor) => {
          let day = 0
          let low = 0
          const points = raw.map(([gap, rise]) => {
            day += gap
            low = Math.max(0, low + rise)
            return point({ id: `s|${day}`, sourceKey: 's', date: addDays('2020-01-01', day), low })
          })
          const all = steps(points)
          for (const f of jumpFlags(points, { factor })) {
            const i = all.findIndex((s) => s.to.id === f.point)
            const step = all[i]!
            const rest = median(all.filter((s, j) => j !== i && s.perDay >= 0).map((s) => s.perDay))!
            expect(step.rise).toBeGreaterThanOrEqual(10)
            expect(rest).toBeGreaterThan(0)
            expect(step.perDay).toBeGreaterThan(factor * rest)
          }
        },
      ),
    )
  })
})

describe('late reports', () => {
  it('flags an incident first reported long after its date, quoting both dates', () => {
    const late = claim({ low: 12, high: 12, asOf: '2020-01-05', published: '2020-03-01' })
    const again = claim({ low: 12, high: 12, asOf: '2020-01-05', published: '2020-03-03' })
    const prompt = claim({ low: 40, high: 40, asOf: '2020-02-01', published: '2020-02-02' })
    const inputs = [late, again, prompt]
    const flags = lateFlags(collapseIncidents(inputs), inputs)
    expect(flags).toHaveLength(1)
    expect(flags[0]).toMatchObject({ kind: 'late', date: '2020-01-05' })
    expect(flags[0]?.reason).toBe("'12' of 2020-01-05 was first reported on 2020-03-01, 56 days later.")
  })

  it('goes by the first report: a prompt report makes later repeats not late', () => {
    const first = claim({ sourceKey: 'who', asOf: '2020-01-05', published: '2020-01-06' })
    const repeat = claim({ sourceKey: 'who', asOf: '2020-01-05', published: '2020-06-01' })
    expect(lateFlags(toPoints([first, repeat]), [first, repeat])).toEqual([])
  })

  it('needs a date of its own: a claim dated only by its article is never late', () => {
    const c = claim({ asOf: null, published: '2020-06-01' })
    expect(lateFlags(toPoints([c]), [c])).toEqual([])
    const edge = claim({ asOf: '2020-01-01', published: '2020-01-31' })
    expect(lateFlags(toPoints([edge]), [edge])).toEqual([])
    expect(lateFlags(toPoints([edge]), [edge], 29)).toHaveLength(1)
  })

  it('gives incident series late reports but no jumps', () => {
    const inputs = [
      claim({ low: 10, high: 10, asOf: '2020-01-01', published: '2020-01-01' }),
      claim({ low: 20, high: 20, asOf: '2020-01-11', published: '2020-01-11' }),
      claim({ low: 5000, high: 5000, asOf: '2020-01-12', published: '2020-04-12' }),
    ]
    const flags = findFlags('incident', collapseIncidents(inputs), inputs)
    expect(flags.map((f) => f.kind)).toEqual(['late'])
  })
})

describe('alerts of flagged figures', () => {
  it('sends a jump for a rise above the usual rate, and a late report with its dates', () => {
    const inputs = [
      claim({ id: 901, sourceKey: 'obs', low: 100, high: 100, asOf: '2020-01-10', published: '2020-01-10' }),
      claim({ id: 902, sourceKey: 'obs', low: 200, high: 200, asOf: '2020-01-20', published: '2020-01-20' }),
      claim({ id: 903, sourceKey: 'obs', low: 290, high: 290, asOf: '2020-01-30', published: '2020-01-30' }),
      // +20% only, but 100 a day against the usual 9.5.
      claim({ id: 904, sourceKey: 'obs', low: 350, high: 350, asOf: '2020-01-31', published: '2020-01-31' }),
      claim({ id: 905, sourceKey: 'who', low: 40, high: 40, asOf: '2019-10-01', published: '2020-01-31' }),
    ]
    const points = toPoints(inputs)
    const a = {
      points,
      changes: changes(points),
      disagreements: [],
      revisions: [],
      flags: findFlags('cumulative', points, inputs),
      sourceName: (k: string | null) => k ?? 'someone',
    }
    const fresh = new Map([
      [904, { id: 904, quote: 'q', asOf: '2020-01-31' }],
      [905, { id: 905, quote: 'q', asOf: '2019-10-01' }],
    ])
    const events = detectEvents({ id: 1, title: 'T', kind: 'cumulative' }, a, fresh)
    expect(events.map((e) => [e.kind, e.claimId])).toEqual([
      ['new_figure', 905],
      ['jump', 904],
    ])
    expect(events[0]?.payload.reason).toMatch(/first reported on 2020-01-31, 122 days later/)
    expect(events[1]?.payload.reason).toMatch(/^obs's figure rose by 60 in 1 day/)
    // Without the flags, +20% is a new figure.
    const plain = detectEvents({ id: 1, title: 'T', kind: 'cumulative' }, { ...a, flags: [] }, fresh)
    expect(plain.map((e) => e.kind)).toEqual(['new_figure', 'new_figure'])
  })
})
