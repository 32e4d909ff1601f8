// Number forms (issue 19): any number written in any of these forms, in a sentence or a report line with a
// trigger, comes back with its exact value, and never as a part of itself ("1 500" read as 500).
// Forms: grouped digits ("3,785,210"), South Asian grouping ("3,45,210"), lakh and crore ("4.2 lakh",
// "2.5 crore", "12lakh"), scaled decimals ("18.7 million", "1.2M", "300K"), and the damage PDF text does to
// them ("18 . 7 million", "42 , 289"). A split number that cannot be read for sure gives no claim at all.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

interface Written {
  text: string
  value: number
}

const western = fc
  .integer({ min: 2, max: 999_999_999 })
  .map((n): Written => ({ text: n.toLocaleString('en-US'), value: n }))
const southAsian = fc
  .integer({ min: 1_000, max: 999_999_999 })
  .map((n): Written => ({ text: n.toLocaleString('en-IN'), value: n }))
// "4.2 lakh", "2.5 crore", "12 lakh", "12lakh": tenths of the scale, written with a space or glued.
const lakhCrore = fc
  .tuple(
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(['lakh', 100_000], ['crore', 10_000_000]),
    fc.constantFrom(' ', ''),
  )
  .map(
    ([whole, tenth, [word, scale], gap]): Written => ({
      text: tenth === 0 ? `${whole}${gap}${word}` : `${whole}.${tenth} ${word}`,
      value: ((whole * 10 + tenth) * (scale as number)) / 10,
    }),
  )
const scaled = fc
  .tuple(
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom([' million', 1_000_000], ['M', 1_000_000], ['m', 1_000_000], [' mln', 1_000_000]),
  )
  .map(
    ([whole, tenth, [word, scale]]): Written => ({
      text: `${whole}.${tenth}${word}`,
      value: ((whole * 10 + tenth) * (scale as number)) / 10,
    }),
  )
const thousandsK = fc.integer({ min: 2, max: 999 }).map((n): Written => ({ text: `${n}K`, value: n * 1_000 }))
// PDF damage: a decimal point or a thousands comma with spaces on both sides.
const splitDecimal = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(
  ([whole, tenth]): Written => ({
    text: `${whole} . ${tenth} million`,
    value: (whole * 10 + tenth) * 100_000,
  }),
)
const splitThousands = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(
  ([high, low]): Written => ({
    text: `${high} , ${String(low).padStart(3, '0')}`,
    value: high * 1_000 + low,
  }),
)

const anyForm = fc.oneof(western, southAsian, lakhCrore, scaled, thousandsK, splitDecimal, splitThousands)

// Sentences and report lines that hold a trigger for the figure.
const frames: ((n: string) => string)[] = [
  (n) => `Officials said ${n} people were killed in the floods.`,
  (n) => `The fighting has displaced ${n} people since January, the agency said.`,
  (n) => `KEY FIGURES\nKilled: ${n} | Injured: 12`,
  (n) => `Situation at a glance\n• ${n} displaced\n• 40 injured`,
  (n) => `District | Deaths | Injured\nNorth | ${n} | 7`,
]
const frame = fc.constantFrom(...frames)

function valuesFound(text: string, written: string): number[] {
  const at = text.indexOf(written)
  return extractClaims(text, { published: '2024-05-01' })
    .filter((c) => c.start <= at + written.length && c.end >= at)
    .map((c) => c.low)
}

describe('number forms', () => {
  it('come back with their exact value, never a part of it', () => {
    fc.assert(
      fc.property(anyForm, frame, (written, make) => {
        const text = make(written.text)
        expect(valuesFound(text, written.text)).toEqual([written.value])
      }),
      { numRuns: 400 },
    )
  })

  it('a split number that cannot be read for sure gives no claim', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
        // "18 . 7 people": 18.7 people, or a sentence ending at 18? Neither figure is certain.
        const text = `Officials said ${a} . ${b} people were killed in the floods.`
        expect(extractClaims(text, { published: '2024-05-01' })).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('reads the examples of the issue', () => {
    const cases: [string, number][] = [
      ['Floods displaced 3,45,210 people in Assam.', 345_210],
      ['About 4.2 lakh people were evacuated.', 420_000],
      ['The cyclone affected 2.5 crore people.', 25_000_000],
      ['Over 12lakh people were affected.', 1_200_000],
      ['An estimated 18 . 7 million people have been displaced.', 18_700_000],
      ['IDPs 1.2M', 1_200_000],
    ]
    for (const [text, value] of cases) {
      expect(extractClaims(text).map((c) => c.low)).toEqual([value])
    }
  })
})
