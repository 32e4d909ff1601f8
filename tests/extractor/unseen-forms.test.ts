// Forms that unseen texts use and the first development sets rarely did: credits in headlines, footers and
// closing sentences; displacement and refugee wordings; report dates, incident days and datelines.
// Each case is one general rule; tests/dev-set/dev-g.jsonl holds the same forms with full labels.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { eachReads, type Field, readFields } from '../helpers/claims.ts'

const claims = (text: string, published = '2024-06-10') => extractClaims(text, { published })
/** The values of `fields` of each claim of the text (published on the tests' default day). */
const values = (fields: Field | Field[], text: string) =>
  readFields(text, fields, { published: '2024-06-10' })
const only = (text: string, published?: string) => {
  const found = claims(text, published)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('attribution beyond the sentence', () => {
  it('reads a headline credit after a dash or a colon', () => {
    expect(only('Floods kill 40 in northern Kenya - Red Cross').source).toBe('Red Cross')
    expect(only('UNICEF: 9 children killed in Gao market blast').source).toBe('UNICEF')
  })

  it('credits a fact box by its "Source:" line, but not by a news agency', () => {
    const box =
      'Key figures\n- 3,200 people displaced in Kalemie\n- 11 deaths\nSource: Provincial Civil Protection'
    expect(values('source', box)).toEqual(['Provincial Civil Protection', 'Provincial Civil Protection'])
    expect(only('Key figures\n- 11 deaths in Kalemie\nSource: Reuters, AFP').source).toBeNull()
  })

  it('lets a closing sentence credit the figures before it', () => {
    const text =
      'Nine people were killed in Kalehe on Friday. Another 14 were injured. The figures were given by the territory administrator, Thomas Bakenga.'
    expect(values('source', text)).toEqual(['Thomas Bakenga', 'Thomas Bakenga'])
  })

  it('gives a later sub-count the source of the figure it breaks down', () => {
    const text = 'A blast in Kabul killed 19 people on Monday, police said. Among the dead were six children.'
    expect(values(['low', 'who', 'source'], text)).toEqual([
      [19, 'people', 'police'],
      [6, 'children', 'police'],
    ])
  })

  it('prefers the credited speaker over the subject of a counting verb', () => {
    expect(only('Rescuers recovered 31 bodies in Derna, the Red Crescent said.', '2023-09-14').source).toBe(
      'Red Crescent',
    )
    expect(only('MSF teams in Maiduguri treated 64 wounded people.', '2024-06-30').source).toBe('MSF')
  })
})

describe('displacement and refugee wordings', () => {
  const wordings: [text: string, metric: string, low: number][] = [
    ['the displacement of 15,000 people in Ouham', 'displaced', 15000],
    ['1,200 households hosted in schools in Goma', 'displaced', 1200],
    ['More than 110,000 are staying in 130 accommodation centres in Sofala', 'displaced', 110000],
    ['Fighting forced about 37,000 to take shelter in relief camps', 'displaced', 37000],
    ['About 100,000 others have been pushed out of the area', 'displaced', 100000],
    ['Some 3,000 people fled across the border into Thailand', 'refugees', 3000],
    ['More than 600 Myanmar soldiers have taken refuge in India\u2019s Mizoram state', 'refugees', 600],
  ]
  eachReads(
    ['metric', 'low'],
    wordings.map(([text, metric, low]) => [text, `${text}, officials said.`, [[metric, low]]]),
    { published: '2024-03-01' },
  )

  it('keeps "uprooted across <country>" inside the country', () => {
    expect(only('More than 700,000 people have been uprooted across Haiti, the IOM said.').metric).toBe(
      'displaced',
    )
  })
})

describe('dates', () => {
  it('reads "as of" in a report title for the figures under it', () => {
    const c = only('Flash Update No. 3 (as of 7 March 2024)\n- 67,000 IDPs in Chiure district', '2024-03-08')
    expect(c.as_of).toBe('2024-03-07')
  })

  it('dates a headline by the lede that tells the same incident', () => {
    const text =
      'Shelling kills 28 in El Fasher\nArtillery fire killed 28 civilians on Saturday, medics said.'
    expect(values('as_of', text)).toEqual(['2024-06-08', '2024-06-08'])
  })

  it("takes the incident's day from a possessive, and not from a dateline", () => {
    const c = only(
      'ANKARA, Feb 8 (Reuters) - The number of people killed by Monday\u2019s earthquake has risen to 6,234, AFAD said.',
      '2023-02-08',
    )
    expect(c.as_of).toBe('2023-02-06')
  })

  it('reads "between January and 22 March" as a period ending on its last day', () => {
    const c = only(
      'At least 1,554 people were killed in Haiti between January and 22 March, the UN said.',
      '2024-03-28',
    )
    expect([c.since, c.since_date, c.as_of]).toEqual(['January', '2024-01-01', '2024-03-22'])
  })
})

describe('places', () => {
  it('takes the dateline city when the story names no place, and never its country', () => {
    const c = only(
      'GOMA, Congo (AP) - Two bombs killed at least 12 people on Friday, the army said.',
      '2024-05-04',
    )
    expect([c.location, c.country]).toEqual(['Goma', 'COD'])
  })

  it('prefers the town over the region it is said to lie in', () => {
    expect(
      only('An air strike killed 20 children in Depayin township, Sagaing region, on Monday.').location,
    ).toBe('Depayin')
    expect(
      only('Gunmen killed 115 people in the town of Pont-Sonde in the Artibonite department.').location,
    ).toBe('Pont-Sonde')
  })

  it('does not take a storm, a hospital or an agency for a place', () => {
    expect(only('Cyclone Mocha left at least 145 people dead in Rakhine state.', '2023-05-18').location).toBe(
      'Rakhine',
    )
  })
})
