// The name a figure is credited to: a person without titles or honorifics, a short form or a role noun
// resolved to the full name given elsewhere in the text, an organisation's whole name. Sentences written
// for this file; tests/dev-set/fresh-g.jsonl holds such forms labelled.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

// A first sentence, because a one-sentence text is read as a headline.
const sources = (text: string) =>
  extractClaims(`Heavy fighting was reported overnight. ${text}`, { published: '2025-03-10' }).map((c) => [
    c.low,
    c.source,
  ])

describe('a person named with titles and honorifics', () => {
  it('drops abbreviated honorifics and the dot after them', () => {
    expect(sources('At least 40 people were killed, Interior Minister Dr. Salim Haddad said.')).toEqual([
      [40, 'Salim Haddad'],
    ])
    expect(sources('Gov. Maria Lopez said on Monday that 12 residents were missing.')).toEqual([
      [12, 'Maria Lopez'],
    ])
    expect(sources('Sen. Mark Hill told reporters that 300 families had fled their homes.')).toEqual([
      [300, 'Mark Hill'],
    ])
  })

  it('drops offices that stand before a name', () => {
    expect(sources('Some 2,000 refugees crossed the border, Foreign Adviser Md Rafiq Alam said.')).toEqual([
      [2000, 'Md Rafiq Alam'],
    ])
    expect(
      sources('WHO Director-General Tedros Adhanom Ghebreyesus said 18 health workers were killed.'),
    ).toEqual([[18, 'Tedros Adhanom Ghebreyesus']])
  })
})

describe('a short form of a name given earlier', () => {
  it('takes the full name for a surname, particles and capitals aside', () => {
    expect(
      sources(
        'The toll rose to 31 dead, Health Minister Dr. Nabil al-Rashidi announced. Al-Rashidi said 90 others were injured.',
      ),
    ).toEqual([
      [31, 'Nabil al-Rashidi'],
      [90, 'Nabil al-Rashidi'],
    ])
    expect(
      sources(
        'Police chief Samuel Okoro confirmed the attack. In a statement, Okoro said 14 villagers were abducted.',
      ),
    ).toEqual([[14, 'Samuel Okoro']])
  })
})

describe('a role named in apposition', () => {
  it('credits the person named between commas after a role', () => {
    expect(
      sources(
        'The death toll rose to 52, the spokesman of the Interior Ministry, Dr. Karim Nasser, said on Friday.',
      ),
    ).toEqual([[52, 'Karim Nasser']])
    expect(
      sources(
        'The relief coordinator of Mutwanga, Jean-Paul Kasereka, visited the site and said 19 bodies were found.',
      ),
    ).toEqual([[19, 'Jean-Paul Kasereka']])
  })

  it('credits a toll given by a person in apposition', () => {
    expect(
      sources(
        'The police spokesman in Kasai, Lieutenant Marc Ilunga, had given a provisional toll of 10 dead.',
      ),
    ).toEqual([[10, 'Marc Ilunga']])
  })
})

const sourcesOf = (text: string) =>
  extractClaims(text, { published: '2025-03-10' }).map((c) => [c.low, c.source])

describe('a role or short name resolved to the name given elsewhere', () => {
  it('gives a headline credit the full name the story gives just after', () => {
    expect(
      sourcesOf(
        'Flood toll climbs to 84, sheriff says\nThe number of dead has risen to 84, Kerr County Sheriff Tom Rudd said on Monday.',
      ),
    ).toEqual([
      [84, 'Tom Rudd'],
      [84, 'Tom Rudd'],
    ])
    expect(
      sourcesOf(
        'Quake toll rises to 1,200: Haqqani\nKABUL - The toll has risen to 1,200, government spokesman Bilal Haqqani said on Tuesday.',
      ).map((s) => s[1]),
    ).toEqual(['Bilal Haqqani', 'Bilal Haqqani'])
    expect(
      sourcesOf(
        'Coast violence: monitor says 700 civilians killed\nGunmen killed 700 civilians since Thursday, the Kurdish Observatory for Civil Rights said. The monitor said 90 fighters also died.',
      ).map((s) => s[1]),
    ).toEqual([
      'Kurdish Observatory for Civil Rights',
      'Kurdish Observatory for Civil Rights',
      'Kurdish Observatory for Civil Rights',
    ])
  })

  it('gives "the minister" the person named with that office in apposition', () => {
    expect(
      sources(
        'The toll stands at 39 dead, the Minister of Agriculture and Rural Equipment and Food Security, Awa Ndiaye, announced. The minister later told the press that 14 people were still missing.',
      ),
    ).toEqual([
      [39, 'Awa Ndiaye'],
      [14, 'Awa Ndiaye'],
    ])
  })
})

