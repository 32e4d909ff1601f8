// Forms behind the misses of tests/dev-set/fresh-g.jsonl, written here in other words and other crises, read
// by general rules: a toll whose subject is far from its figure, moves to shelters, arrivals from abroad,
// a total split by place, and the groups a list of victims names.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (text: string) =>
  extractClaims(text, { published: '2025-06-10', language: 'en' }).map((c) => [c.metric, c.low] as const)

describe('a toll whose subject stands far from its figure', () => {
  it('reads the toll through a long complement with numbers of its own', () => {
    expect(
      read(
        "The death toll from Sunday's magnitude 6.4 tremor off the coast of Sulawesi rose to 48 on Monday, officials said.",
      ),
    ).toEqual([['killed', 48]])
    expect(
      read(
        'The death toll in the mudslides that swept through three hillside villages of the Rasuwa district before dawn on Friday has climbed to 73, police said.',
      ),
    ).toEqual([['killed', 73]])
    expect(
      read(
        'The number of people missing after the ferry capsized on the river near the northern town of Mopti late on Tuesday has reached 112.',
      ),
    ).toEqual([['missing', 112]])
  })

  it('reads a toll that hits a figure, not an area that was hit', () => {
    expect(read('Cholera death toll hits 230 in Kasai')).toEqual([['killed', 230]])
    expect(read('Storm hits 40,000 homes along the coast')).toEqual([['homes', 40000]])
  })

  it('leaves a figure that a toll does not rise to', () => {
    expect(
      read(
        'The death toll from the floods that swept 12 districts on Monday was not yet known, officials said.',
      ),
    ).toEqual([])
  })
})

describe('moves to shelter', () => {
  it('reads a move to places of shelter, counted or qualified', () => {
    expect(read('Nearly 3 lakh villagers had been moved to 1,900 flood shelters by Friday night.')).toEqual([
      ['displaced', 300000],
    ])
    expect(read('More than 2,000 families were shifted to 45 government schools.')).toEqual([
      ['displaced', 2000],
    ])
    expect(read('Some 6,500 residents have moved to safe locations inland.')).toEqual([['displaced', 6500]])
    expect(read('Hundreds of villagers were transferred to community halls and mosques.')).toEqual([
      ['displaced', 200],
    ])
  })

  it('passes a place phrase whose adjective is a trigger', () => {
    expect(read('About 12,000 people in the affected zone were relocated to tent camps.')).toEqual([
      ['displaced', 12000],
    ])
  })

  it('leaves a move that is not to shelter', () => {
    expect(read('The 12 judges were moved to the capital.')).toEqual([])
  })
})

describe('arrivals from abroad', () => {
  it('counts people of another country entering "the country" as refugees', () => {
    expect(read('Nearly 40,000 Burundians have entered the country since March.')).toEqual([
      ['refugees', 40000],
    ])
  })

  it('counts arrivals at a refugee camp as refugees, whatever they fled', () => {
    expect(
      read('About 3,000 Congolese fleeing the fighting have arrived at the Nakivale refugee settlement.'),
    ).toEqual([['refugees', 3000]])
    expect(read('Some 800 Eritreans reached the Shimelba refugee camp last week.')).toEqual([
      ['refugees', 800],
    ])
  })

  it('keeps arrivals at home as displacement', () => {
    expect(read("About 3,000 residents fleeing the fighting have arrived at the town's schools.")).toEqual([
      ['displaced', 3000],
    ])
  })
})

describe('a total split by place', () => {
  it('reads the parts after a colon past the strength of the quake', () => {
    expect(
      read(
        "Authorities say 41 people have been confirmed dead after Friday's magnitude 6.9 quake: 20 in Batangas, 12 in Lipa and nine in Tanauan.",
      ),
    ).toEqual([
      ['killed', 41],
      ['killed', 20],
      ['killed', 12],
      ['killed', 9],
    ])
  })

  it('does not count the strength of a storm or a quake', () => {
    expect(
      read('A Category 4 cyclone and a 5.9-magnitude tremor hit the province; 14 people were killed.'),
    ).toEqual([['killed', 14]])
  })
})

describe('parts of a total named by place in brackets', () => {
  it('reads each place after the worst hit', () => {
    expect(
      read(
        'Sindh was the hardest-hit province with 310 deaths, followed by Punjab (145), Balochistan (60) and Gilgit (12).',
      ),
    ).toEqual([
      ['killed', 310],
      ['killed', 145],
      ['killed', 60],
      ['killed', 12],
    ])
  })

  it('leaves bracketed figures that follow no total', () => {
    expect(read('Rains hit Sindh (2022), Punjab (2023) and Gilgit (2024).')).toEqual([])
  })
})

