// Time grows linearly with input length, even on adversarial inputs (no catastrophic backtracking,
// no quadratic scans). Compares ratios of sizes, not absolute times, so it holds on slow machines; the best
// of several runs keeps garbage-collection pauses and other processes out of the measure.

import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../api/extractor/index.ts'

const ADVERSARIAL: [string, string][] = [
  ['one long sentence of figures', 'killed 12 civilians and wounded 30 others, including 5 children, '],
  ['digits and separators', '1,2,3,4,5.6.7.8:9-10-11 '],
  ['qualifier chains', 'at least more than nearly up to as many as some about '],
  ['nested parentheses and commas', '( , ( , "killed" , ) , ) '],
  ['capitalised names', 'The Syrian Observatory For Human Rights Of The United Nations Said '],
  ['no spaces', 'killed12people'.repeat(3)],
  ['since chains', 'since since late since the beginning of '],
  ['dotted acronyms', 'U.N. U.S. A.B.C.D. '],
]

function time(text: string): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    extractClaims(text, { published: '2024-01-01' })
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

describe('linear growth', () => {
  for (const [name, unit] of ADVERSARIAL) {
    it(`${name}: 4x the input takes well under 10x the time`, { timeout: 60_000 }, () => {
      const small = unit.repeat(Math.ceil(400_000 / unit.length))
      const large = unit.repeat(Math.ceil(1_600_000 / unit.length))
      time(small) // warm up
      const ts = Math.max(time(small), 1)
      const tl = time(large)
      // Linear growth gives about 4x; a quadratic scan would give 16x. The margin absorbs the noise of a
      // shared machine (garbage collection, other processes) without letting a quadratic step through.
      expect(tl / ts).toBeLessThan(10)
    })
  }
})
