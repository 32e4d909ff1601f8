import { describe, expect, it } from 'vitest'
import { bucket, incidentTotals } from '../../api/series/buckets.ts'
import {
  changes,
  increments,
  independentSources,
  latest,
  latestBySource,
  summarise,
} from '../../api/series/change.ts'
import { periodOf } from '../../api/series/dates.ts'
import { point } from './fixtures.ts'

// The Idlib series of the issue, plus a UN figure and an unattributed one.
const sohr360 = point({ sourceKey: 'sohr', low: 360, qualifier: 'at_least', date: '2019-06-13' })
const sohr860 = point({ sourceKey: 'sohr', low: 860, qualifier: 'at_least', date: '2019-08-20' })
const un500 = point({ sourceKey: 'un', low: 500, date: '2019-07-01', citations: 3 })
const anon = point({ sourceKey: null, low: 900, date: '2019-08-20', repeatedOn: ['2019-08-25'] })
const series = [sohr860, un500, anon, sohr360]

describe('change per source', () => {
  it('gives absolute, percent and per-day change from the same source only', () => {
    const c = changes(series)
    expect(c.find((x) => x.pointId === sohr860.id)).toEqual({
      pointId: sohr860.id,
      sourceKey: 'sohr',
      date: '2019-08-20',
      previousPointId: sohr360.id,
      previousDate: '2019-06-13',
      absolute: 500,
      percent: 138.8889,
      days: 68,
      perDay: 7.3529,
    })
    const first = c.find((x) => x.pointId === un500.id)!
    expect([first.previousPointId, first.absolute, first.percent, first.perDay]).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(c.map((x) => x.date)).toEqual(['2019-06-13', '2019-07-01', '2019-08-20', '2019-08-20'])
  })

  it('has no percent from 0 and no per-day rate within one day', () => {
    const c = changes([
      point({ sourceKey: 'x', low: 0, date: '2020-01-01' }),
      point({ sourceKey: 'x', low: 5, date: '2020-01-01' }),
    ])
    expect(c[1]).toMatchObject({ absolute: 5, percent: null, days: 0, perDay: null })
  })

  it('finds the latest point per source and overall', () => {
    expect(latestBySource(series).map((p) => p.id)).toEqual([un500.id, sohr860.id, anon.id])
    // sohr860 and anon share the last date: the higher figure wins at equal citations.
    expect(latest(series)?.id).toBe(anon.id)
    expect(latest([sohr860, point({ sourceKey: 'b', low: 10, date: '2019-08-20', citations: 2 })])?.low).toBe(
      10,
    )
    expect(latest([])).toBeNull()
  })

  it('ignores denied points for latest figures', () => {
    const denied = point({ sourceKey: 'x', low: 5000, date: '2019-09-01', denied: true })
    expect(latest([...series, denied])?.id).toBe(anon.id)
  })
})

describe('independent sources', () => {
  it('counts distinct named sources; unattributed counts only when nobody is named', () => {
    expect(independentSources(series)).toBe(2)
    expect(independentSources([anon])).toBe(1)
    expect(independentSources([anon, point({ sourceKey: null, low: 1, date: '2019-01-01' })])).toBe(1)
    expect(independentSources([])).toBe(0)
  })

  it('summarises first and last dates (repeats included)', () => {
    expect(summarise(series)).toMatchObject({
      firstDate: '2019-06-13',
      lastDate: '2019-08-25',
      points: 4,
      independentSources: 2,
    })
  })
})

describe('increments of a cumulative series', () => {
  it('gives what consecutive points of one source imply', () => {
    const inc = increments([
      ...series,
      point({ sourceKey: 'sohr', low: 1000, date: '2019-08-30' }),
      point({ sourceKey: 'un', low: 700, date: '2019-07-11' }),
    ])
    expect(inc.map((i) => [i.sourceKey, i.from, i.to, i.increment, i.days, i.perDay, i.exact])).toEqual([
      ['un', '2019-07-01', '2019-07-11', 200, 10, 20, true],
      ['sohr', '2019-06-13', '2019-08-20', 500, 68, 7.3529, false],
      ['sohr', '2019-08-20', '2019-08-30', 140, 10, 14, false],
    ])
  })
})

