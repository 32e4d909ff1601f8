// Report shapes of reports-j (issue 19): lists run along one line, semicolon exports with zero cells,
// labels with a month and year, columns of changes, earlier figures beside new ones, and French, Spanish and Arabic
// key-figure lines and tiles. Texts written for this test.

import { describe } from 'vitest'
import { eachReadsFields, type FieldsCase } from '../helpers/claims.ts'

const reads = (cases: FieldsCase[], language?: string) =>
  eachReadsFields(cases, { published: '2025-03-01', ...(language ? { language } : {}) })

describe('lists along one line', () => {
  reads([
    [
      'reads place items parted by bars under a caption that names the metric',
      ['metric', 'low', 'location'],
      'Flood displacement by district (DTM, 1 March 2025)\nBeledweyne: 41,200 | Jowhar: 9,800 | Bulo Burte: 3,150',
      [
        ['displaced', 41_200, 'Beledweyne'],
        ['displaced', 9_800, 'Jowhar'],
        ['displaced', 3_150, 'Bulo Burte'],
      ],
    ],
    [
      'reads a label before the colon as the heading of items without separators',
      ['metric', 'low', 'location'],
      'Deaths confirmed by the NDRRMC: Cagayan 14 / Isabela 9 / Others 3.',
      [
        ['killed', 14, 'Cagayan'],
        ['killed', 9, 'Isabela'],
        ['killed', 3, null],
      ],
    ],
    [
      'reads items one a line whose figure carries a note in brackets',
      ['metric', 'low', 'location'],
      'Deaths by county\nMombasa – 12\nKisumu – 7 (two in Nyando)\nNakuru – 5',
      [
        ['killed', 12, 'Mombasa'],
        ['killed', 7, 'Kisumu'],
        ['killed', 5, 'Nakuru'],
      ],
    ],
  ])
})

describe('exports and labels', () => {
  reads([
    [
      'parts a semicolon export and leaves zero cells out',
      ['metric', 'low', 'context'],
      'district;killed;injured\nBama;6;0\nGwoza;0;4',
      [
        ['killed', 6, 'killed'],
        ['injured', 4, 'injured'],
      ],
    ],
    [
      'ends a column label at its month and year',
      ['metric', 'low', 'context'],
      '| Zone | IDPs Feb 2025 | IDPs Mar 2025 |\n| Djugu | 12,000 | 14,500 |',
      [
        ['displaced', 12_000, 'IDPs Feb 2025'],
        ['displaced', 14_500, 'IDPs Mar 2025'],
      ],
    ],
    [
      'reads no claim from a column of changes and keeps the rows around it',
      ['metric', 'low', 'context'],
      'Indicator | Value | Change (7 days) | Source\nPeople injured since 1 Jan | 4,210 | +388 | MoH\nIDPs in shelters | 52,000 | -1,500 | IOM',
      [
        ['injured', 4_210, 'People injured since 1 Jan'],
        ['displaced', 52_000, 'IDPs in shelters'],
      ],
    ],
    [
      'reads the earlier figure beside a new one with the same metric, not the change',
      ['metric', 'low', 'quote'],
      'Key figures\nInjured: 2,300 (up from 1,900 last week)\nNew arrivals: +400',
      [
        ['injured', 2_300, 'Injured: 2,300'],
        ['injured', 1_900, 'up from 1,900'],
      ],
    ],
  ])
})

describe('key-figure lines and tiles in French, Spanish and Arabic', () => {
  reads(
    [
      [
        'reads a French figure on its line with the label under it',
        ['metric', 'low', 'unit'],
        'Chiffres clés\n48 000\npersonnes déplacées\n1 250\nménages déplacés',
        [
          ['displaced', 48_000, 'people'],
          ['displaced', 1_250, 'households'],
        ],
      ],
    ],
    'fr',
  )
  reads(
    [
      [
        'reads Spanish label lines, carried list items and a plus sign',
        ['metric', 'low', 'qualifier', 'quote'],
        'Fallecidos: 12\nCopán: 320 personas albergadas | Olancho: 95\n+ 1.200\nVIVIENDAS DAÑADAS',
        [
          ['killed', 12, 'exact', 'Fallecidos: 12'],
          ['displaced', 320, 'exact', '320 personas albergadas'],
          ['displaced', 95, 'exact', '95'],
          ['homes', 1_200, 'at_least', '1.200\nVIVIENDAS DAÑADAS'],
        ],
      ],
    ],
    'es',
  )
  reads(
    [
      [
        'reads an Arabic label before its colon',
        ['metric', 'low'],
        'أرقام رئيسية\nالنازحون: 12,500\nالمرافق الصحية المتضررة: 9',
        [
          ['displaced', 12_500],
          ['facilities', 9],
        ],
      ],
    ],
    'ar',
  )
})
