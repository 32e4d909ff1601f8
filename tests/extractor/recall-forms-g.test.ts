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
