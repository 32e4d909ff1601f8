// Rules that must hold beyond the development set: parties are not places, datelines are not places,
// a war's start is a reference period, and a machine-rewritten possessive still reads as one.
// More cases, with full labels, are in tests/dev-set/dev-e.jsonl.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const one = (text: string, published = '2019-06-13') => {
  const claims = extractClaims(text, { published })
  expect(claims).toHaveLength(1)
  return claims[0]
}

describe('generalisation', () => {
  it('never takes a place that only acts for the location', () => {
    const c = one(
      'Rebels hold much of Idlib province.\nSyrian government and Russia have upped their bombardment since late April, killing more than 360 civilians, the Syrian Observatory for Human Rights said. Ankara protested to Moscow.',
    )
    expect(c).toMatchObject({ low: 360, location: 'Idlib', country: 'SYR' })
  })

  it('never takes a dateline for the location', () => {
    const c = one('ANKARA: Air strikes killed 12 civilians in Syria on Wednesday, a monitor said.')
    expect(c).toMatchObject({ location: 'Syria', country: 'SYR', as_of: '2019-06-12' })
  })

  it("reads a war's start as the reference period", () => {
    const c = one(
      "Syria's war, which began in 2011 with a crackdown on protests, has killed more than 370,000 people.",
    )
    expect(c).toMatchObject({ since: '2011', since_date: '2011-01-01', location: 'Syria' })
  })

  it('reads a no-break-space possessive as a possessive', () => {
    const c = one('Turkey\u00a0s Defense Ministry said three Turkish soldiers were wounded in Idlib.')
    expect(c.source).toBe("Turkey's Defense Ministry")
    expect(c.location).toBe('Idlib')
  })

  it('counts arrivals in another country as refugees, located where they arrive', () => {
    const c = one(
      'More than 20,000 people have fled Sudan into Chad, the UN refugee agency said.',
      '2023-04-26',
    )
    expect(c).toMatchObject({ metric: 'refugees', location: 'Chad', country: 'TCD' })
    expect(one('Some 370,000 Rohingya have reached Bangladesh, the IOM said.', '2017-09-12').metric).toBe(
      'refugees',
    )
  })

  it('marks a figure called false as denied', () => {
    const claims = extractClaims(
      "Ukraine's military said it had killed 920 Russian soldiers in Donetsk. Moscow called the figure false.",
      { published: '2024-04-02' },
    )
    expect(claims.map((c) => c.denied)).toEqual([true])
  })

  it('gives a participle the subject of its sentence: "The army dismissed ..., saying"', () => {
    const claims = extractClaims(
      'Rebels said they killed 60 soldiers near Kidal. The army dismissed the figure as exaggerated, saying six soldiers died.',
      { published: '2023-05-09' },
    )
    expect(claims.map((c) => [c.low, c.source, c.denied])).toEqual([
      [60, 'Rebels', true],
      [6, 'army', false],
    ])
  })
})
