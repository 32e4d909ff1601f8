// Forms of issue #19 read by general rules (an aside in the grammar layer, a destination that is a country,
// a one-word wildcard in lexicon phrases, what a mass of earth does), and the numbers around them that are
// not figures. tests/dev-set/fresh-d.jsonl and fresh-e.jsonl hold more of the same forms with full labels.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const read = (text: string) =>
  extractClaims(text, { published: '2025-06-10' }).map((c) => [c.metric, c.low, c.who] as const)

describe('words between a figure and its trigger', () => {
  it('passes an aside on the counted group and a time phrase the tagger calls a pronoun', () => {
    expect(
      read('Thirty villagers, among them 8 children, were this week killed by raiders near Djibo.'),
    ).toEqual([
      ['killed', 30, 'villagers'],
      ['killed', 8, 'children'],
    ])
  })

  it('reads an injury noun after a modifier, but not a negated one', () => {
    expect(read('Around 40 people suffered shrapnel wounds in the attack.')).toEqual([
      ['injured', 40, 'people'],
    ])
    expect(read('Around 40 people suffered no wounds in the attack.')).toEqual([])
  })
})

describe('the family of a move', () => {
  it('counts refuge in another country as refugees and refuge at home as displacement', () => {
    expect(read('Some 2,000 people have sought refuge in neighbouring Rwanda.')).toEqual([
      ['refugees', 2000, 'people'],
    ])
    expect(read('Some 2,000 people have sought refuge in Goma.')).toEqual([['displaced', 2000, 'people']])
    expect(read('Another 900 escaped to Guinea last week.')).toEqual([['refugees', 900, 'people']])
  })

  it('reads an order to leave as displacement', () => {
    expect(read('The army ordered 1,200 families out of their homes in Jenin.')).toEqual([
      ['displaced', 1200, 'families'],
    ])
  })

  it('counts people buried by a landslide as missing and the buried dead as killed', () => {
    expect(read('A mudslide on the mountain road buried 15 travellers on Monday.')).toEqual([
      ['missing', 15, 'travellers'],
    ])
    expect(read('Relatives buried 15 victims of the massacre on Monday.')).toEqual([
      ['killed', 15, 'victims'],
    ])
  })

  it('reads casualties in either order', () => {
    expect(read('The blast injured or killed 33 workers.')).toEqual([['casualties', 33, 'workers']])
  })
})

describe('numbers that are not figures', () => {
  it('leaves out a numbered ward, a family of one and a figure with a verb of its own', () => {
    expect(read('Some 80 people in Block 9 were evacuated.')).toEqual([['displaced', 80, 'people']])
    expect(read('Five members of one family drowned in the flood.')).toEqual([
      ['killed', 5, 'members of one family'],
    ])
    expect(read('Twelve fishermen drowned and 30 were rescued by the navy.')).toEqual([
      ['killed', 12, 'fishermen'],
    ])
  })
})
