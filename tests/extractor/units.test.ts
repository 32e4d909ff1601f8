// Unit tests of the building blocks: the number lexer, dates, places, sources and the scorer.

import { describe, expect, it } from 'vitest'
import { findDays, findSince, parseIso } from '../../api/extractor/dates.ts'
import { sourcesAgree } from '../../api/extractor/eval/score.ts'
import { demonymCountry, lookupPlace } from '../../api/extractor/gazetteer/index.ts'
import { extractClaims } from '../../api/extractor/index.ts'
import { findNumbers } from '../../api/extractor/numbers.ts'
import { findPlaces } from '../../api/extractor/places.ts'
import { tokenize } from '../../api/extractor/tokens.ts'
import { eachFirstClaim, readFields } from '../helpers/claims.ts'

function numbers(text: string) {
  const tokens = tokenize(text)
  return findNumbers(tokens, 0, tokens.length).map((p) => ({
    low: p.low,
    high: p.high,
    qualifier: p.qualifier,
    article: p.article,
  }))
}

describe('number lexer', () => {
  // Each qualifier's figures as [text, low, high].
  const figures: Record<string, [text: string, low: number, high: number | null][]> = {
    exact: [
      ['520,000', 520000, 520000],
      ['12,493', 12493, 12493],
      ['1.5 million', 1500000, 1500000],
      ['2m', 2000000, 2000000],
      ['seven', 7, 7],
      ['twenty-one', 21, 21],
      ['three hundred and twenty', 320, 320],
      ['thriteen', 13, 13],
      ['a dozen', 12, 12],
      ['54 lakh', 5400000, 5400000],
      ['half a million', 500000, 500000],
    ],
    vague: [
      ['dozens', 24, null],
      ['scores of', 40, null],
      ['hundreds', 200, null],
      ['thousands', 2000, null],
      ['tens of thousands', 20000, null],
      ['hundreds of thousands', 200000, null],
      ['millions', 2000000, null],
    ],
    at_least: [
      ['at least 3,785', 3785, null],
      ['more than 50', 50, null],
      ['greater than 370,000', 370000, null],
    ],
    approx: [
      ['nearly 40', 40, null],
      ['an estimated 200', 200, null],
    ],
    at_most: [
      ['up to 30', 30, 30],
      ['as many as 60', 60, 60],
    ],
    range: [
      ['between 20 and 30', 20, 30],
      ['20-30', 20, 30],
      ['20 to 30', 20, 30],
    ],
  }
  for (const [qualifier, cases] of Object.entries(figures)) {
    it.each(cases)(`%s (${qualifier})`, (text, low, high) => {
      expect(numbers(text).find((n) => !n.article)).toMatchObject({ low, high, qualifier })
    })
  }

  it('reads "a" as an article candidate', () => {
    expect(numbers('a civilian')[0]).toMatchObject({ low: 1, article: true })
  })

  it('a qualifier covers only the number it stands on', () => {
    const text = 'The attack killed at least 3,785 people and wounded 12,493 others.'
    expect(readFields(text, ['metric', 'low', 'qualifier'])).toEqual([
      ['killed', 3785, 'at_least'],
      ['injured', 12493, 'exact'],
    ])
  })
})

describe('traps', () => {
  it.each([
    'The region is home to some 3 million people, many of them displaced.',
    'The strikes killed 5% of the herd.',
    'Aid worth $5 million was delivered to 200 families.',
    'A 12-year-old boy was among those who fled.',
    'Shelling resumed at 5:30 on June 12, 2019.',
    'The army fired 35 mortar shells and destroyed six vehicles.',
    'About 4 million people need humanitarian assistance.',
    'The toll rose by 12 on Monday.',
  ])('%s', (text) => {
    expect(extractClaims(text)).toEqual([])
  })
})

describe('dates', () => {
  const pub = parseIso('2019-08-20')
  /** The periods and days the whole of `text` names, dated against `published`. */
  const periods = (text: string, published = pub) => {
    const tokens = tokenize(text)
    const lows = tokens.map((t) => t.low)
    return {
      since: findSince(tokens, lows, 0, tokens.length, published),
      days: findDays(tokens, lows, 0, tokens.length, published!),
    }
  }
  it('resolves "since late April" against the publication date', () => {
    const { since } = periods('killing more than 860 civilians since late April')
    expect(since[0]).toMatchObject({ text: 'late April', date: '2019-04-21' })
  })
  it('reads "since it began in 2011"', () => {
    const { since } = periods('has killed 370,000 people since it began in 2011')
    expect(since[0]).toMatchObject({ text: '2011', date: '2011-01-01' })
  })
  it('resolves "on Monday" into the past, never the future', () => {
    const { days } = periods('an attack on Monday killed 7 soldiers', parseIso('2020-02-06'))
    expect(days[0].date).toBe('2020-02-03')
  })
  it('sets as_of to the event day and since_date from the period', () => {
    const [claim] = extractClaims(
      'Government shelling has killed more than 360 civilians since late April.',
      {
        published: '2019-06-13',
      },
    )
    expect(claim).toMatchObject({ since: 'late April', since_date: '2019-04-21', as_of: '2019-06-13' })
  })
})

