// Tables as real reports flatten them beyond reports-a..f (issue 19, reports-g): marks on the cells,
// headers spanning the columns under them, HTML left in, PDF page furniture inside a table, labels that
// lean on the caption or on the column beside them. Texts written for this test.

import { describe } from 'vitest'
import { eachReads } from '../helpers/claims.ts'

const opts = { published: '2024-05-01' }

describe('marks on a cell are not part of its figure', () => {
  eachReads(
    ['metric', 'low', 'quote'],
    [
      [
        'footnote marks',
        'Kasai: violence by territory\nTerritory | Killed | Injured\nTshikapa | 214* | 96(a)\nLuebo | 57† | 31¹\n* provisional. (a) hospital data.',
        [
          ['killed', 214, '214'],
          ['injured', 96, '96'],
          ['killed', 57, '57'],
          ['injured', 31, '31'],
        ],
      ],
      [
        'a share in brackets after the figure',
        'Sahel: attacks on civilians, Q1\nRegion     Killed        Abducted\nMopti      311 (42%)     57 (30%)\nSegou      128 (17%)     22 (12%)',
        [
          ['killed', 311, '311'],
          ['detained', 57, '57'],
          ['killed', 128, '128'],
          ['detained', 22, '22'],
        ],
      ],
      [
        'Markdown bold on a total row',
        '| County | Deaths | Missing |\n|---|---:|---:|\n| Garissa | 12 | 4 |\n| **Total** | **40** | **9** |',
        [
          ['killed', 12, '12'],
          ['missing', 4, '4'],
          ['killed', 40, '40'],
          ['missing', 9, '9'],
        ],
      ],
    ],
    opts,
  )
})

describe('a header line spanning the columns under it', () => {
  eachReads(
    ['metric', 'low', 'context'],
    [
      [
        'a group label centred over two columns, and a column under none',
        'Floods 2024 by state\n\n                 Casualties            Houses\nState        Dead     Injured     Damaged   Destroyed     Schools used\nBorno          37        214       1,200         460               12\nYobe            9         41         380         102                4',
        [
          ['killed', 37, 'Casualties Dead'],
          ['injured', 214, 'Casualties Injured'],
          ['homes', 1200, 'Houses Damaged'],
          ['homes', 460, 'Houses Destroyed'],
          ['killed', 9, 'Casualties Dead'],
          ['injured', 41, 'Casualties Injured'],
          ['homes', 380, 'Houses Damaged'],
          ['homes', 102, 'Houses Destroyed'],
        ],
      ],
    ],
    opts,
  )
})

describe('HTML left in the text', () => {
  eachReads(
    ['metric', 'low', 'quote'],
    [
      [
        'table cells',
        '<table><tr><th>Indicator</th><th>Figure</th></tr>\n<tr><td>Killed</td><td>1,106</td></tr>\n<tr><td>Injured</td><td>&nbsp;2,417</td></tr></table>',
        [
          ['killed', 1106, '1,106'],
          ['injured', 2417, '2,417'],
        ],
      ],
    ],
    opts,
  )
})

describe('one cell a line, as PDF text gives it', () => {
  eachReads(
    ['metric', 'low', 'quote'],
    [
      [
        'empty marks hold their cell',
        'Cyclone impact\nIsland\nDead\nMissing\nAnjouan\n21\n-\nMoheli\n4\n6\nGrande Comore\n2\nn/a',
        [
          ['killed', 21, '21'],
          ['killed', 4, '4'],
          ['missing', 6, '6'],
          ['killed', 2, '2'],
        ],
      ],
      [
        'a page footer between two rows',
        'Site\nIDPs\nHHs\nCamp A\n4,100\n820\nCamp B\n2,050\n410\nFlash Report | Page 3 of 7\nCamp C\n1,300\n260',
        [
          ['displaced', 4100, '4,100'],
          ['displaced', 820, '820'],
          ['displaced', 2050, '2,050'],
          ['displaced', 410, '410'],
          ['displaced', 1300, '1,300'],
          ['displaced', 260, '260'],
        ],
      ],
    ],
    opts,
  )
})

