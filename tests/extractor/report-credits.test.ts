// Who a report's figures come from when the credit sits beside one figure or in the sentence after it, and
// that the extractor's caches (per position of a text, per spelling) never carry one text into another.
// Texts written for this test.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { eachReads, type ReadCase, readFields } from '../helpers/claims.ts'

const published = '2025-04-02'
const CREDIT: Parameters<typeof readFields>[1] = ['metric', 'low', 'source']
/** Each claim of the text as [metric, low, source]. */
const sources = (text: string) => readFields(text, CREDIT, { published })
/** The sources of the text's claims. */
const sourceNames = (text: string) => readFields(text, 'source', { published })
/** One test per case: the claims are these [metric, low, source] rows. */
const credits = (cases: ReadCase[]) => eachReads(CREDIT, cases, { published })
/** One test per case: the claims' sources are these. */
const creditsOnly = (cases: ReadCase[]) => eachReads('source', cases, { published })

describe('a body in parentheses after a figure', () => {
  credits([
    [
      'credits that figure alone, not the other cells of the line',
      'Coastal clashes: where the count stands\nCivilians killed: 840 (SNHR) | Gunmen killed: 96 | Fled to Tartus: 3,000+',
      [
        ['killed', 840, 'SNHR'],
        ['killed', 96, null],
        ['displaced', 3000, null],
      ],
    ],
    [
      'still names the report when the parenthesis follows a title word',
      'Weekly flood snapshot (NDMA)\nDeaths: 41 | Missing: 12',
      [
        ['killed', 41, 'NDMA'],
        ['missing', 12, 'NDMA'],
      ],
    ],
  ])
})

