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
