// Two credits that share out what one sentence states.
// - Two sources for two parallel figures: "170 Afghans and 13 U.S. troops were killed, Afghan health
//   officials and the Pentagon said" reads respectively, each figure to its own conjunct. The pairing is
//   made only where it is safe: exactly two figures of one metric, of different groups, joined by "and",
//   and exactly two conjuncts. Any other figures under a joint credit keep the joint source ("the police
//   and the UN said 12 people died": both said so).
// - A correction notice: "The figure was given by the provincial governor, not the police." moves a figure
//   credited to the police before it to the governor.

import { normalizeSource } from './source-names.ts'
import type { ExtractedClaim } from './types.ts'

// "X and the Y": the article opens a second source; "officials and the Pentagon", "UNHCR and the IOM".
const JOINT = /^(.+?) and (the )?(.+)$/
// A name that holds "and" as a word of its own ("Relief and Rehabilitation Commission", "Doctors and
// Nurses Union") is one body: only an article after "and", or a lower-case plural before it, splits it.
const SPLITS = / and the |[a-z]s and (?=\p{Lu})/u

/** Each of two parallel figures under a two-part joint source takes its own part. */
export function pairJointSources(text: string, claims: ExtractedClaim[]): void {
  if (claims.length !== 2) return
  const [a, b] = claims
  const source = a.source
  if (!source || b.source !== source || a.metric !== b.metric || a.who === b.who) return
  if (!SPLITS.test(source)) return
  const m = JOINT.exec(source)
  if (!m || m[1].includes(',') || m[3].includes(',') || / and /.test(m[3])) return
  // The figures are coordinated ("170 Afghans and 13 U.S. troops"), not a total and its part.
  const between = text.slice(a.end, b.start)
  if (!/\band\b/.test(between) || /\b(including|among|of whom|of them)\b/i.test(between)) return
  a.source = normalizeSource(m[1])
  b.source = normalizeSource(m[3])
}

/** The source a correction takes a figure away from: "…, not the police" -> "police". */
export function correctedAway(lows: string[], from: number, to: number): string | null {
  for (let k = from + 1; k < to - 1; k++) {
    if (lows[k] !== 'not' || (lows[k - 1] !== ',' && lows[k - 1] !== 'and')) continue
    let end = k + 1
    while (end < to && /^\p{L}[\p{L}'.-]*$/u.test(lows[end])) end++
    const words = lows.slice(k + 1, end).filter((w) => w !== 'the' && w !== 'by')
    return words.length > 0 && words.length <= 6 ? words.join(' ') : null
  }
  return null
}

/** Whether a claim's source is the one a correction names ("police" for "Police"). */
export function isCorrected(c: ExtractedClaim, away: string): boolean {
  return c.source !== null && normalizeSource(c.source).toLowerCase() === away
}
