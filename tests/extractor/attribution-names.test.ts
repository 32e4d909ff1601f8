// The name a figure is credited to: a person without titles or honorifics, a short form or a role noun
// resolved to the full name given elsewhere in the text, an organisation's whole name. Sentences written
// for this file; tests/dev-set/fresh-g.jsonl holds such forms labelled.

import { describe } from 'vitest'
import { readsOf } from '../helpers/claims.ts'

const published = '2025-03-10'
// A first sentence, because a one-sentence text is read as a headline.
const lead = 'Heavy fighting was reported overnight. '
/** One test per case: the claims of the text after the lead are these [low, source] rows. */
const credits = readsOf(['low', 'source'], { published, lead })
/** The same for the claims' sources alone. */
const sourcesOnly = readsOf('source', { published, lead })
/** One test per case: the claims of the text alone, its first line a headline, are these [low, source] rows. */
const headlineCredits = readsOf(['low', 'source'], { published })
/** The same for the claims' sources alone. */
const headlineSources = readsOf('source', { published })

describe('a person named with titles and honorifics', () => {
  credits('drops abbreviated honorifics and the dot after them', [
    ['At least 40 people were killed, Interior Minister Dr. Salim Haddad said.', [[40, 'Salim Haddad']]],
    ['Gov. Maria Lopez said on Monday that 12 residents were missing.', [[12, 'Maria Lopez']]],
    ['Sen. Mark Hill told reporters that 300 families had fled their homes.', [[300, 'Mark Hill']]],
  ])

  credits('drops offices that stand before a name', [
    [
      'Some 2,000 refugees crossed the border, Foreign Adviser Md Rafiq Alam said.',
      [[2000, 'Md Rafiq Alam']],
    ],
    [
      'WHO Director-General Tedros Adhanom Ghebreyesus said 18 health workers were killed.',
      [[18, 'Tedros Adhanom Ghebreyesus']],
    ],
  ])
})

describe('a short form of a name given earlier', () => {
  credits('takes the full name for a surname, particles and capitals aside', [
    [
      'The toll rose to 31 dead, Health Minister Dr. Nabil al-Rashidi announced. Al-Rashidi said 90 others were injured.',
      [
        [31, 'Nabil al-Rashidi'],
        [90, 'Nabil al-Rashidi'],
      ],
    ],
    [
      'Police chief Samuel Okoro confirmed the attack. In a statement, Okoro said 14 villagers were abducted.',
      [[14, 'Samuel Okoro']],
    ],
  ])
})

describe('a role named in apposition', () => {
  credits('credits the person named between commas after a role', [
    [
      'The death toll rose to 52, the spokesman of the Interior Ministry, Dr. Karim Nasser, said on Friday.',
      [[52, 'Karim Nasser']],
    ],
    [
      'The relief coordinator of Mutwanga, Jean-Paul Kasereka, visited the site and said 19 bodies were found.',
      [[19, 'Jean-Paul Kasereka']],
    ],
  ])

  credits([
    [
      'credits a toll given by a person in apposition',
      'The police spokesman in Kasai, Lieutenant Marc Ilunga, had given a provisional toll of 10 dead.',
      [[10, 'Marc Ilunga']],
    ],
  ])
})

describe('a role or short name resolved to the name given elsewhere', () => {
  describe('gives a headline credit the full name the story gives just after', () => {
    headlineCredits([
      [
        'Flood toll climbs to 84, sheriff says\nThe number of dead has risen to 84, Kerr County Sheriff Tom Rudd said on Monday.',
        [
          [84, 'Tom Rudd'],
          [84, 'Tom Rudd'],
        ],
      ],
    ])
    headlineSources([
      [
        'Quake toll rises to 1,200: Haqqani\nKABUL - The toll has risen to 1,200, government spokesman Bilal Haqqani said on Tuesday.',
        ['Bilal Haqqani', 'Bilal Haqqani'],
      ],
      [
        'Coast violence: monitor says 700 civilians killed\nGunmen killed 700 civilians since Thursday, the Kurdish Observatory for Civil Rights said. The monitor said 90 fighters also died.',
        [
          'Kurdish Observatory for Civil Rights',
          'Kurdish Observatory for Civil Rights',
          'Kurdish Observatory for Civil Rights',
        ],
      ],
    ])
  })

  credits([
    [
      'gives "the minister" the person named with that office in apposition',
      'The toll stands at 39 dead, the Minister of Agriculture and Rural Equipment and Food Security, Awa Ndiaye, announced. The minister later told the press that 14 people were still missing.',
      [
        [39, 'Awa Ndiaye'],
        [14, 'Awa Ndiaye'],
      ],
    ],
  ])
})

