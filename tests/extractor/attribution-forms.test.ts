// Attribution forms of wire and NGO copy that the frames once missed: a cited party's own words, a toll
// "given" by a second party, bracketed credits, appositive names, deniers named by a participle, documents
// and lower-case bodies standing for their authors. tests/dev-set/fresh-c.jsonl holds such forms labelled.

import { describe } from 'vitest'
import { eachReads, readsOf } from '../helpers/claims.ts'

const options = { published: '2025-03-10' }
/** One test per case: the claims are these [low, source] rows. */
const credits = readsOf(['low', 'source'], options)
/** One test per case: the claims' sources are these. */
const sourcesOnly = readsOf('source', options)

describe('who a figure is credited to', () => {
  credits([
    [
      'gives a clause cited "as saying" to the one cited, not the outlet',
      'Storms destroyed 800 homes, local radio reported, quoting the district chief as saying 6 people died.',
      [
        [800, 'local radio'],
        [6, 'district chief'],
      ],
    ],
    [
      'reads a bracketed credit inside the sentence',
      'About 9,000 people were displaced in Ituri last week (source: OCHA).',
      [[9000, 'OCHA']],
    ],
    [
      'prefers the proper name in apposition to a description',
      "Nigeria's disaster agency, the National Emergency Management Agency, said 31 people drowned.",
      [[31, 'National Emergency Management Agency']],
    ],
    [
      'resolves a short body noun to its fuller lower-case mention',
      'An official of the state emergency agency, Musa Idris, said 8 people died. The agency later reported 14 injured.',
      [
        [8, 'Musa Idris'],
        [14, 'state emergency agency'],
      ],
    ],
  ])

  sourcesOnly([
    [
      'credits a second toll to the party that gives or puts it',
      'Rebels said 25 soldiers were killed in the ambush, while the army gave a toll of 4.',
      ['Rebels', 'army'],
    ],
  ])

  eachReads(
    ['low', 'denied', 'source'],
    [
      [
        'keeps a denier who speaks through a participle apart from the source',
        'The police denied that 12 protesters were killed, saying officers fired in the air.',
        [[12, true, null]],
      ],
    ],
    options,
  )

  credits('gives "the report" and "the figure" the source they stand for', [
    [
      'Amnesty International said 40 detainees had died in custody. The report also found that 300 were held.',
      [
        [40, 'Amnesty International'],
        [300, 'Amnesty International'],
      ],
    ],
    ['Some 3,000 families have fled. The figure comes from the Red Cross.', [[3000, 'Red Cross']]],
  ])

  sourcesOnly('finds the speaker behind a participle, a relative clause or a second verb', [
    ['The governor rejected the figure as "inflated," claiming that only 9 people died.', ['governor']],
    ['The Red Cross, which runs the only field hospital there, said 70 wounded had arrived.', ['Red Cross']],
    [
      'The Hamas-run civil defence agency condemned the strike and said 17 bodies were recovered.',
      ['Hamas-run civil defence agency'],
    ],
  ])

  credits('expands an acronym across a preposition and reads "confirmed" before a noun as no verb', [
    [
      'The UN Mission in South Sudan (UNMISS) sent a patrol. At least 30 civilians were killed in Pibor, UNMISS said.',
      [[30, 'UN Mission in South Sudan']],
    ],
    [
      'The Red Crescent put the number of confirmed deaths at 412, and said 900 people were injured.',
      [
        [412, 'Red Crescent'],
        [900, 'Red Crescent'],
      ],
    ],
  ])
})
