// Forms behind the misses of tests/dev-set/fresh-g.jsonl, written here in other words and other crises, read
// by general rules: a toll whose subject is far from its figure, moves to shelters, arrivals from abroad,
// a total split by place, and the groups a list of victims names.

import { describe } from 'vitest'
import { readsOf } from '../helpers/claims.ts'

/** One test per case: the claims of the text are these [metric, low] rows. */
const reads = readsOf(['metric', 'low'], { published: '2025-06-10', language: 'en' })

describe('a toll whose subject stands far from its figure', () => {
  reads('reads the toll through a long complement with numbers of its own', [
    [
      "The death toll from Sunday's magnitude 6.4 tremor off the coast of Sulawesi rose to 48 on Monday, officials said.",
      [['killed', 48]],
    ],
    [
      'The death toll in the mudslides that swept through three hillside villages of the Rasuwa district before dawn on Friday has climbed to 73, police said.',
      [['killed', 73]],
    ],
    [
      'The number of people missing after the ferry capsized on the river near the northern town of Mopti late on Tuesday has reached 112.',
      [['missing', 112]],
    ],
  ])

  reads('reads a toll that hits a figure, not an area that was hit', [
    ['Cholera death toll hits 230 in Kasai', [['killed', 230]]],
    ['Storm hits 40,000 homes along the coast', [['homes', 40000]]],
  ])

  reads([
    [
      'leaves a figure that a toll does not rise to',
      'The death toll from the floods that swept 12 districts on Monday was not yet known, officials said.',
      [],
    ],
  ])
})

describe('moves to shelter', () => {
  reads('reads a move to places of shelter, counted or qualified', [
    [
      'Nearly 3 lakh villagers had been moved to 1,900 flood shelters by Friday night.',
      [['displaced', 300000]],
    ],
    ['More than 2,000 families were shifted to 45 government schools.', [['displaced', 2000]]],
    ['Some 6,500 residents have moved to safe locations inland.', [['displaced', 6500]]],
    ['Hundreds of villagers were transferred to community halls and mosques.', [['displaced', 200]]],
  ])

  reads([
    [
      'passes a place phrase whose adjective is a trigger',
      'About 12,000 people in the affected zone were relocated to tent camps.',
      [['displaced', 12000]],
    ],
    ['leaves a move that is not to shelter', 'The 12 judges were moved to the capital.', []],
  ])
})

describe('arrivals from abroad', () => {
  reads([
    [
      'counts people of another country entering "the country" as refugees',
      'Nearly 40,000 Burundians have entered the country since March.',
      [['refugees', 40000]],
    ],
    [
      'keeps arrivals at home as displacement',
      "About 3,000 residents fleeing the fighting have arrived at the town's schools.",
      [['displaced', 3000]],
    ],
  ])

  reads('counts arrivals at a refugee camp as refugees, whatever they fled', [
    [
      'About 3,000 Congolese fleeing the fighting have arrived at the Nakivale refugee settlement.',
      [['refugees', 3000]],
    ],
    ['Some 800 Eritreans reached the Shimelba refugee camp last week.', [['refugees', 800]]],
  ])
})

describe('a total split by place', () => {
  reads([
    [
      'reads the parts after a colon past the strength of the quake',
      "Authorities say 41 people have been confirmed dead after Friday's magnitude 6.9 quake: 20 in Batangas, 12 in Lipa and nine in Tanauan.",
      [
        ['killed', 41],
        ['killed', 20],
        ['killed', 12],
        ['killed', 9],
      ],
    ],
    [
      'does not count the strength of a storm or a quake',
      'A Category 4 cyclone and a 5.9-magnitude tremor hit the province; 14 people were killed.',
      [['killed', 14]],
    ],
  ])
})

describe('parts of a total named by place in brackets', () => {
  reads([
    [
      'reads each place after the worst hit',
      'Sindh was the hardest-hit province with 310 deaths, followed by Punjab (145), Balochistan (60) and Gilgit (12).',
      [
        ['killed', 310],
        ['killed', 145],
        ['killed', 60],
        ['killed', 12],
      ],
    ],
    [
      'leaves bracketed figures that follow no total',
      'Rains hit Sindh (2022), Punjab (2023) and Gilgit (2024).',
      [],
    ],
  ])
})

