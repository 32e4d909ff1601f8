// How an outside labeller credits and counts report figures (reports-t, session 16), on texts written here:
// a title closing on the hour ("8 p.m."), shouted titles whose words are no body ("FLOODS", "RESPONSE"),
// a body's name in brackets under a tile's figure, a long "(Body, date)" closing a list of figures, a line
// closing on "(Body)" over the item lines it credits, and rows of run-together columns whose small figures
// the tokenizer had read as one grouped number, with "n/a" for a figure not given; "registered by", "the
// town's emergency room", "(women: 41)" after a label, "In public shelters:", "partly or fully destroyed",
// a table with places across the top and "Individuals"/"Households" down the side under a caption.

import { describe } from 'vitest'
import { eachReadsFields } from '../helpers/claims.ts'

const options = { published: '2024-02-05', language: 'en' }

describe('who an outside labeller credits', () => {
  eachReadsFields(
    [
      [
        'a title closing on the hour names its issuer',
        ['low', 'source'],
        'CHILE WILDFIRES - Civil Protection bulletin, 4 Feb 2024, 8 p.m.\nDeaths: 112 | Missing: 40 | Injured: 95\nHomes destroyed: 3,000 | People affected: 16,000',
        [
          [112, 'Civil Protection'],
          [40, 'Civil Protection'],
          [95, 'Civil Protection'],
          [3000, 'Civil Protection'],
          [16000, 'Civil Protection'],
        ],
      ],
      [
        'a shouted title of an event and a dashboard names no body',
        ['low', 'source'],
        'KENYA FLOODS 2024 - RESPONSE DASHBOARD\nUpdated: 2 Feb 2024\n\n310,000\npeople affected\n\n45,000\ndisplaced\n\n71\ndeaths',
        [
          [310000, null],
          [45000, null],
          [71, null],
        ],
      ],
      [
        'a bracket under a tile credits its figure alone',
        ['low', 'source'],
        'Gaza: dashboard\nData as of 1 February 2024\n\nKilled\n27,000\n(MoH)\n\nDisplaced in shelters\n1,400,000\n(UNRWA)\n\nFunding received\n40%',
        [
          [27000, 'MoH'],
          [1400000, 'UNRWA'],
        ],
      ],
      [
        'a body named in full with its day closes a list of figures',
        ['low', 'source'],
        'Quake in Al Haouz\nQUICK FACTS: 2,946 dead, 5,674 injured, 50,000 homes damaged (Moroccan Interior Ministry, 13 Sept). Aftershocks: 12.',
        [
          [2946, 'Moroccan Interior Ministry'],
          [5674, 'Moroccan Interior Ministry'],
          [50000, 'Moroccan Interior Ministry'],
        ],
      ],
      [
        'a line closing on a body in brackets credits the item lines under it',
        ['low', 'source'],
        'Sahel crisis overview\nREFUGEES IN NEIGHBOURING COUNTRIES\nRefugees registered since 1 January, as of 31 January (UNHCR)\n• Niger refugees: 12K\n• Togo refugees: 8K\n\n• 40 civilians killed in Djibo',
        [
          [12000, 'UNHCR'],
          [8000, 'UNHCR'],
          [40, null],
        ],
      ],
      [
        'a figure registered by a body and a relief room named in small letters',
        ['low', 'source'],
        "Over 300,000 IDPs were registered by the National Registration Council by May. Shelling killed 9 people and injured 20, according to the town's emergency room.",
        [
          [300000, 'National Registration Council'],
          [9, "town's emergency room"],
          [20, "town's emergency room"],
        ],
      ],
    ],
    options,
  )
})

describe('what an outside labeller counts', () => {
  eachReadsFields(
    [
      [
        'run-together columns of small figures, and n/a for a figure not given',
        ['metric', 'low', 'location'],
        'Flood impact by province (as at 3 February 2024)\nProvince Deaths Injured Displaced\nSindh 41 230 12,500\nPunjab 18 60 4,200\nBalochistan 9 12 n/a',
        [
          ['killed', 41, 'Sindh'],
          ['injured', 230, 'Sindh'],
          ['displaced', 12500, 'Sindh'],
          ['killed', 18, 'Punjab'],
          ['injured', 60, 'Punjab'],
          ['displaced', 4200, 'Punjab'],
          ['killed', 9, 'Balochistan'],
          ['injured', 12, 'Balochistan'],
        ],
      ],
      [
        'places across the top, persons and households down the side, the caption saying what befell them',
        ['metric', 'low', 'unit'],
        'Table 4. Displacement by county of origin, March 2024 (IOM DTM)\n\n              Jonglei    Unity    Upper Nile\nIndividuals   12,400     5,310    7,020\nHouseholds    2,480      1,062    1,404',
        [
          ['displaced', 12400, 'people'],
          ['displaced', 5310, 'people'],
          ['displaced', 7020, 'people'],
          ['displaced', 2480, 'households'],
          ['displaced', 1062, 'households'],
          ['displaced', 1404, 'households'],
        ],
      ],
      [
        'a group in a bracket after a label, public shelters, homes partly or fully destroyed',
        ['metric', 'low', 'who'],
        'PDMA SITREP No. 4\nDeaths: 230 (women: 41)\nIn public shelters: 9,400\nSome 12,000 homes were partly or fully destroyed.',
        [
          ['killed', 230, 'people'],
          ['killed', 41, 'women'],
          ['displaced', 9400, 'people'],
          ['homes', 12000, 'homes'],
        ],
      ],
    ],
    options,
  )
})
