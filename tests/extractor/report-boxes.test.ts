// Key-figure boxes, tiles and bullet lists as reports write them beyond the dev sets (issue 19): shares in
// brackets, abbreviated units, labels holding a credit or a year, place items under a counting line,
// labels spread over two lines, and the things such boxes count that are not people. Texts written here.

import { describe } from 'vitest'
import { eachReads } from '../helpers/claims.ts'

const at = { published: '2024-06-05' }

describe('a share in brackets between a figure and what it counts', () => {
  eachReads(
    ['metric', 'low', 'who'],
    [
      ['• 412 (67%) children killed', [['killed', 412, 'children']]],
      [
        'The floods displaced 86,000 people, including 23,200 (27%) children.',
        [
          ['displaced', 86_000, 'people'],
          ['displaced', 23_200, 'children'],
        ],
      ],
    ],
    at,
  )
})

describe('abbreviated households and individuals', () => {
  eachReads(
    ['metric', 'unit', 'low'],
    [
      ['► 312 HHs displaced this week', [['displaced', 'households', 312]]],
      ['# IDP HHs: 176,243', [['displaced', 'households', 176_243]]],
    ],
    at,
  )
})

describe('a label holding a credit, a period or a year', () => {
  eachReads(
    ['metric', 'low', 'qualifier'],
    [
      ['Deaths (ACLED, 2017–2024) – 4,900+', [['killed', 4900, 'at_least']]],
      ['# killed Jan–Mar (BINUH): 1,554', [['killed', 1554, 'exact']]],
      ['Drought-related deaths in 2022: 43,000 (estimated)', [['killed', 43_000, 'exact']]],
    ],
    at,
  )
})

describe('place items under a line that says what they count', () => {
  eachReads(
    ['metric', 'low', 'location'],
    [
      [
        '• At least 43,059 people displaced in Libya, of whom:\n   ◦ Derna: 30,000\n   ◦ Benghazi: 1,500\n• 891 buildings destroyed in Derna',
        [
          ['displaced', 43_059, 'Libya'],
          ['displaced', 30_000, 'Derna'],
          ['displaced', 1500, 'Benghazi'],
          ['homes', 891, 'Derna'],
        ],
      ],
      [
        'Refugee arrivals from Sudan by country\nChad: 600,000+\nEgypt: 500,000',
        [
          ['refugees', 600_000, 'Chad'],
          ['refugees', 500_000, 'Egypt'],
        ],
      ],
    ],
    at,
  )
})

describe('a tile label over two lines', () => {
  eachReads(
    ['metric', 'low'],
    [
      [
        '1.2M\nPeople displaced\n\n42\nHealth facilities\ndamaged',
        [
          ['displaced', 1_200_000],
          ['facilities', 42],
        ],
      ],
    ],
    at,
  )
})

describe('shelters that count the displaced', () => {
  eachReads(
    ['metric', 'low'],
    [
      ['• 86,000 people in reception centres', [['displaced', 86_000]]],
      [
        'Deaths\n120\n\nPeople in emergency shelters\n1.9 million',
        [
          ['killed', 120],
          ['displaced', 1_900_000],
        ],
      ],
    ],
    at,
  )
})

describe('what a box counts that is not people', () => {
  eachReads(
    ['metric', 'low'],
    [
      ['Deaths: 585\nCommunes affected: 77', [['killed', 585]]],
      [
        'Deaths 615, including 412 deaths among children under 15',
        [
          ['killed', 615],
          ['killed', 412],
        ],
      ],
    ],
    at,
  )
})

describe('who a box credits', () => {
  eachReads(
    ['low', 'source'],
    [
      ['Key figures\nDeaths\n41,156\n\nFigures for Türkiye only. Source: AFAD', [[41_156, 'AFAD']]],
      ['BNPB – Flash floods, West Sumatra (as of 14 May 2024)\nVictims:\n- Died: 67', [[67, 'BNPB']]],
      [
        'Key figures\nDeaths (ACLED, 2017–2024) – 4,900+\n# killed Jan–Mar (BINUH): 1,554',
        [
          [4900, 'ACLED'],
          [1554, 'BINUH'],
        ],
      ],
      ['HIGHLIGHTS\n- 3,085 people have died', [[3085, null]]],
    ],
    at,
  )
})

describe('group items and a closing total under a counting line', () => {
  eachReads(
    ['metric', 'low', 'who'],
    [
      [
        '• 86,000 people in reception centres, including:\n  – 23,200 (27%) children\n  – 19,800 (23%) women',
        [
          ['displaced', 86_000, 'people'],
          ['displaced', 23_200, 'children'],
          ['displaced', 19_800, 'women'],
        ],
      ],
      [
        'Refugee arrivals by country (as of 2 June 2024)\nChad: 600,000+\nEgypt: 500,000\nTotal: 1.1M',
        [
          ['refugees', 600_000, 'people'],
          ['refugees', 500_000, 'people'],
          ['refugees', 1_100_000, 'people'],
        ],
      ],
      ['Attacks by region:\n- 12 trucks\n- Total: 40', []],
    ],
    at,
  )
})
