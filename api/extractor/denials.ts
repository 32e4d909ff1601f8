// Denials: a figure a named party denies or refutes ("the army denied that 40 were killed", "a toll the police
// rejected") is marked denied; the denier is not its source, and a figure denied after another party gave it
// keeps that party as its source.

import type { Attribution } from './attribution.ts'
import type { Sentence } from './sentences.ts'
import type { Token } from './tokens.ts'
import type { ExtractedClaim } from './types.ts'
import { REPORTING_VERBS } from './words.ts'

interface DocText {
  lows: string[]
  sentences: Sentence[]
  tokens: Token[]
}
interface SentenceResult {
  claims: ExtractedClaim[]
  attributions: Attribution[]
}

const DENY = new Set([
  'denied',
  'denies',
  'deny',
  'refuted',
  'refutes',
  'rejected',
  'rejects',
  'dismissed',
  'disputed',
  'disputes',
  'called',
  'calls',
  'branded',
  'described',
])
// "called the figure false": these verbs deny only with a judgement after the object.
const DENY_JUDGED = new Set(['called', 'calls', 'branded', 'described'])
const FALSE_WORDS = new Set(
  'false untrue fabricated fabrication exaggerated inflated baseless groundless lies propaganda wrong incorrect'.split(
    ' ',
  ),
)
const DENIED_OBJECTS = new Set([
  'figure',
  'figures',
  'toll',
  'number',
  'numbers',
  'claim',
  'claims',
  'report',
  'reports',
  'tally',
  'account',
  'accounts',
  'estimate',
  'estimates',
  'count',
])

/**
 * A figure a named party refutes: "Iraq's military has rejected reports that as many as 200 civilians were
 * killed" (the figures in the complement), "The Israeli military rejected the ministry's death toll" (every
 * figure credited to the ministry), "... The SDF rejected that figure" (the figures of the sentence before).
 */
export function markDenials(doc: DocText, results: SentenceResult[]): void {
  const { lows, sentences, tokens } = doc
  for (let si = 0; si < results.length; si++) {
    const s = sentences[si]
    for (let k = s.from; k < s.to; k++) {
      if (!DENY.has(lows[k])) continue
      if (DENY_JUDGED.has(lows[k]) && !judgedFalse(lows, k + 1, s.to)) continue
      // "denied that ...", "rejected a Human Rights Watch report that accused ...": the figures of that clause.
      let m = k + 1
      while (m < Math.min(s.to, k + 12) && lows[m] !== 'that' && lows[m] !== ',' && lows[m] !== '.') m++
      // "rejected that figure": a determiner before the thing denied, not a clause.
      // "denied a claim by Gaza's health ministry that ...": the claim's author between the noun and "that".
      const thatClause =
        lows[m] === 'that' &&
        (m === k + 1 || (m < k + 7 && REPORT_NOUNS.has(lows[m - 1])) || authoredClaim(lows, k + 1, m)) &&
        !DENIED_OBJECTS.has(lows[m + 1])
      if (thatClause) {
        let end = m + 1
        // "... denied that it had killed 50 civilians and said eight had died": a second verb ends the clause.
        while (
          end < s.to &&
          lows[end] !== ';' &&
          !(lows[end] === ',' && end - m > 20) &&
          !(lows[end] === 'and' && REPORTING_VERBS.has(lows[end + 1] ?? ''))
        )
          end++
        // The one who denies is not the source of the figure denied ("the ministry denied that 40 were killed").
        const said = results[si].attributions
        const denier = said.find((a) => a.at === k)?.name ?? null
        // "The ministry denied that 40 were killed ..., saying ...": the participle's subject is the denier.
        const participle = said.find((a) => a.at > k && DENIER_PARTICIPLES.has(lows[a.at]))
        for (const c of results[si].claims) {
          if (!(c.start >= tokens[m].start && c.start < (tokens[end - 1]?.end ?? c.start + 1))) continue
          c.denied = true
          if (denier && c.source === denier) c.source = null
          // "Congo's government said 50 were killed. The M23 denied that it had killed 50 civilians": the
          // figure denied is the one given before, and so is its source.
          const given = givenBefore(results, si, c)
          if (given) c.source = given
          if (participle && tokens[participle.at].start > c.start && c.source === participle.name)
            c.source = null
        }
        continue
      }
      // "..., a claim the police denied": the figures before it in the sentence.
      // "..., a toll local leaders rejected as too low": the same, with a judgement after.
      const claimBefore = [2, 3, 4].some((d) => DENIED_OBJECTS.has(lows[k - d]))
      if (claimBefore && (k + 1 >= s.to || /^[.,]$|^as$/.test(lows[k + 1]))) {
        for (const c of results[si].claims) if (c.start < tokens[k].start) c.denied = true
        continue
      }
      // "the ministry's death toll", "that figure", "the reported casualty figures"
      let possessor: string | null = null
      let object = false
      for (let o = k + 1; o < Math.min(s.to, k + 6); o++) {
        if (DENIED_OBJECTS.has(lows[o])) object = true
        if (/['\u2019]s$/.test(lows[o])) possessor = lows[o].replace(/['\u2019]s$/, '')
      }
      if (!object) continue
      if (possessor && possessor !== 'its' && possessor !== 'their') {
        const owner = possessor
        for (const r of results)
          for (const c of r.claims) if (c.source?.toLowerCase().includes(owner)) c.denied = true
      } else {
        // The figures of the nearest sentence before that has any.
        let sj = si - 1
        while (sj >= 0 && si - sj <= 4 && results[sj].claims.length === 0) sj--
        if (sj >= 0 && si - sj <= 4) for (const c of results[sj].claims) c.denied = true
      }
    }
  }
}
const DENIER_PARTICIPLES = new Set(['saying', 'adding', 'insisting', 'stating'])
/** The source of the same figure (metric and value) credited in an earlier sentence, if any. */
function givenBefore(results: SentenceResult[], si: number, claim: ExtractedClaim): string | null {
  for (let sj = si - 1; sj >= 0; sj--)
    for (const c of results[sj].claims)
      if (c.source && !c.denied && c.metric === claim.metric && c.low === claim.low) return c.source
  return null
}
/** "called the figure false", "described the toll as exaggerated": a judgement within a few words. */
function judgedFalse(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 7); k++) if (FALSE_WORDS.has(lows[k])) return true
  return false
}
/** A report noun with its author after it ("a claim by the ministry", "reports from residents") in [from, to). */
function authoredClaim(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (REPORT_NOUNS.has(lows[k]) && (lows[k + 1] === 'by' || lows[k + 1] === 'from')) return true
  return false
}
const REPORT_NOUNS = new Set([
  'reports',
  'report',
  'claims',
  'claim',
  'allegations',
  'suggestions',
  'accusations',
])
