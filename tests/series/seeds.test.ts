// The "done when" figures, through the pure library only: gold claims of the five seeds are
// normalised, grouped into series by metric + group + period, and turned into points.

import { describe, expect, it } from 'vitest'
import type { Qualifier } from '../../api/extractor/types.ts'
import { normaliseGroup } from '../../api/series/groups.ts'
import { type SeriesClaim, toPoints } from '../../api/series/points.ts'
import { normaliseSource } from '../../api/series/sources.ts'
import { STARTER_SOURCES } from '../../api/series/starter-sources.ts'
import { haveSeeds, readSeeds } from '../helpers/seeds.ts'
import { REPEATED_370K } from './fixtures.ts'

function seriesOfSeeds(): Map<string, SeriesClaim[]> {
  const series = new Map<string, SeriesClaim[]>()
  let id = 0
  readSeeds().forEach((text, article) => {
    for (const c of text.claims) {
      const group = normaliseGroup(String(c.who), { country: (c.country as string | null) ?? null })
      const key = `${c.metric}|${group.key}|${c.since ?? 'incident'}`
      const list = series.get(key) ?? []
      list.push({
        id: id++,
        articleId: article,
        articleFamily: article,
        sourceKey: normaliseSource((c.source as string | null) ?? null, STARTER_SOURCES)?.key ?? null,
        low: c.low,
        high: (c.high as number | null) ?? null,
        qualifier: c.qualifier as Qualifier,
        asOf: (c.as_of as string | null) ?? null,
        published: text.published,
        denied: Boolean(c.denied),
        projected: Boolean(c.projected),
        status: 'pending',
      })
      series.set(key, list)
    }
  })
  return series
}

describe.skipIf(!haveSeeds)('the seeds as series', () => {
  const series = haveSeeds ? seriesOfSeeds() : new Map<string, SeriesClaim[]>()
  const points = (key: string) => toPoints(series.get(key) ?? [])

  it("holds the Syrian Observatory's civilians killed since late April: 360 then 860, both at least", () => {
    expect(
      points('killed|civilians|late April').map((p) => [p.sourceKey, p.low, p.qualifier, p.date]),
    ).toEqual([
      ['sohr', 360, 'at_least', '2019-06-13'],
      ['sohr', 860, 'at_least', '2019-08-20'],
    ])
  })

  it("keeps the UN's displacement figures since late April and since December as two series", () => {
    expect(points('displaced|people|late April').map((p) => [p.sourceKey, p.low])).toEqual([['un', 400000]])
    expect(points('displaced|people|December').map((p) => [p.sourceKey, p.low])).toEqual([['un', 520000]])
  })

  it('makes the repeated "more than 370,000 killed since 2011" one figure cited twice', () => {
    const [p, ...rest] = points('killed|people|2011')
    expect(rest).toEqual([])
    expect(p).toMatchObject(REPEATED_370K)
  })

  it("credits Turkish soldiers' figures to Turkey's defence ministry", () => {
    const injured = points('injured|soldiers:TUR|incident')
    expect(injured.map((p) => [p.sourceKey, p.low])).toEqual([
      ['ministry:defence:TUR', 3],
      ['ministry:defence:TUR', 5],
    ])
  })
})
