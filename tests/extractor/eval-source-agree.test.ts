// The lenient source score's rule (tests/dev-set/README.md, "Two source labels agree when they name the
// same speaker"): pairs in English, French, Spanish and Arabic, each checked both ways round.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sourcesAgree } from '../../api/extractor/eval/score.ts'

interface Case {
  agree: boolean
  a: string
  b: string
  why: string
}

const CASES: Case[] = readFileSync(new URL('./cases/source-agree.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

describe('two source labels agree when they name the same speaker', () => {
  it('holds at least 40 pairs each way', () => {
    expect(CASES.filter((c) => c.agree).length).toBeGreaterThanOrEqual(40)
    expect(CASES.filter((c) => !c.agree).length).toBeGreaterThanOrEqual(40)
  })
  for (const c of CASES) {
    it(`${c.agree ? 'agree' : 'differ'}: "${c.a}" / "${c.b}" (${c.why})`, () => {
      expect(sourcesAgree(c.a, c.b)).toBe(c.agree)
      expect(sourcesAgree(c.b, c.a)).toBe(c.agree)
    })
  }
})