describe('a closing "X said" after a figure that continues the tally', () => {
  credits([
    [
      'credits the sentence before, in the same paragraph',
      'Landslides across the district have killed 57 people since Sunday and destroyed 300 houses. ' +
        'Another 19 people are missing, the district emergency office said.',
      [
        ['killed', 57, 'district emergency office'],
        ['homes', 300, 'district emergency office'],
        ['missing', 19, 'district emergency office'],
      ],
    ],
  ])

  it('leaves a sentence about another incident uncredited', () => {
    const text =
      'Shelling reportedly destroyed 14 houses in the old town on Monday. ' +
      'In the port, 6 fishermen were killed, local officials said.'
    const out = sources(text)
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

describe('a source line that names what each body counts', () => {
  credits([
    [
      'credits a body only with the metric in its parentheses',
      'Six months of fighting: Sennar\nKilled\n1,240\nInjured\n3,115\nDisplaced\n412,000\n' +
        'Source: State Ministry of Health; IOM (displacement)',
      [
        ['killed', 1240, 'State Ministry of Health'],
        ['injured', 3115, 'State Ministry of Health'],
        ['displaced', 412000, 'IOM'],
      ],
    ],
  ])
})

describe('a role or body in parentheses closing a bullet', () => {
  credits([
    [
      'credits that bullet alone',
      'Northern Mali - weekly incident notes\n' +
        '• 43 herders killed near Menaka on 9 March (regional governor)\n' +
        '• 600 families fled to Ansongo',
      [
        ['killed', 43, 'regional governor'],
        ['displaced', 600, null],
      ],
    ],
  ])

  creditsOnly([
    [
      'leaves a parenthesis that is not a body alone',
      '• 120 houses destroyed in Gao (estimate)\n• 35 people injured (preliminary)',
      [null, null],
    ],
  ])
})

describe("a report's title that names its issuer", () => {
  credits([
    [
      'credits the body before "Flash Update" with the bullets below',
      'MOZAMBIQUE: Cabo Delgado - OCHA Flash Update No. 7\n• 4,200 people displaced from Macomia\n• 9 civilians killed',
      [
        ['displaced', 4200, 'OCHA'],
        ['killed', 9, 'OCHA'],
      ],
    ],
    [
      'finds the body before a dash and a bulletin',
      'Civil Defence Directorate - daily bulletin, 3 May\nDeaths: 14 | Injured: 52',
      [
        ['killed', 14, 'Civil Defence Directorate'],
        ['injured', 52, 'Civil Defence Directorate'],
      ],
    ],
  ])

  describe("leaves a place in capitals and an agency's own situation report alone", () =>
    creditsOnly([
      ['SOMALIA: Flash Update #4\n• 31 people killed', [null]],
      ['Chad: Situation Report (UNHCR)\n- Refugees: 8,000', [null]],
    ]))
})

describe('a key-figures box and the credit line after it', () => {
  credits([
    [
      'credits the items above an "According to X" line that gives no figure',
      'Cyclone response: key figures\nDeaths: 44\nHouses destroyed: 2,300\n\n' +
        'According to the National Disaster Management Office, roads to the east coast remain cut.',
      [
        ['killed', 44, 'National Disaster Management Office'],
        ['homes', 2300, 'National Disaster Management Office'],
      ],
    ],
  ])

  creditsOnly([
    [
      'does not reach back past a sentence',
      'Floods swept through the valley on Sunday and 18 people drowned.\n' +
        'According to the Red Cross, relief convoys reached the valley on Tuesday.',
      [null],
    ],
  ])
})

describe('captions, footnotes and item credits', () => {
  describe('reads "as reported by X" closing a caption, and a footnote "Figures provided by X"', () =>
    creditsOnly([
      [
        'Table 2: Deaths by region, as reported by UNMISS\nRegion | Deaths\nJonglei | 212\nUnity | 87',
        ['UNMISS', 'UNMISS'],
      ],
      [
        'New arrivals by district\nDistrict\tArrivals displaced\nAdré\t3,400\nTiné\t1,900\n* Figures provided by the Provincial Health Directorate.',
        ['Provincial Health Directorate', 'Provincial Health Directorate'],
      ],
    ]))

  describe('reads "X data" in a caption, and a source line that names what each body counts between commas', () => {
    creditsOnly([
      ['Deaths by county, KNBS data\nCounty | Deaths\nGarissa | 19\nTana River | 7', ['KNBS', 'KNBS']],
    ])
    credits([
      [
        'Killed\n63\nRefugees\n2,400\nSources: Ministry of Health (deaths), UNHCR (refugees)',
        [
          ['killed', 63, 'Ministry of Health'],
          ['refugees', 2400, 'UNHCR'],
        ],
      ],
    ])
  })

  credits([
    [
      'gives each item of a line the credit right after it',
      'Storm Boris, by the numbers: 24 dead (police); 11 missing; 6,000 evacuated (fire brigade)',
      [
        ['killed', 24, 'police'],
        ['missing', 11, null],
        ['displaced', 6000, 'fire brigade'],
      ],
    ],
  ])
})

describe('an intro line that credits a list', () => {
  credits([
    [
      'reaches past an item without a casualty figure, up to a line of another kind',
      'UNICEF reports:\n- 90 water points out of order\n- 14 children killed\n- 6 schools damaged\n' +
        'In a separate incident, 3 fishermen drowned.',
      [
        ['killed', 14, 'UNICEF'],
        ['facilities', 6, 'UNICEF'],
        ['killed', 3, null],
      ],
    ],
  ])

  describe('reads "per X" in a title and speakers closing a bullet', () =>
    creditsOnly([
      [
        'Landslide toll as of 2 July, per the State Emergency Service\nDeaths: 12 | Missing: 30',
        ['State Emergency Service', 'State Emergency Service'],
      ],
      ['• 7 herders killed near Djibo (local sources)', ['local sources']],
    ]))
})

describe('labels and captions that are no speakers', () => {
  it('reads a caption credit followed by a period of dates', () => {
    const table =
      'Injuries treated by the Regional Health Bureau, 3-8 June\n\tGode\tKebri Dahar\nKilled\t14\t9\nInjured\t52\t31'
    expect(new Set(sourceNames(table) as unknown[])).toEqual(new Set(['Regional Health Bureau']))
  })

  describe('takes no speaker from a label with a participle before a colon', () =>
    creditsOnly([
      [
        'Abductions in Zamfara, March 2025 (NHRC)\nIncidents recorded: 21 | Villagers abducted: 140 | Villagers killed: 17',
        ['NHRC', 'NHRC'],
      ],
      [
        'Civilian harm in the north\nTotal confirmed since 1 March 2024: 2,310 killed, 4,055 injured (UNAMA)\nMay alone: 40 killed.',
        ['UNAMA', 'UNAMA', null],
      ],
    ]))
})
