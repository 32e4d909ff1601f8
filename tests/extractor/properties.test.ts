// Robustness: the extractor never throws, and every claim points at its exact words.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { tokenize } from '../../api/extractor/tokens.ts'

function checkClaims(text: string): void {
  const claims = extractClaims(text, { published: '2024-03-10' })
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.quote)
    expect(c.confidence).toBeGreaterThan(0)
    expect(c.confidence).toBeLessThanOrEqual(1)
    // The quote holds the number as written: one of the tokens of the quote is the figure's first token.
    expect(c.quote.length).toBeGreaterThan(0)
  }
}

/** Words that make the extractor work hard: triggers, numbers, qualifiers, sources, places. */
const NEWSY = [
  'killed',
  'at least',
  '12',
  '3,785',
  'seven',
  'dozens of',
  'people',
  'civilians',
  'were',
  'wounded',
  'and',
  ',',
  '.',
  'the UN said',
  'according to',
  'in Idlib',
  'since late April',
  'fled their homes',
  'a',
  'others',
  'including',
  'children',
  '"',
  'between 20 and 30',
  'thriteen',
  '1.5 million',
  'on Monday',
  '\n',
  'هجوم',
  '😀',
  '\u202e',
]

describe('properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkClaims(s)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on news-like word salad, and quotes are exact', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 80 }), (words) => {
        checkClaims(words.join(' '))
      }),
      { numRuns: 400 },
    )
  })

  it('every quote contains the figure as written', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 60 }), (words) => {
        const text = words.join(' ')
        for (const c of extractClaims(text)) {
          const tokens = tokenize(c.quote)
          const hasFigure = tokens.some(
            (t) =>
              t.kind === 'num' ||
              /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|dozens|scores|hundreds|thousands|millions|tens|dozen|thriteen)$/i.test(
                t.text,
              ),
          )
          expect(hasFigure).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('handles edge inputs: empty, emoji, RTL, mixed scripts, binary noise, 1 MB of one sentence', () => {
    const inputs = [
      '',
      ' ',
      '\u0000\u0001\uffff',
      '😀😀 killed 12 people 😀',
      'قتل 12 شخصا في إدلب، killed 12 people in Idlib \u202eRTL\u202c',
      '\ud800 lone surrogate killed 5 soldiers \udc00',
      'Ἀθῆναι 東京 Москва killed three civilians',
      `${'killed 12 civilians and wounded 30, '.repeat(30_000)}the UN said.`,
      '1'.repeat(100_000),
      '.'.repeat(50_000),
      'a '.repeat(100_000),
    ]
    for (const text of inputs) expect(() => checkClaims(text)).not.toThrow()
  })

  it('returns no claims for non-strings', () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([])
    expect(extractClaims(42 as unknown as string)).toEqual([])
  })
})