describe('labels that lean on what is around them', () => {
  eachReads(
    ['metric', 'low', 'context'],
    [
      [
        'a generic figure column under a caption that names the metric',
        'Table 4: People evacuated, by province\nProvince | Number | Share\nKhatlon | 12,400 | 61%\nSughd | 7,900 | 39%',
        [
          ['displaced', 12400, 'Number'],
          ['displaced', 7900, 'Number'],
        ],
      ],
      [
        'a total column after its parts',
        'District   Houses destroyed   Houses damaged   Total\nGorkha          11,200            3,400         14,600\nDhading          8,100            2,900         11,000',
        [
          ['homes', 11200, 'Houses destroyed'],
          ['homes', 3400, 'Houses damaged'],
          ['homes', 14600, 'Total'],
          ['homes', 8100, 'Houses destroyed'],
          ['homes', 2900, 'Houses damaged'],
          ['homes', 11000, 'Total'],
        ],
      ],
      [
        'a date in the label after its head',
        'Week of | New arrivals | Arrivals since 01/01/2024\n3 Mar | 1,210 | 19,480\n10 Mar | 980 | 20,460',
        [
          ['refugees', 1210, 'New arrivals'],
          ['refugees', 19480, 'Arrivals since 01/01/2024'],
          ['refugees', 980, 'New arrivals'],
          ['refugees', 20460, 'Arrivals since 01/01/2024'],
        ],
      ],
      [
        'an abbreviated whom-counted label beside a metric column',
        'Camp\tIDP HHs\tIndiv.\nDalori\t2,310\t11,040\nMuna\t1,120\t5,600',
        [
          ['displaced', 2310, 'IDP HHs'],
          ['displaced', 11040, 'Indiv.'],
          ['displaced', 1120, 'IDP HHs'],
          ['displaced', 5600, 'Indiv.'],
        ],
      ],
    ],
    opts,
  )
})

describe('a unit the caption gives', () => {
  eachReads(
    ['metric', 'low', 'quote'],
    [
      [
        'thousands, with decimals',
        'Estimated IDPs by region (thousands)\nRegion | IDPs | Returnees\nAmhara | 412.5 | 90.1\nAfar | 61 | 12',
        [
          ['displaced', 412500, '412.5'],
          ['displaced', 61000, '61'],
        ],
      ],
    ],
    opts,
  )
})

describe("who a table's figures come from", () => {
  eachReads(
    ['low', 'source'],
    [
      [
        "a title opening with the issuer's acronym and the place",
        'WFP Chad - snapshot of the refugee camps in the east\nCamp | Refugees\nFarchana | 41,200\nAdre | 118,000',
        [
          [41200, 'WFP'],
          [118000, 'WFP'],
        ],
      ],
      [
        'a mixed-case acronym before the kind of report',
        'Zambia floods: DoDMA dashboard\nDistrict | Displaced\nMongu | 6,100\nSenanga | 2,400',
        [
          [6100, 'DoDMA'],
          [2400, 'DoDMA'],
        ],
      ],
      [
        'a footnote naming the body',
        'Village\tDead\tMissing\nKoti\t14\t9\nRana\t6\t2\n¹ Uttarakhand State Disaster Response Force (SDRF), 3 July.',
        [
          [14, 'Uttarakhand State Disaster Response Force'],
          [9, 'Uttarakhand State Disaster Response Force'],
          [6, 'Uttarakhand State Disaster Response Force'],
          [2, 'Uttarakhand State Disaster Response Force'],
        ],
      ],
      [
        'an all-capital title is words, not acronyms',
        'NATIONAL DISASTER MANAGEMENT CENTRE - DAILY BULLETIN 3\nProvince | Deaths\nNampula | 12',
        [[12, 'NATIONAL DISASTER MANAGEMENT CENTRE']],
      ],
    ],
    opts,
  )
})

describe('rows that lean on the row above or beside them', () => {
  eachReads(
    ['metric', 'low', 'who'],
    [
      [
        'decimals in a column of thousands',
        "Province        IDPs ('000)    Returnees ('000)\nTanganyika          312.6              88.0\nManiema              41.9              12.5",
        [
          ['displaced', 312600, 'idps'],
          ['displaced', 41900, 'idps'],
        ],
      ],
      [
        'a sub-count row under its metric row',
        'Figures by county\n| | Turkana | Marsabit |\n| Displaced | 8,200 | 3,100 |\n| of which children | 4,900 | 1,700 |',
        [
          ['displaced', 8200, 'people'],
          ['displaced', 3100, 'people'],
          ['displaced', 4900, 'children'],
          ['displaced', 1700, 'children'],
        ],
      ],
    ],
    opts,
  )
  eachReads(
    ['low', 'location'],
    [
      [
        'a code before the place',
        'Admin code | Province | Deaths\nPH0501 | Albay | 14\nPH0516 | Sorsogon | 6',
        [
          [14, 'Albay'],
          [6, 'Sorsogon'],
        ],
      ],
    ],
    opts,
  )
})