describe("an organisation's whole name", () => {
  credits('keeps sources joined by "and"', [
    [
      'Eleven villagers were killed in the raid, according to local militia officials and residents.',
      [[11, 'local militia officials and residents']],
    ],
    [
      'About 60 soldiers were killed on Sunday, according to local sources and a security source.',
      [[60, 'local sources and a security source']],
    ],
  ])

  credits('keeps a possessive and a place inside a name', [
    [
      "The clashes have left 412 people murdered, according to figures from the State Attorney General's Office (SAGO) updated to May 2.",
      [[412, "State Attorney General's Office"]],
    ],
    [
      'At least 9 civilians were killed on Saturday, the United Nations Multidimensional Integrated Peace Mission in the Central African Republic (MIPCA) said on Monday.',
      [[9, 'United Nations Multidimensional Integrated Peace Mission in the Central African Republic']],
    ],
  ])

  credits([
    [
      "keeps a plural's apostrophe inside a name",
      "Some 900 people have been detained, according to the Kurdish Detainees' Committee.",
      [[900, "Kurdish Detainees' Committee"]],
    ],
    [
      'reads the author of a report named with a possessive',
      "The National Flood Authority (NFA) opened camps. According to the NFA's situation report, 42 people died.",
      [[42, 'National Flood Authority']],
    ],
  ])

  credits('keeps a lower-case head after a name, and resolves it later', [
    [
      'Nine people died when the boat sank, according to the Atlantic and Biscay maritime prefecture. Among the dead are two children, the prefecture said.',
      [
        [9, 'Atlantic and Biscay maritime prefecture'],
        [2, 'Atlantic and Biscay maritime prefecture'],
      ],
    ],
    [
      'The Kenyan Interior Security Ministry said 30 raiders were arrested. The Kenyan ministry added that 12 more were killed.',
      [
        [30, 'Kenyan Interior Security Ministry'],
        [12, 'Kenyan Interior Security Ministry'],
      ],
    ],
  ])
})

describe('words that name no source', () => {
  describe('takes no amount, place or possessed noun for a speaker', () => {
    credits([
      ['Dozens reported killed in the shelling of the camp.', [[24, null]]],
      ['Kandal Province recorded the highest toll with 41 deaths.', [[41, null]]],
      [
        "Mayor Ana Ruiz rejected the council's estimate, saying that fewer than 300 homes were destroyed.",
        [[300, 'Ana Ruiz']],
      ],
    ])
    headlineCredits([
      [
        'Three years of drought in Somalia: more than 2 million have fled their homes\nAid is scarce.',
        [[2000000, null]],
      ],
    ])
  })
})

describe('descriptors around a body', () => {
  credits('drops what describes a named body, keeps what names a nameless one', [
    ['MSF teams treated 48 wounded people at the clinic.', [[48, 'MSF']]],
    ['The fire destroyed 70 houses in Kosti, a local NGO said.', [[70, 'local NGO']]],
    [
      'A spokesman for the provincial government said 85 people had been detained.',
      [[85, 'provincial government']],
    ],
  ])

  credits([
    [
      'never takes a place named before "a local official" for that official',
      'At least 12 people were killed in a raid on a village in North Kivu, a local official said.',
      [[12, 'local official']],
    ],
  ])
})

describe('documents and tolls that carry their source', () => {
  describe('credits a toll "from" a body, and a document to the one it comes from', () => {
    credits([
      [
        'The provisional toll from the Ministry of Civil Defence stood at 14 dead.',
        [[14, 'Ministry of Civil Defence']],
      ],
      [
        "The death toll from Monday's landslides has risen to 230, the disaster agency said.",
        [[230, 'disaster agency']],
      ],
    ])
    sourcesOnly([
      [
        'At least 60 people were killed, according to a confidential document from a medical source seen by AFP. The document states that 41 bodies were identified. According to the same source, nine children are among the dead.',
        ['medical source', 'medical source', 'medical source'],
      ],
    ])
  })
})

describe('a role with its body or place', () => {
  credits([
    [
      'credits the person named after a role whose body has an acronym',
      'The head of the Sahel Peace Foundation (SPF), Amadou Kone, rejected the toll, saying that more than 150 detainees had died.',
      [[150, 'Amadou Kone']],
    ],
    [
      'gives "the governor of X province" the governor named in the story',
      'Clashes have killed at least 45 people since Friday, the governor of Alto Verde province said. Governor Ramon Castillo told reporters the toll would rise.',
      [[45, 'Ramon Castillo']],
    ],
  ])
})
