// Trigger forms read through a stem instead of listed one by one, and the attribution and report-source
// forms of issue #19 that grammar rather than word lists now reads. tests/dev-set/fresh-a.jsonl holds the
// same kinds of text with full labels.

import { describe, expect, it } from 'vitest'
import { isNominalForm, stemKey } from '../../api/extractor/grammar/lemma.ts'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (text: string) => extractClaims(text, { published: '2025-01-10' })
const read = (text: string) => claims(text).map((c) => [c.metric, c.low, c.who, c.source])

describe('stems of trigger words', () => {
  it('gives a verb, its participles and its nouns one key', () => {
    for (const group of [
      ['displaced', 'displacements', 'displacing'],
      ['abducted', 'abductions', 'abducting'],
      ['kidnapped', 'kidnappings'],
      ['hospitalised', 'hospitalized', 'hospitalisations', 'hospitalizations'],
      ['drowned', 'drownings'],
      ['evacuated', 'evacuations'],
    ]) {
      expect(new Set(group.map(stemKey)).size, group.join(' ')).toBe(1)
    }
    expect(stemKey('killings')).not.toBe(stemKey('kidnappings'))
    expect(isNominalForm('abductions')).toBe(true)
    expect(isNominalForm('abducted')).toBe(false)
  })

  it('counts with nouns of trigger verbs that the lexicon does not list', () => {
    expect(read('Rights groups documented 31 abductions in the district this month.')).toEqual([
      ['detained', 31, 'people', 'Rights groups'],
    ])
    expect(read('There were 14 kidnappings along the highway in January.')).toEqual([
      ['detained', 14, 'people', null],
    ])
    expect(read('The ministry confirmed 26 drownings in the lake since May.')).toEqual([
      ['killed', 26, 'people', 'ministry'],
    ])
    expect(read('Police made 45 arrests after the riots.')).toEqual([['detained', 45, 'people', null]])
  })

  it('does not turn other forms into triggers', () => {
    // "holds" is not "holding" hostages; "crossings" are not refugees; the sick are not the injured.
    expect(claims('The camp holds 5,000 people.')).toEqual([])
    expect(claims('Two border crossings with 3 checkpoints were reopened.')).toEqual([])
    expect(claims('Around 400 people were taken to clinics with cholera symptoms in Kassala.')).toEqual([])
    expect(read('Three people later succumbed in hospital.')).toEqual([['killed', 3, 'people', null]])
  })
})

describe('figures and speakers read by grammar', () => {
  it('keeps a figure after "and" out of the modifier before the first predicate', () => {
    expect(read('The storm killed 59 people in Vietnam and 247 were injured.')).toEqual([
      ['killed', 59, 'people', null],
      ['injured', 247, 'people', null],
    ])
  })

  it('reads sources the sentence names in other ways', () => {
    expect(read('At least 40 people were killed, according to the WHO.')).toEqual([
      ['killed', 40, 'people', 'WHO'],
    ])
    expect(
      read('In Goma, 2,800 people were killed, said Vivian van de Perre, deputy head of the mission.'),
    ).toEqual([['killed', 2800, 'people', 'Vivian van de Perre']])
    expect(
      read('The figures came from the Health Ministry. It said 45 people were killed in the raid.'),
    ).toEqual([['killed', 45, 'people', 'Health Ministry']])
    expect(
      read(
        '"Our teams found 14 bodies in the village," he said. The speaker, Jan Egeland of the Norwegian Refugee Council, added that aid was blocked.',
      ),
    ).toEqual([['killed', 14, 'people', 'Jan Egeland']])
  })

  it('carries the group and the full name of a force into the next sentence', () => {
    expect(
      read('Five soldiers were killed near Gao, the Malian army said. The army said 9 others were injured.'),
    ).toEqual([
      ['killed', 5, 'soldiers', 'Malian army'],
      ['injured', 9, 'soldiers', 'Malian army'],
    ])
  })

  it("takes a report's source from a body named in common nouns", () => {
    const sources = (text: string) => [...new Set(claims(text).map((c) => c.source))]
    expect(
      sources('Dam breach: update from regional authorities\n* 2,700 people evacuated\n* 5 people killed'),
    ).toEqual(['regional authorities'])
    expect(
      sources('Overnight attacks (regional military administration):\n- 28 civilians killed\n- 134 wounded'),
    ).toEqual(['regional military administration'])
    expect(
      sources('Quake, Noto\nDeaths - 84 ; Missing - 179\nPrefectural disaster headquarters, 3 January'),
    ).toEqual(['Prefectural disaster headquarters'])
  })
})
