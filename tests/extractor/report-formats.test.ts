// Report layouts (issue 19): key figures, tables, tiles, PDF damage; and where a figure happened when a
// place only names a border or the source's country (issue 12). Texts written for this test.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { htmlToText } from '../../api/text/article-text.ts'
import { type Field, readFields } from '../helpers/claims.ts'

/** The text's claims, each as the values of `fields`. */
const brief = (fields: Field | Field[], text: string) => readFields(text, fields, { published: '2024-05-01' })

describe('key figures', () => {
  it('reads colons, spaced dashes and bare labels, and quotes the item alone', () => {
    const text = 'Killed: 45 | Injured: 120\nDeaths - 84 ; Missing - 179\n- IDPs 1.2M'
    expect(brief(['metric', 'low', 'quote'], text)).toEqual([
      ['killed', 45, 'Killed: 45'],
      ['injured', 120, 'Injured: 120'],
      ['killed', 84, 'Deaths - 84'],
      ['missing', 179, 'Missing - 179'],
      ['displaced', 1_200_000, 'IDPs 1.2M'],
    ])
  })

  it('takes the group from the label and reads a border crossed as refugees', () => {
    const text = 'Civilians killed: 145 | Fled to Chad: 20,000 | Villages attacked: 22'
    expect(brief(['metric', 'low', 'who'], text)).toEqual([
      ['killed', 145, 'civilians'],
      ['refugees', 20_000, 'people'],
    ])
  })
})

describe('tables and tiles', () => {
  it('makes each cell a claim, metric from its column, place from its row, label in context', () => {
    const text =
      'Losses by province (NDMA situation report)\nProvince | Deaths | Houses destroyed\nSindh | 578 | 612,114\nBalochistan | 244 | 62,210'
    expect(brief(['metric', 'low', 'quote', 'context', 'location', 'source'], text)).toEqual([
      ['killed', 578, '578', 'Deaths', 'Sindh', 'NDMA'],
      ['homes', 612_114, '612,114', 'Houses destroyed', 'Sindh', 'NDMA'],
      ['killed', 244, '244', 'Deaths', 'Balochistan', 'NDMA'],
      ['homes', 62_210, '62,210', 'Houses destroyed', 'Balochistan', 'NDMA'],
    ])
  })

  it('reads metrics in rows and places in a tab-separated header', () => {
    const text = 'Casualties this week\n\tKhan Younis\tRafah\nKilled\t120\t45'
    expect(brief(['metric', 'low', 'context', 'location'], text)).toEqual([
      ['killed', 120, 'Killed', 'Khan Younis'],
      ['killed', 45, 'Killed', 'Rafah'],
    ])
  })

  it('reads an HTML table as ingestion turns it into text (columns two spaces apart)', () => {
    const html =
      '<p>Casualties by province (NDMA), since 14 June</p><table><tr><th>Province</th><th>Deaths</th><th>Injured</th></tr><tr><td>Sindh</td><td>578</td><td>8,422</td></tr><tr><td>Khyber Pakhtunkhwa</td><td>289</td><td>348</td></tr></table>'
    const fields: Field[] = ['metric', 'low', 'context', 'location', 'source', 'since']
    expect(readFields(htmlToText(html).text, fields, { published: '2022-09-01' })).toEqual([
      ['killed', 578, 'Deaths', 'Sindh', 'NDMA', '14 June'],
      ['injured', 8_422, 'Injured', 'Sindh', 'NDMA', '14 June'],
      ['killed', 289, 'Deaths', 'Khyber Pakhtunkhwa', 'NDMA', '14 June'],
      ['injured', 348, 'Injured', 'Khyber Pakhtunkhwa', 'NDMA', '14 June'],
    ])
  })

  it('reads tiles: a label line over its figure, or a figure over its label', () => {
    const text = 'Deaths\n36,187\n\nInjuries\n108,068\n\n24\ndeaths confirmed\n\nSource: AFAD'
    expect(brief(['metric', 'low', 'context', 'source'], text)).toEqual([
      ['killed', 36_187, 'Deaths', 'AFAD'],
      ['injured', 108_068, 'Injuries', 'AFAD'],
      ['killed', 24, null, 'AFAD'],
    ])
  })

  it('takes no source from a dateline agency', () => {
    expect(brief('source', 'BEIRUT (Reuters) - Strikes killed 12 people on Monday.')[0]).toBeNull()
  })
})

describe('PDF damage', () => {
  it('mends split numbers, line-end hyphens, lost ligatures and glued words, keeping exact quotes', () => {
    const text =
      'An estimated 18 . 7 million people were forced to  ee. Some 6,900 remain inter-\nnally displaced. The floods a  ected 3,450 households, and 1,200 families were displacedmore than once.'
    const claims = extractClaims(text)
    expect(claims.map((c) => [c.metric, c.low])).toEqual([
      ['displaced', 18_700_000],
      ['displaced', 6_900],
      ['affected', 3_450],
      ['displaced', 1_200],
    ])
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote)
  })
})

describe('places that are not where the figure happened (issue 12)', () => {
  it('skips a country named as a border or as the source owner', () => {
    const text =
      'Fighting in Idlib went on.\nMany families have sought safety near the border with Turkey. At least 53 health facilities have suspended work, the WHO said.\nTurkey\u2019s Defense Ministry reported that two Turkish soldiers were killed.'
    expect(brief(['low', 'location'], text)).toEqual([
      [53, 'Idlib'],
      [2, 'Idlib'],
    ])
  })

  it('keeps the source owner when it is the country the text is about', () => {
    const text = 'Lebanon\u2019s health ministry said strikes killed 558 people.'
    expect(brief('location', text)[0]).toBe('Lebanon')
  })
})
