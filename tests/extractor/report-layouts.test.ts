// Table layouts read by one header model whatever parts the cells (issue 19, reports-f): two-line and
// fixed-width headers, one cell a line, rules between lines, signs in cells, units and days in labels,
// labels that take their metric from the caption. Texts written for this test.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (text: string) => extractClaims(text, { published: '2024-05-01' })
const cells = (text: string) => read(text).map((c) => [c.metric, c.low, c.quote, c.location])

describe('table headers', () => {
  it('joins a header written over two lines, cell by cell', () => {
    const text =
      'Tigray: new caseload\nZone\tPersons\tPersons\n\tdisplaced\tmissing\nCentral\t4,500\t12\nEastern\t2,100\t7'
    expect(read(text).map((c) => [c.metric, c.low, c.context])).toEqual([
      ['displaced', 4500, 'Persons displaced'],
      ['missing', 12, 'Persons missing'],
      ['displaced', 2100, 'Persons displaced'],
      ['missing', 7, 'Persons missing'],
    ])
  })

  it("aligns a fixed-width header's second line by column and scales ('000)", () => {
    const text =
      "Abyei area displacement\n\nArea           Deaths      IDPs\n                          ('000)\nAbyei town         14        31\nRumamer             6        12\n"
    expect(read(text).map((c) => [c.metric, c.low, c.quote, c.context])).toEqual([
      ['killed', 14, '14', 'Deaths'],
      ['displaced', 31_000, '31', "IDPs ('000)"],
      ['killed', 6, '6', 'Deaths'],
      ['displaced', 12_000, '12', "IDPs ('000)"],
    ])
  })

  it('skips rules drawn between lines', () => {
    const text =
      'Casualties by district\n+---------+--------+\n| District | Injured |\n+---------+--------+\n| Tirah | 31 |\n| Bara | 9 |\n+---------+--------+'
    expect(cells(text).map((c) => c.slice(0, 3))).toEqual([
      ['injured', 31, '31'],
      ['injured', 9, '9'],
    ])
  })

  it('dates each figure by the day its column names', () => {
    const text = 'Deaths reported by the health ministry\nDistrict | 10 Apr | 24 Apr\nKassala | 8 | 15'
    expect(read(text).map((c) => [c.low, c.as_of, c.location])).toEqual([
      [8, '2024-04-10', 'Kassala'],
      [15, '2024-04-24', 'Kassala'],
    ])
  })
})

describe('table cells', () => {
  it('reads signs and ranges as qualifiers and passes over empty marks', () => {
    const text = 'Incidents in April\nCommune | Killed | Abducted\nTera | ~40 | n/a\nAyorou | 12-15 | >8'
    expect(read(text).map((c) => [c.metric, c.low, c.high, c.qualifier])).toEqual([
      ['killed', 40, null, 'approx'],
      ['killed', 12, 15, 'range'],
      ['detained', 8, null, 'at_least'],
    ])
  })

  it('leaves out population, returnees and week-on-week changes', () => {
    const text =
      'Flood situation by district\nDistrict | Population | Deaths | Change | Returnees\nDadu | 1,800,000 | 42 | +6 | 3,000\nJamshoro | 990,000 | 17 | +2 | 1,200'
    expect(cells(text).map((c) => c.slice(0, 2))).toEqual([
      ['killed', 42],
      ['killed', 17],
    ])
  })
})

describe('labels read with the caption', () => {
  it('takes the metric from the caption when the header names only whom it counts', () => {
    const text =
      'Displacement sites in Dadu (CCCM)\nSite\tFamilies\tIndividuals\nJohi camp\t1,150\t6,900\nMehar camp\t640\t3,840'
    expect(read(text).map((c) => [c.metric, c.unit, c.low])).toEqual([
      ['displaced', 'households', 1150],
      ['displaced', 'people', 6900],
      ['displaced', 'households', 640],
      ['displaced', 'people', 3840],
    ])
  })

  it('reads a verb-only column with the class of its neighbour or caption', () => {
    const text = 'Health facilities damaged and destroyed\nProvince | Damaged | Destroyed\nKunar | 14 | 3'
    expect(read(text).map((c) => [c.metric, c.low, c.context])).toEqual([
      ['facilities', 14, 'Damaged'],
      ['facilities', 3, 'Destroyed'],
    ])
  })
})

describe('one cell a line (PDF text)', () => {
  it('reads a stacked table back into rows', () => {
    const text =
      'Situation in Kordofan\nLocality\nDeaths\nInjuries\nKadugli\n41\n96\nDilling\n17\n33\nEnd of table'
    expect(read(text).map((c) => [c.metric, c.low, c.location])).toEqual([
      ['killed', 41, 'Kadugli'],
      ['injured', 96, 'Kadugli'],
      ['killed', 17, 'Dilling'],
      ['injured', 33, 'Dilling'],
    ])
  })
})

describe('key figures in other layouts', () => {
  it('reads a label after its figure, parted by a bar or a colon', () => {
    const claims = read(
      'Week 9 dashboard\n3,300 | people displaced\n17: civilians killed\n41 | trucks unloaded',
    )
    expect(claims.map((c) => [c.metric, c.low, c.who])).toEqual([
      ['displaced', 3300, 'people'],
      ['killed', 17, 'civilians'],
    ])
  })

  it('reads dot leaders, a figure in brackets and "approx."', () => {
    const text =
      'Daily report\nDeaths .............. 19\nInjured ............. 64\nTotals to date: missing (12), evacuated (approx. 2,400)'
    expect(read(text).map((c) => [c.metric, c.low, c.qualifier])).toEqual([
      ['killed', 19, 'exact'],
      ['injured', 64, 'exact'],
      ['missing', 12, 'exact'],
      ['displaced', 2400, 'approx'],
    ])
  })

  it('reads a tile whose label is below, when the tiles stand apart', () => {
    const text = 'Storm dashboard\n\n2.4K\nPEOPLE EVACUATED\n\n9\nKILLED THIS WEEK'
    expect(read(text).map((c) => [c.metric, c.low])).toEqual([
      ['displaced', 2400],
      ['killed', 9],
    ])
  })

  it('does not take the next label for a figure that ends its item', () => {
    const text = 'Sites: 52 | Refugees: 1,900\nReport No. 12\nDeaths\n40'
    expect(read(text).map((c) => [c.metric, c.low])).toEqual([
      ['refugees', 1900],
      ['killed', 40],
    ])
  })
})

describe('comma-separated exports', () => {
  it('reads commas as cell breaks under a header of words, and digit groups elsewhere', () => {
    const text =
      'Flood data export\nupazila,deaths,missing\nKanaighat,6,11\nZakiganj,3,4\n\nIn Sylhet 2,40,000 houses were damaged.'
    expect(read(text).map((c) => [c.metric, c.low, c.quote])).toEqual([
      ['killed', 6, '6'],
      ['missing', 11, '11'],
      ['killed', 3, '3'],
      ['missing', 4, '4'],
      ['homes', 240_000, '2,40,000 houses were damaged'],
    ])
  })
})
