// Every claim of the five seeds is found, nothing else is, and every field gold.jsonl has is right.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'
import { haveSeeds, readSeeds } from '../helpers/seeds.ts'

const FIELDS = ['metric', 'low', 'high', 'qualifier', 'who', 'source', 'since', 'quote'] as const

interface Seed {
  id: string
  published: string
  text: string
  claims: Record<string, unknown>[]
}

const seeds: Seed[] = readSeeds()

describe.skipIf(!haveSeeds)('seeds', () => {
  for (const seed of seeds) {
    it(`seed ${seed.id}: every claim, no extra, every field`, () => {
      const got = extractClaims(seed.text, { published: seed.published })
      const pick = (c: object) =>
        Object.fromEntries(FIELDS.map((f) => [f, (c as Record<string, unknown>)[f]]))
      expect(got.map(pick)).toEqual(seed.claims.map(pick))
      for (const c of got) expect(seed.text.slice(c.start, c.end)).toBe(c.quote)
    })
  }
})