describe('incident sums', () => {
  const incidents = [
    point({ id: 'a', low: 3, date: '2020-02-03' }), // Monday, W06
    point({ id: 'b', low: 4, date: '2020-02-03' }),
    point({ id: 'c', low: 10, qualifier: 'at_least', date: '2020-02-09' }), // Sunday, still W06
    point({ id: 'd', low: 2, date: '2020-02-10' }), // Monday, W07
    point({ id: 'e', low: 6, date: '2020-03-02' }),
    point({ id: 'f', low: 99, date: '2020-02-05', denied: true }),
  ]

  it('sums per day and fills empty days, with a running total', () => {
    const days = incidentTotals(incidents, 'day')
    expect(days[0]).toMatchObject({
      period: '2020-02-03',
      incidents: 2,
      incidentIds: ['a', 'b'],
      low: 7,
      high: 7,
    })
    expect(days[1]).toMatchObject({
      period: '2020-02-04',
      incidents: 0,
      low: 0,
      runningLow: 7,
      runningHigh: 7,
    })
    expect(days).toHaveLength(29)
    const last = days[days.length - 1]
    expect(last).toMatchObject({ period: '2020-03-02', low: 6, runningLow: 25, runningHigh: null })
  })

  it('sums per ISO week, Monday to Sunday', () => {
    const weeks = incidentTotals(incidents, 'week')
    expect(weeks.map((w) => [w.period, w.start, w.end, w.low, w.high, w.runningLow])).toEqual([
      ['2020-W06', '2020-02-03', '2020-02-09', 17, null, 17],
      ['2020-W07', '2020-02-10', '2020-02-16', 2, 2, 19],
      ['2020-W08', '2020-02-17', '2020-02-23', 0, 0, 19],
      ['2020-W09', '2020-02-24', '2020-03-01', 0, 0, 19],
      ['2020-W10', '2020-03-02', '2020-03-08', 6, 6, 25],
    ])
  })

  it('sums per month, and leaves gaps when asked not to fill', () => {
    expect(
      incidentTotals(incidents, 'month').map((m) => [m.period, m.start, m.end, m.incidents, m.runningLow]),
    ).toEqual([
      ['2020-02', '2020-02-01', '2020-02-29', 4, 19],
      ['2020-03', '2020-03-01', '2020-03-31', 1, 25],
    ])
    expect(incidentTotals(incidents, 'day', { fill: false })).toHaveLength(4)
  })
})

describe('bucketed points', () => {
  it('keeps the last point of each source in each period', () => {
    const rows = bucket(
      [
        point({ sourceKey: 'un', low: 10, date: '2020-02-03' }),
        point({ sourceKey: 'un', low: 12, date: '2020-02-05' }),
        point({ sourceKey: 'sohr', low: 11, date: '2020-02-04' }),
        point({ sourceKey: 'un', low: 20, date: '2020-02-11' }),
      ],
      'week',
    )
    expect(rows.map((r) => [r.period, r.sourceKey, r.low, r.points])).toEqual([
      ['2020-W06', 'sohr', 11, 1],
      ['2020-W06', 'un', 12, 2],
      ['2020-W07', 'un', 20, 1],
    ])
  })
})

describe('periods', () => {
  it.each([
    ['2020-12-31', '2020-W53', '2020-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2021-01-04', '2021-W01', '2021-01-04'],
    ['2019-12-30', '2020-W01', '2019-12-30'],
    ['2019-06-13', '2019-W24', '2019-06-10'],
  ])('%s is in ISO week %s starting %s', (date, label, start) => {
    expect(periodOf(date, 'week')).toMatchObject({ period: label, start })
  })

  it('rejects malformed dates', () => {
    expect(() => periodOf('2020-02-30', 'day')).toThrow()
    expect(() => periodOf('20/02/2020', 'day')).toThrow()
  })
})
