// What may stand between a counted phrase and its predicate: a second noun of the group, an aside, a
// modifier before the auxiliary.

import type { Candidate, LinkContext } from '../link-types.ts'
import { type HeadClass, headClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import { triggerAt } from '../triggers.ts'
import { CLAUSE_BREAKS, NOT_IN_NOUN_PHRASE } from '../words.ts'
import { AUX, isNumberAt, MODALS, objectFollows, skipQuote } from './shared.ts'

const GROUP_TAIL = 4
const QUOTES = new Set(['"', '“', '”'])

/**
 * "300 patients and companions were shot dead", '45 fighters and affiliated "mercenaries" had been killed':
 * a second noun of the same group, after "and", belongs to the counted phrase. No other figure, article or
 * clause may stand in it.
 */
export function groupTailEnd(ctx: LinkContext, c: Candidate, j: number, limit: number): number {
  const { tokens, lows } = ctx
  if ((lows[j] !== 'and' && lows[j] !== 'or') || c.np.cls !== 'people') return j
  for (let k = j + 1; k < Math.min(limit, j + 1 + GROUP_TAIL); k++) {
    const w = lows[k]
    if (QUOTES.has(w)) continue
    if (tokens[k].kind !== 'word' || NOT_IN_NOUN_PHRASE.has(w) || isNumberAt(tokens, lows, k)) return j
    if (triggerAt(lows, k, limit, 'p')) return j
    const cls = headClass(w, tokens[k].text, lows[k - 1])
    const end = skipQuote(lows, k + 1, limit)
    // A plural noun the lists do not know, when the predicate follows it at once ("and companions were").
    const plural = cls === 'unknown' && /[^s]s$/.test(w)
    if (cls === 'people' || (plural && (AUX.has(lows[end]) || triggerAt(lows, end, limit, 'p')))) return end
  }
  return j
}

const PAREN_OPEN = new Set([',', '-', '–', '—', '('])

const MODIFIER_START = new Set([
  'in',
  'at',
  'on',
  'near',
  'from',
  'of',
  'with',
  'across',
  'inside',
  'around',
  'under',
  'supported',
  'operating',
  'run',
  'managed',
  'still',
  'living',
  'sheltering',
  'who',
])

/** ", including six children," / ", five of them children," / " - a woman and four children -": skipped. */
export function skipParenthetical(tokens: Token[], lows: string[], j: number, limit: number): number {
  const open = lows[j]
  if (!PAREN_OPEN.has(open)) return j
  const close = open === '(' ? ')' : open
  for (let k = j + 1; k < limit && k - j <= 14; k++) {
    if (lows[k] === close || (open === ',' && (lows[k] === '-' || lows[k] === '—')))
      return k === j + 1 ? j : k + 1
    // An abbreviation's stop ("(1,872 ind.)") does not end the aside.
    const abbreviation = lows[k] === '.' && !tokens[k].space && ABBREVIATED.has(lows[k - 1])
    if (lows[k] === ';' || (lows[k] === '.' && !abbreviation) || REPORTING_AT.has(lows[k])) return j
  }
  return j
}
const ABBREVIATED = new Set(['ind', 'indiv', 'approx', 'est', 'pers'])
const REPORTING_AT = new Set(['said', 'says', 'told', 'according'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those'])

const PLAIN_PREPOSITIONS = new Set(['with', 'from', 'of', 'in', 'at', 'on', 'near', 'inside'])
const CLAUSE_WORDS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'which', 'where'])

/** "hospitals in the north of the territory had been", "facilities supported by MSF have": to the auxiliary. */
export function skipModifierBeforeAux(
  tokens: Token[],
  lows: string[],
  j: number,
  limit: number,
  cls: HeadClass,
): number {
  if (!MODIFIER_START.has(lows[j])) return j
  for (let k = j + 1; k < limit && k - j <= 9; k++) {
    if (
      CLAUSE_BREAKS.has(lows[k]) ||
      lows[k] === ',' ||
      REPORTING_AT.has(lows[k]) ||
      CLAUSE_WORDS.has(lows[k]) ||
      // "killed 59 people in Vietnam and 247 were injured": another figure has its own predicate.
      (tokens[k]?.kind === 'num' && (lows[k - 1] === 'and' || lows[k - 1] === 'or'))
    )
      return j
    if (AUX.has(lows[k]) || MODALS.has(lows[k])) return k
    // "Three aid workers with the Libyan Red Crescent lost their lives" (but not "... killed 20 people").
    const t = triggerAt(lows, k, limit, 'p')
    // "people in the affected area have been": a participle after a determiner describes the place.
    if (!t || DETERMINERS.has(lows[k - 1])) continue
    const direct = PLAIN_PREPOSITIONS.has(lows[j]) && (cls === 'people' || cls === 'households')
    return direct && !objectFollows(tokens, lows, t.to, limit) ? k : j
  }
  return j
}
