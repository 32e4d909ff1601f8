// Attribution forms of wire and NGO copy that the frames once missed: a cited party's own words, a toll
// "given" by a second party, bracketed credits, appositive names, deniers named by a participle, documents
// and lower-case bodies standing for their authors. tests/dev-set/fresh-c.jsonl holds such forms labelled.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const claims = (text: string) => extractClaims(text, { published: '2025-03-10' })
const sources = (text: string) => claims(text).map((c) => [c.low, c.source])

describe('who a figure is credited to', () => {
  it('gives a clause cited "as saying" to the one cited, not the outlet', () => {
    expect(
      sources(
        'Storms destroyed 800 homes, local radio reported, quoting the district chief as saying 6 people died.',
      ),
    ).toEqual([
      [800, 'local radio'],
      [6, 'district chief'],
    ])
  })

  it('credits a second toll to the party that gives or puts it', () => {
    expect(
      sources('Rebels said 25 soldiers were killed in the ambush, while the army gave a toll of 4.').map(
        (s) => s[1],
      ),
    ).toEqual(['Rebels', 'army'])
  })

  it('reads a bracketed credit inside the sentence', () => {
    expect(sources('About 9,000 people were displaced in Ituri last week (source: OCHA).')).toEqual([
      [9000, 'OCHA'],
    ])
  })

  it('prefers the proper name in apposition to a description', () => {
    expect(
      sources("Nigeria's disaster agency, the National Emergency Management Agency, said 31 people drowned."),
    ).toEqual([[31, 'National Emergency Management Agency']])
  })

  it('keeps a denier who speaks through a participle apart from the source', () => {
    const [c] = claims('The police denied that 12 protesters were killed, saying officers fired in the air.')
    expect([c.low, c.denied, c.source]).toEqual([12, true, null])
  })

  it('gives "the report" and "the figure" the source they stand for', () => {
    expect(
      sources(
        'Amnesty International said 40 detainees had died in custody. The report also found that 300 were held.',
      ),
    ).toEqual([
      [40, 'Amnesty International'],
      [300, 'Amnesty International'],
    ])
    expect(sources('Some 3,000 families have fled. The figure comes from the Red Cross.')).toEqual([
      [3000, 'Red Cross'],
    ])
  })

  it('finds the speaker behind a participle, a relative clause or a second verb', () => {
    expect(
      sources('The governor rejected the figure as "inflated," claiming that only 9 people died.').map(
        (s) => s[1],
      ),
    ).toEqual(['governor'])
    expect(
      sources('The Red Cross, which runs the only field hospital there, said 70 wounded had arrived.').map(
        (s) => s[1],
      ),
    ).toEqual(['Red Cross'])
    expect(
      sources(
        'The Hamas-run civil defence agency condemned the strike and said 17 bodies were recovered.',
      ).map((s) => s[1]),
    ).toEqual(['Hamas-run civil defence agency'])
  })

  it('expands an acronym across a preposition and reads "confirmed" before a noun as no verb', () => {
    expect(
      sources(
        'The UN Mission in South Sudan (UNMISS) sent a patrol. At least 30 civilians were killed in Pibor, UNMISS said.',
      ),
    ).toEqual([[30, 'UN Mission in South Sudan']])
    expect(
      sources(
        'The Red Crescent put the number of confirmed deaths at 412, and said 900 people were injured.',
      ),
    ).toEqual([
      [412, 'Red Crescent'],
      [900, 'Red Crescent'],
    ])
  })

  it('resolves a short body noun to its fuller lower-case mention', () => {
    expect(
      sources(
        'An official of the state emergency agency, Musa Idris, said 8 people died. The agency later reported 14 injured.',
      ),
    ).toEqual([
      [8, 'Musa Idris'],
      [14, 'state emergency agency'],
    ])
  })
})