describe('the year of a date before a figure', () => {
  it('is no low end of a range', () => {
    expect(read('That brings the toll since March 3, 2021 to 6,120 dead.')).toEqual([['killed', 6120]])
    expect(read('The toll since June 2019 to 870 deaths was announced.')).toEqual([['killed', 870]])
  })

  it('keeps a range of counts', () => {
    expect(read('Between 2,000 and 3,000 people fled.')).toEqual([['displaced', 2000]])
  })
})

describe('words for killing not yet known', () => {
  it('reads the present tense and other euphemisms of the listed verbs', () => {
    expect(read('Police say the unit eliminated 14 gunmen near the border.')).toEqual([['killed', 14]])
    expect(read('Army neutralises 9 insurgents in Borno')).toEqual([['killed', 9]])
    expect(read('Gunmen abducts 30 pupils in Zamfara')).toEqual([['detained', 30]])
    expect(read('Three border guards embraced martyrdom in the clash.')).toEqual([['killed', 3]])
    expect(read('Two fishermen were pronounced dead at the scene.')).toEqual([['killed', 2]])
  })
})

describe('one person named in a list of victims', () => {
  it('counts a singular whose plural names people', () => {
    expect(read('A drone strike killed four villagers, including an imam.')).toEqual([
      ['killed', 4],
      ['killed', 1],
    ])
    expect(read('Rebels abducted 12 people, among them a monk.')).toEqual([
      ['detained', 12],
      ['detained', 1],
    ])
  })

  it('does not count a body of people as one', () => {
    expect(read('A drone strike killed four villagers, including a unit commander.')).toEqual([
      ['killed', 4],
      ['killed', 1],
    ])
    expect(read('Gunmen ambushed a police unit, killing four officers.')).toEqual([['killed', 4]])
  })
})

describe('a count given again in another unit', () => {
  it('reads the people in brackets after the households, and displacement as an experience', () => {
    expect(read('Partners recorded 2,310 families (11,550 people) displaced by the floods.')).toEqual([
      ['displaced', 2310],
      ['displaced', 11550],
    ])
    expect(read('Since June, 940 households (5,100 individuals) have experienced displacement.')).toEqual([
      ['displaced', 940],
      ['displaced', 5100],
    ])
  })

  it('leaves a bracket that is no count of people', () => {
    expect(read('Partners recorded 2,310 families (up 12 per cent) displaced by the floods.')).toEqual([
      ['displaced', 2310],
    ])
  })
})

describe('cases and reports of what happened', () => {
  it('counts cases or reports of a trigger noun as that metric', () => {
    expect(read('The commission documented 47 cases of enforced disappearances in the north.')).toEqual([
      ['missing', 47],
    ])
    expect(read('Monitors logged 210 reports of abductions along the highway.')).toEqual([['detained', 210]])
    expect(read('Prosecutors have opened 1,300 reports of missing persons since January.')).toEqual([
      ['missing', 1300],
    ])
  })

  it('leaves cases of an illness', () => {
    expect(read('Clinics recorded 3,400 cases of cholera this month.')).toEqual([])
  })
})

describe('houses buried or set on fire', () => {
  it('reads homes under a mass of earth and homes burned by raiders', () => {
    expect(read('The mudslide buried 52 homes in the valley.')).toEqual([['homes', 52]])
    expect(read('Raiders set 140 huts on fire before dawn.')).toEqual([['homes', 140]])
    expect(read('Militias set some 90 houses ablaze in the village.')).toEqual([['homes', 90]])
  })
})

describe('a counted group of two nouns, or in quotes', () => {
  it('reads the predicate past a second noun of the group', () => {
    expect(read('More than 300 patients and companions were reportedly shot dead.')).toEqual([
      ['killed', 300],
    ])
    expect(read('Some 45 fighters and affiliated "mercenaries" had been killed, the army said.')).toEqual([
      ['killed', 45],
    ])
  })

  it('reads a figure quoted before its noun', () => {
    expect(read('"Nearly 70" villagers were killed in the raid, a witness said.')).toEqual([['killed', 70]])
  })

  it('keeps two figures of two groups apart', () => {
    expect(read('Bombers struck the market, killing 18 people and seriously injuring 19 others.')).toEqual([
      ['killed', 18],
      ['injured', 19],
    ])
    expect(read('Twelve soldiers and 3 civilians were killed.')).toEqual([
      ['killed', 12],
      ['killed', 3],
    ])
  })
})

describe('a list of places after a counted noun', () => {
  it('reads each bracketed figure as a part of what the noun counts', () => {
    expect(
      read(
        'Most new displacements were recorded in Kassala (420 HHs), Gedaref (75 HHs) and Sennar (31 HHs).',
      ),
    ).toEqual([
      ['displaced', 420],
      ['displaced', 75],
      ['displaced', 31],
    ])
  })
})