describe('places', () => {
  it('knows aliases and transliterations', () => {
    expect(lookupPlace('Idleb')).toMatchObject({ name: 'Idlib', country: 'SYR', kind: 'division' })
    expect(lookupPlace('Saraqeb')).toMatchObject({ name: 'Saraqib', country: 'SYR', parent: 'Idlib' })
    expect(lookupPlace('Khan Sheikhun')).toMatchObject({ name: 'Khan Sheikhoun', parent: 'Idlib' })
    expect(lookupPlace('Kharkov')).toMatchObject({ name: 'Kharkiv', country: 'UKR' })
    expect(lookupPlace('Al-Fashir')).toMatchObject({ name: 'El Fasher', country: 'SDN' })
    expect(lookupPlace('DRC')).toMatchObject({ country: 'COD', kind: 'country' })
    expect(demonymCountry('Turkish')).toBe('TUR')
  })
  it('finds places in running text', () => {
    const tokens = tokenize(
      "Air strikes hit Syria's northwestern Idlib province and the town of Khan Sheikhoun.",
    )
    expect(findPlaces(tokens, 0, tokens.length, null).map((p) => p.text)).toEqual([
      'Syria',
      'Idlib',
      'Khan Sheikhoun',
    ])
  })
  it('gives a claim its place and country', () => {
    const [claim] = extractClaims('Air strikes killed 12 civilians in Khan Sheikhoun on Monday.')
    expect(claim).toMatchObject({ location: 'Khan Sheikhoun', country: 'SYR' })
  })
})

describe('sources', () => {
  eachFirstClaim([
    ['Five people were killed, according to the U.N.', { source: 'UN' }],
    [
      'Five people were killed, the Syrian Observatory for Human Rights said.',
      { source: 'Syrian Observatory for Human Rights' },
    ],
    ['Turkey’s Defense Ministry said two soldiers were killed.', { source: "Turkey's Defense Ministry" }],
    ['Health Minister Firass Abiad said 12 people were killed.', { source: 'Firass Abiad' }],
    [
      'Twelve civilians were killed, consistent with the World Health Organization.',
      { source: 'World Health Organization' },
    ],
  ])
  it('resolves "the Observatory" and "he" to the fullest earlier name', () => {
    const text =
      'The Syrian Observatory for Human Rights said fighting continued. Turkish Foreign Minister Mevlut Cavusoglu spoke on Monday. ' +
      'Strikes killed 20 people, according to an Observatory toll. He said 3 soldiers were wounded.'
    expect(extractClaims(text).map((c) => c.source)).toEqual([
      'Syrian Observatory for Human Rights',
      'Mevlut Cavusoglu',
    ])
  })
  it('compares sources leniently in the evaluation', () => {
    expect(sourcesAgree('the U.N.', 'UN')).toBe(true)
    expect(sourcesAgree('World Health Organization', 'WHO')).toBe(true)
    expect(sourcesAgree('UN', 'UNICEF')).toBe(false)
  })
})

describe('flags', () => {
  it('marks a figure a named party refutes as denied', () => {
    const [claim] = extractClaims(
      "Iraq's military rejected reports that as many as 200 civilians were killed in the strike.",
    )
    expect(claim).toMatchObject({ metric: 'killed', low: 200, denied: true })
  })
  it('marks a forecast as projected', () => {
    const [claim] = extractClaims('The offensive could force 1.5 million people to flee, the UN warned.')
    expect(claim).toMatchObject({ metric: 'displaced', low: 1500000, projected: true, source: 'UN' })
  })
  it('keeps sub-counts and elliptical follow-ups', () => {
    const text = 'Air strikes killed 15 civilians, including six children, and wounded 20 others.'
    expect(readFields(text, ['metric', 'low', 'who'])).toEqual([
      ['killed', 15, 'civilians'],
      ['killed', 6, 'children'],
      ['injured', 20, 'civilians'],
    ])
  })
})