describe("an organisation's whole name", () => {
  it('keeps sources joined by "and"', () => {
    expect(
      sources(
        'Eleven villagers were killed in the raid, according to local militia officials and residents.',
      ),
    ).toEqual([[11, 'local militia officials and residents']])
    expect(
      sources('About 60 soldiers were killed on Sunday, according to local sources and a security source.'),
    ).toEqual([[60, 'local sources and a security source']])
  })

  it('keeps a possessive and a place inside a name', () => {
    expect(
      sources(
        "The clashes have left 412 people murdered, according to figures from the State Attorney General's Office (SAGO) updated to May 2.",
      ),
    ).toEqual([[412, "State Attorney General's Office"]])
    expect(
      sources(
        'At least 9 civilians were killed on Saturday, the United Nations Multidimensional Integrated Peace Mission in the Central African Republic (MIPCA) said on Monday.',
      ),
    ).toEqual([
      [9, 'United Nations Multidimensional Integrated Peace Mission in the Central African Republic'],
    ])
  })

  it("keeps a plural's apostrophe inside a name", () => {
    expect(
      sources("Some 900 people have been detained, according to the Kurdish Detainees' Committee."),
    ).toEqual([[900, "Kurdish Detainees' Committee"]])
  })

  it('reads the author of a report named with a possessive', () => {
    expect(
      sources(
        "The National Flood Authority (NFA) opened camps. According to the NFA's situation report, 42 people died.",
      ),
    ).toEqual([[42, 'National Flood Authority']])
  })

  it('keeps a lower-case head after a name, and resolves it later', () => {
    expect(
      sources(
        'Nine people died when the boat sank, according to the Atlantic and Biscay maritime prefecture. Among the dead are two children, the prefecture said.',
      ),
    ).toEqual([
      [9, 'Atlantic and Biscay maritime prefecture'],
      [2, 'Atlantic and Biscay maritime prefecture'],
    ])
    expect(
      sources(
        'The Kenyan Interior Security Ministry said 30 raiders were arrested. The Kenyan ministry added that 12 more were killed.',
      ),
    ).toEqual([
      [30, 'Kenyan Interior Security Ministry'],
      [12, 'Kenyan Interior Security Ministry'],
    ])
  })
})

describe('words that name no source', () => {
  it('takes no amount, place or possessed noun for a speaker', () => {
    expect(sources('Dozens reported killed in the shelling of the camp.')).toEqual([[24, null]])
    expect(sources('Kandal Province recorded the highest toll with 41 deaths.')).toEqual([[41, null]])
    expect(
      sourcesOf(
        'Three years of drought in Somalia: more than 2 million have fled their homes\nAid is scarce.',
      ),
    ).toEqual([[2000000, null]])
    expect(
      sources(
        "Mayor Ana Ruiz rejected the council's estimate, saying that fewer than 300 homes were destroyed.",
      ),
    ).toEqual([[300, 'Ana Ruiz']])
  })
})

describe('descriptors around a body', () => {
  it('drops what describes a named body, keeps what names a nameless one', () => {
    expect(sources('MSF teams treated 48 wounded people at the clinic.')).toEqual([[48, 'MSF']])
    expect(sources('The fire destroyed 70 houses in Kosti, a local NGO said.')).toEqual([[70, 'local NGO']])
    expect(sources('A spokesman for the provincial government said 85 people had been detained.')).toEqual([
      [85, 'provincial government'],
    ])
  })

  it('never takes a place named before "a local official" for that official', () => {
    expect(
      sources('At least 12 people were killed in a raid on a village in North Kivu, a local official said.'),
    ).toEqual([[12, 'local official']])
  })
})

describe('documents and tolls that carry their source', () => {
  it('credits a toll "from" a body, and a document to the one it comes from', () => {
    expect(sources('The provisional toll from the Ministry of Civil Defence stood at 14 dead.')).toEqual([
      [14, 'Ministry of Civil Defence'],
    ])
    expect(
      sources("The death toll from Monday's landslides has risen to 230, the disaster agency said."),
    ).toEqual([[230, 'disaster agency']])
    expect(
      sources(
        'At least 60 people were killed, according to a confidential document from a medical source seen by AFP. The document states that 41 bodies were identified. According to the same source, nine children are among the dead.',
      ).map((s) => s[1]),
    ).toEqual(['medical source', 'medical source', 'medical source'])
  })
})

describe('a role with its body or place', () => {
  it('credits the person named after a role whose body has an acronym', () => {
    expect(
      sources(
        'The head of the Sahel Peace Foundation (SPF), Amadou Kone, rejected the toll, saying that more than 150 detainees had died.',
      ),
    ).toEqual([[150, 'Amadou Kone']])
  })

  it('gives "the governor of X province" the governor named in the story', () => {
    expect(
      sources(
        'Clashes have killed at least 45 people since Friday, the governor of Alto Verde province said. Governor Ramon Castillo told reporters the toll would rise.',
      ),
    ).toEqual([[45, 'Ramon Castillo']])
  })
})
