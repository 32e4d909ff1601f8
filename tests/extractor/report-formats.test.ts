// Report layouts (issue 19): key figures, tables, tiles, PDF damage; and where a figure happened when a
// place only names a border or the source's country (issue 12). Texts written for this test; the cases
// that read one text on a few fields are data, one a line, in cases/report-formats.jsonl.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { htmlToText } from '../../api/text/article-text.ts'
import { type Field, readFields, readsTable } from '../helpers/claims.ts'

/** The text's claims, each as the values of `fields`. */
const published = '2024-05-01'
const brief = (fields: Field | Field[], text: string) => readFields(text, fields, { published })

readsTable(new URL('cases/report-formats.jsonl', import.meta.url), { published })

describe('tables and tiles', () => {
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
  it('keeps the source owner when it is the country the text is about', () => {
    const text = 'Lebanon\u2019s health ministry said strikes killed 558 people.'
    expect(brief('location', text)[0]).toBe('Lebanon')
  })
})
