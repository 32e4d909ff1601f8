// Who a report's figures come from when the credit sits beside one figure or in the sentence after it, and
// that the extractor's caches (per position of a text, per spelling) never carry one text into another.
// Texts written for this test; the cases read as a table are data, one a line, in cases/report-credits.jsonl.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { readFields, readsTable } from '../helpers/claims.ts'

const published = '2025-04-02'

readsTable(new URL('cases/report-credits.jsonl', import.meta.url), { published })

describe('a closing "X said" after a figure that continues the tally', () => {
  it('leaves a sentence about another incident uncredited', () => {
    const text =
      'Shelling reportedly destroyed 14 houses in the old town on Monday. ' +
      'In the port, 6 fishermen were killed, local officials said.'
    const out = readFields(text, ['metric', 'low', 'source'], { published })
    expect(out[0]).toEqual(['homes', 14, null])
    expect(out[1]).toEqual(['killed', 6, 'local officials'])
  })
})

describe('caches', () => {
  const a =
    'Aid workers said at least 212 people were killed and 1,040 injured when the dam failed near Derna, and 30,000 fled their homes.'
  const b =
    'The health ministry said 75 people had died of cholera in Sanaa since March, while 4,100 were treated and 18 remain missing.'

  it('gives a text the same claims whatever was read before it', () => {
    const alone = JSON.stringify(extractClaims(a, { published }))
    extractClaims(b, { published })
    const after = JSON.stringify(extractClaims(a, { published }))
    expect(after).toBe(alone)
    expect(JSON.parse(alone).length).toBeGreaterThanOrEqual(3)
  })

  it('reads a text whose words are those of the one before, shifted', () => {
    // Same words at other positions: a position cache keyed on the wrong text would misread them.
    const first = extractClaims(`Reports came in. ${a}`, { published }).map((c) => c.low)
    const second = extractClaims(a, { published }).map((c) => c.low)
    expect(second).toEqual(first)
  })
})

describe('labels and captions that are no speakers', () => {
  it('reads a caption credit followed by a period of dates', () => {
    const table =
      'Injuries treated by the Regional Health Bureau, 3-8 June\n\tGode\tKebri Dahar\nKilled\t14\t9\nInjured\t52\t31'
    expect(new Set(readFields(table, 'source', { published }) as unknown[])).toEqual(
      new Set(['Regional Health Bureau']),
    )
  })
})