describe('the year of a date before a figure', () => {
  reads('is no low end of a range', [
    ['That brings the toll since March 3, 2021 to 6,120 dead.', [['killed', 6120]]],
    ['The toll since June 2019 to 870 deaths was announced.', [['killed', 870]]],
  ])

  reads([['keeps a range of counts', 'Between 2,000 and 3,000 people fled.', [['displaced', 2000]]]])
})

describe('words for killing not yet known', () => {
  reads('reads the present tense and other euphemisms of the listed verbs', [
    ['Police say the unit eliminated 14 gunmen near the border.', [['killed', 14]]],
    ['Army neutralises 9 insurgents in Borno', [['killed', 9]]],
    ['Gunmen abducts 30 pupils in Zamfara', [['detained', 30]]],
    ['Three border guards embraced martyrdom in the clash.', [['killed', 3]]],
    ['Two fishermen were pronounced dead at the scene.', [['killed', 2]]],
  ])
})

describe('one person named in a list of victims', () => {
  reads('counts a singular whose plural names people', [
    [
      'A drone strike killed four villagers, including an imam.',
      [
        ['killed', 4],
        ['killed', 1],
      ],
    ],
    [
      'Rebels abducted 12 people, among them a monk.',
      [
        ['detained', 12],
        ['detained', 1],
      ],
    ],
  ])

  reads('does not count a body of people as one', [
    [
      'A drone strike killed four villagers, including a unit commander.',
      [
        ['killed', 4],
        ['killed', 1],
      ],
    ],
    ['Gunmen ambushed a police unit, killing four officers.', [['killed', 4]]],
  ])
})

describe('a count given again in another unit', () => {
  reads('reads the people in brackets after the households, and displacement as an experience', [
    [
      'Partners recorded 2,310 families (11,550 people) displaced by the floods.',
      [
        ['displaced', 2310],
        ['displaced', 11550],
      ],
    ],
    [
      'Since June, 940 households (5,100 individuals) have experienced displacement.',
      [
        ['displaced', 940],
        ['displaced', 5100],
      ],
    ],
  ])

  reads([
    [
      'leaves a bracket that is no count of people',
      'Partners recorded 2,310 families (up 12 per cent) displaced by the floods.',
      [['displaced', 2310]],
    ],
  ])
})

describe('cases and reports of what happened', () => {
  reads('counts cases or reports of a trigger noun as that metric', [
    ['The commission documented 47 cases of enforced disappearances in the north.', [['missing', 47]]],
    ['Monitors logged 210 reports of abductions along the highway.', [['detained', 210]]],
    ['Prosecutors have opened 1,300 reports of missing persons since January.', [['missing', 1300]]],
  ])

  reads([['leaves cases of an illness', 'Clinics recorded 3,400 cases of cholera this month.', []]])
})

describe('houses buried or set on fire', () => {
  reads('reads homes under a mass of earth and homes burned by raiders', [
    ['The mudslide buried 52 homes in the valley.', [['homes', 52]]],
    ['Raiders set 140 huts on fire before dawn.', [['homes', 140]]],
    ['Militias set some 90 houses ablaze in the village.', [['homes', 90]]],
  ])
})

describe('a counted group of two nouns, or in quotes', () => {
  reads('reads the predicate past a second noun of the group', [
    ['More than 300 patients and companions were reportedly shot dead.', [['killed', 300]]],
    ['Some 45 fighters and affiliated "mercenaries" had been killed, the army said.', [['killed', 45]]],
  ])

  reads([
    [
      'reads a figure quoted before its noun',
      '"Nearly 70" villagers were killed in the raid, a witness said.',
      [['killed', 70]],
    ],
  ])

  reads('keeps two figures of two groups apart', [
    [
      'Bombers struck the market, killing 18 people and seriously injuring 19 others.',
      [
        ['killed', 18],
        ['injured', 19],
      ],
    ],
    [
      'Twelve soldiers and 3 civilians were killed.',
      [
        ['killed', 12],
        ['killed', 3],
      ],
    ],
  ])
})

describe('a list of places after a counted noun', () => {
  reads([
    [
      'reads each bracketed figure as a part of what the noun counts',
      'Most new displacements were recorded in Kassala (420 HHs), Gedaref (75 HHs) and Sennar (31 HHs).',
      [
        ['displaced', 420],
        ['displaced', 75],
        ['displaced', 31],
      ],
    ],
  ])
})
