// General attribution rules (issue #19, fresh-i): a definite noun for a speaker described before, a part a
// body owns, a counted group of sources, first-person words in a body's own release, coordinated names,
// and a dateline that is no title. Plus the lenient scorer's place possessive and place phrase.

import { describe, expect, it } from 'vitest'
import { sourcesAgree } from '../../api/extractor/eval/score.ts'
import { eachReads } from '../helpers/claims.ts'

describe('"the official said" after an official described in full', () => {
  eachReads('source', [
    [
      'A senior police officer told AFP that 14 miners were killed. Another 20 were hurt, the officer said.',
      ['senior police officer', 'senior police officer'],
    ],
    [
      'Three aid workers were abducted, a local official said on Friday. The official said nine others had escaped unhurt.',
      ['local official'],
    ],
    // An indefinite plural is a new speaker, not the one described before.
    [
      'Nine people died in the blast, local rescue volunteers said. Volunteers said 30 were injured.',
      ['local rescue volunteers', 'Volunteers'],
    ],
  ])
})

describe('a part a body owns speaks for it', () => {
  eachReads('source', [
    ["Troops killed 16 fighters in the raid, the navy's press office said.", ["navy's press office"]],
    ["Troops killed 16 fighters in the raid, the army's media wing said.", ["army's media wing"]],
  ])
})

describe('a counted group of sources, and a participle after its noun', () => {
  eachReads('source', [
    ['Eight people drowned near the port, two officials said.', ['two officials']],
    [
      'At least 70 migrants died at sea, three diplomats following the case said on Sunday.',
      ['three diplomats'],
    ],
    ['Dozens reported killed as floods sweep the valley', [null]],
  ])
})

describe("first-person words outside a quotation are the issuer's", () => {
  eachReads('source', [
    [
      'KABUL - Oxfam said on Monday that 5,000 families had fled the quake zone. Our teams have counted 21 clinics destroyed.',
      ['Oxfam', 'Oxfam'],
    ],
    ['"Our teams found 14 bodies," a doctor told reporters.', ['doctor']],
    ["MSF said 300 people were wounded. The group's teams treated 45 wounded children.", ['MSF', 'MSF']],
  ])
})

describe('"its own count" is the speaker\'s', () => {
  eachReads('source', [
    ['The opposition party said its own count showed 61 people had died.', ['opposition party']],
  ])
})

describe('two names, each with its article, are one credit', () => {
  eachReads('source', [
    [
      'More than 120 people were hurt, according to the Red Crescent and the Civil Defence.',
      ['Red Crescent and the Civil Defence'],
    ],
  ])
})

describe('a dateline over prose is no report title', () => {
  eachReads('source', [
    [
      'Ferry fire: 11 dead off Lesbos\nLESBOS - Eleven people died when the ferry caught fire on Tuesday.',
      [null, null],
    ],
  ])
})

describe('the lenient scorer', () => {
  it('takes a place possessive kept or dropped for the same body', () => {
    expect(sourcesAgree("Ukraine's State Emergency Service", 'State Emergency Service')).toBe(true)
    expect(sourcesAgree("country's forensic service", 'forensic service')).toBe(true)
    expect(sourcesAgree("the territory's health ministry", 'health ministry')).toBe(true)
  })
  it('takes a trailing place phrase as no part of the body', () => {
    expect(sourcesAgree('police in Talisay', 'police')).toBe(true)
    expect(sourcesAgree('Ministry of Home Affairs in New Delhi', 'Ministry of Home Affairs')).toBe(true)
    expect(sourcesAgree('police à Goma', 'police')).toBe(true)
    expect(sourcesAgree('Defensoría del Pueblo en Arauca', 'Defensoría del Pueblo')).toBe(true)
    expect(sourcesAgree('وزارة الصحة في غزة', 'وزارة الصحة')).toBe(true)
  })
  it('keeps other owners and other bodies apart', () => {
    expect(sourcesAgree("Prime Minister Ahmet Davutoglu's office", 'Ahmet Davutoglu')).toBe(false)
    expect(sourcesAgree("Pakistan's military", 'Pakistan')).toBe(false)
    expect(sourcesAgree('Researchers at Ghent University', 'Ghent University')).toBe(false)
    expect(sourcesAgree('police in Talisay', 'army')).toBe(false)
  })
})
