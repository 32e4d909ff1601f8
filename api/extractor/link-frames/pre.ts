// Trigger then figure: a verb before the victims ("killed seven soldiers"), a treatment of the wounded,
// a house set on fire, a manner of death.

import { CONFIDENCE } from '../confidence.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { type TriggerEntry, triggerAt } from '../triggers.ts'
import { MODALS, npEnd, resolveMetric, TOLL_NOUNS } from './shared.ts'

const PRE_FILLERS = new Set([
  'another',
  'further',
  'additional',
  'a',
  'an',
  'the',
  'reportedly',
  'also',
  'all',
])

const TREATING = new Set(['treated', 'treating', 'treats', 'admitted', 'received'])

const WOUND_WORDS = new Set([
  'wounds',
  'injuries',
  'burns',
  'wounded',
  'injured',
  'shrapnel',
  'fractures',
  'trauma',
])

/** "... with blast and gunshot wounds", "... for injuries": a treatment of the wounded. */
function treatsWounds(lows: string[], from: number, to: number): boolean {
  if (lows[from] !== 'for' && lows[from] !== 'with') return false
  for (let k = from + 1; k < Math.min(to, from + 6); k++) {
    if (lows[k] === ',' || lows[k] === '.') return false
    if (WOUND_WORDS.has(lows[k])) return true
  }
  return false
}

const DEATH_MANNERS = new Set(
  'hacked burned burnt stabbed beaten clubbed bludgeoned stoned shot crushed trampled starved tortured'.split(
    ' ',
  ),
)

const SETTING = new Set(['set', 'sets', 'setting'])
const FIRE_AFTER = new Set(['ablaze', 'alight'])
const SET_FIRE: TriggerEntry = { words: ['set'], roles: 'v', metric: null, building: true }

const REFUGEE_HEADS = new Set(['refugees', 'refugee', 'asylum-seekers'])

/** "killed seven Turkish soldiers", "injuring 3 soldiers", "claimed the lives of 12". */
export function pre(ctx: LinkContext, c: Candidate, sentenceFrom: number): Link | null {
  const { lows } = ctx
  let k = c.num.from - 1
  let skipped = 0
  if (lows[k] === '"' || lows[k] === '“' || lows[k] === '”') k--
  while (k > sentenceFrom && skipped < 2 && PRE_FILLERS.has(lows[k]) && !triggerAt(lows, k, k + 1, 'v')) {
    k--
    skipped++
  }
  if (lows[k] === '"' || lows[k] === '”' || lows[k] === '“') k--
  // "treated at least 39 people with blast and gunshot wounds", "treated 64 patients for injuries"
  if (
    TREATING.has(lows[k]) &&
    (c.np.cls === 'people' || c.np.to === c.np.from) &&
    treatsWounds(lows, npEnd(c), c.num.to + 12)
  ) {
    return {
      kind: 'pre',
      metric: 'injured',
      from: k,
      to: npEnd(c),
      modal: false,
      parent: null,
      confidence: CONFIDENCE.predicateInContext,
    }
  }
  // "set 73 houses on fire", "set some 90 homes ablaze": the verb around its object.
  const after = lows[npEnd(c)] ?? ''
  if (SETTING.has(lows[k]) && (FIRE_AFTER.has(after) || (after === 'on' && lows[npEnd(c) + 1] === 'fire'))) {
    const end = after === 'on' ? npEnd(c) + 2 : npEnd(c) + 1
    const metric = resolveMetric(SET_FIRE, c.np.cls)
    if (metric)
      return {
        kind: 'pre',
        metric,
        from: k,
        to: end,
        modal: false,
        parent: null,
        confidence: CONFIDENCE.causative,
      }
  }
  // "hacked 25 villagers to death", "burned 13 suspected gang members to death"
  if (DEATH_MANNERS.has(lows[k]) && lows[npEnd(c)] === 'to' && lows[npEnd(c) + 1] === 'death') {
    return {
      kind: 'pre',
      metric: 'killed',
      from: k,
      to: npEnd(c) + 2,
      modal: false,
      parent: null,
      confidence: CONFIDENCE.causative,
    }
  }
  for (let start = Math.max(sentenceFrom, k - 4); start <= k; start++) {
    const t = triggerAt(lows, start, k + 1, 'v')
    if (!t || t.to !== k + 1) continue
    // "Death toll hits 100": the toll's verb, left to the toll frame.
    if (TOLL_NOUNS.has(lows[t.from - 1])) return null
    let metric = resolveMetric(t.entry, c.np.cls)
    if (!metric) return null
    // "hosting 600,000 refugees": the counted noun says they crossed a border.
    if (metric === 'displaced' && REFUGEE_HEADS.has(lows[c.np.to - 1])) metric = 'refugees'
    // "a landslide buried 23 people": buried by a mass of earth, they are missing until found.
    if (metric === 'killed' && BURYING.has(lows[t.from]) && buriedByMass(lows, sentenceFrom, t.from))
      metric = 'missing'
    const modal = MODALS.has(lows[t.from - 1]) || MODALS.has(lows[t.from - 2])
    return {
      kind: 'pre',
      metric,
      from: t.from,
      to: npEnd(c),
      modal,
      parent: null,
      confidence: CONFIDENCE.verbThenVictims - skipped * CONFIDENCE.perSkippedWordBefore,
    }
  }
  return null
}

const BURYING = new Set(['buried', 'burying', 'buries'])
const MASSES = new Set(
  'landslide landslides mudslide mudslides avalanche avalanches rockslide rubble debris mud collapse earthquake quake'.split(
    ' ',
  ),
)
function buriedByMass(lows: readonly string[], from: number, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 10); k--) if (MASSES.has(lows[k])) return true
  return false
}
