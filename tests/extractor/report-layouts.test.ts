// Table layouts read by one header model whatever parts the cells (issue 19, reports-f): two-line and
// fixed-width headers, one cell a line, rules between lines, signs in cells, units and days in labels,
// labels that take their metric from the caption. Texts written for this test.

import { describe } from 'vitest'
import { eachReadsFields, type FieldsCase } from '../helpers/claims.ts'

/** One test per case: the claims of the text, on the case's own fields. */
const layouts = (cases: FieldsCase[]) => eachReadsFields(cases, { published: '2024-05-01' })

describe('table headers', () => {
  layouts([
    [
      'joins a header written over two lines, cell by cell',
      ['metric', 'low', 'context'],
      'Tigray: new caseload\nZone\tPersons\tPersons\n\tdisplaced\tmissing\nCentral\t4,500\t12\nEastern\t2,100\t7',
      [
        ['displaced', 4500, 'Persons displaced'],
        ['missing', 12, 'Persons missing'],
        ['displaced', 2100, 'Persons displaced'],
        ['missing', 7, 'Persons missing'],
      ],
    ],
    [
      "aligns a fixed-width header's second line by column and scales ('000)",
      ['metric', 'low', 'quote', 'context'],
      "Abyei area displacement\n\nArea           Deaths      IDPs\n                          ('000)\nAbyei town         14        31\nRumamer             6        12\n",
      [
        ['killed', 14, '14', 'Deaths'],
        ['displaced', 31_000, '31', "IDPs ('000)"],
        ['killed', 6, '6', 'Deaths'],
        ['displaced', 12_000, '12', "IDPs ('000)"],
      ],
    ],
    [
      'skips rules drawn between lines',
      ['metric', 'low', 'quote'],
      'Casualties by district\n+---------+--------+\n| District | Injured |\n+---------+--------+\n| Tirah | 31 |\n| Bara | 9 |\n+---------+--------+',
      [
        ['injured', 31, '31'],
        ['injured', 9, '9'],
      ],
    ],
    [
      'dates each figure by the day its column names',
      ['low', 'as_of', 'location'],
      'Deaths reported by the health ministry\nDistrict | 10 Apr | 24 Apr\nKassala | 8 | 15',
      [
        [8, '2024-04-10', 'Kassala'],
        [15, '2024-04-24', 'Kassala'],
      ],
    ],
  ])
})

describe('table cells', () => {
  layouts([
    [
      'reads signs and ranges as qualifiers and passes over empty marks',
      ['metric', 'low', 'high', 'qualifier'],
      'Incidents in April\nCommune | Killed | Abducted\nTera | ~40 | n/a\nAyorou | 12-15 | >8',
      [
        ['killed', 40, null, 'approx'],
        ['killed', 12, 15, 'range'],
        ['detained', 8, null, 'at_least'],
      ],
    ],
    [
      'leaves out population, returnees and week-on-week changes',
      ['metric', 'low'],
      'Flood situation by district\nDistrict | Population | Deaths | Change | Returnees\nDadu | 1,800,000 | 42 | +6 | 3,000\nJamshoro | 990,000 | 17 | +2 | 1,200',
      [
        ['killed', 42],
        ['killed', 17],
      ],
    ],
  ])
})

describe('labels read with the caption', () => {
  layouts([
    [
      'takes the metric from the caption when the header names only whom it counts',
      ['metric', 'unit', 'low'],
      'Displacement sites in Dadu (CCCM)\nSite\tFamilies\tIndividuals\nJohi camp\t1,150\t6,900\nMehar camp\t640\t3,840',
      [
        ['displaced', 'households', 1150],
        ['displaced', 'people', 6900],
        ['displaced', 'households', 640],
        ['displaced', 'people', 3840],
      ],
    ],
    [
      'reads a verb-only column with the class of its neighbour or caption',
      ['metric', 'low', 'context'],
      'Health facilities damaged and destroyed\nProvince | Damaged | Destroyed\nKunar | 14 | 3',
      [
        ['facilities', 14, 'Damaged'],
        ['facilities', 3, 'Destroyed'],
      ],
    ],
  ])
})

describe('one cell a line (PDF text)', () => {
  layouts([
    [
      'reads a stacked table back into rows',
      ['metric', 'low', 'location'],
      'Situation in Kordofan\nLocality\nDeaths\nInjuries\nKadugli\n41\n96\nDilling\n17\n33\nEnd of table',
      [
        ['killed', 41, 'Kadugli'],
        ['injured', 96, 'Kadugli'],
        ['killed', 17, 'Dilling'],
        ['injured', 33, 'Dilling'],
      ],
    ],
  ])
})

describe('key figures in other layouts', () => {
  layouts([
    [
      'reads a label after its figure, parted by a bar or a colon',
      ['metric', 'low', 'who'],
      'Week 9 dashboard\n3,300 | people displaced\n17: civilians killed\n41 | trucks unloaded',
      [
        ['displaced', 3300, 'people'],
        ['killed', 17, 'civilians'],
      ],
    ],
    [
      'reads dot leaders, a figure in brackets and "approx."',
      ['metric', 'low', 'qualifier'],
      'Daily report\nDeaths .............. 19\nInjured ............. 64\nTotals to date: missing (12), evacuated (approx. 2,400)',
      [
        ['killed', 19, 'exact'],
        ['injured', 64, 'exact'],
        ['missing', 12, 'exact'],
        ['displaced', 2400, 'approx'],
      ],
    ],
    [
      'reads a tile whose label is below, when the tiles stand apart',
      ['metric', 'low'],
      'Storm dashboard\n\n2.4K\nPEOPLE EVACUATED\n\n9\nKILLED THIS WEEK',
      [
        ['displaced', 2400],
        ['killed', 9],
      ],
    ],
    [
      'does not take the next label for a figure that ends its item',
      ['metric', 'low'],
      'Sites: 52 | Refugees: 1,900\nReport No. 12\nDeaths\n40',
      [
        ['refugees', 1900],
        ['killed', 40],
      ],
    ],
  ])
})

describe('comma-separated exports', () => {
  layouts([
    [
      'reads commas as cell breaks under a header of words, and digit groups elsewhere',
      ['metric', 'low', 'quote'],
      'Flood data export\nupazila,deaths,missing\nKanaighat,6,11\nZakiganj,3,4\n\nIn Sylhet 2,40,000 houses were damaged.',
      [
        ['killed', 6, '6'],
        ['missing', 11, '11'],
        ['killed', 3, '3'],
        ['missing', 4, '4'],
        ['homes', 240_000, '2,40,000 houses were damaged'],
      ],
    ],
  ])
})
