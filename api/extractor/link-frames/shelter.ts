// Where people stay or were moved to: a stay in camps or shelters, a move to shelters, counted as displaced.

import type { Token } from '../tokens.ts'
import { type TriggerEntry, type TriggerMatch, triggerAt } from '../triggers.ts'
import { NOT_IN_NOUN_PHRASE, SHELTER_SITES, words } from '../words.ts'

const SHELTER_VERBS = words(`
  staying stay stays stayed living live lives lived sheltering sheltered housed hosted accommodated
  sleeping sleep lodged camped camping
`)
const SHELTER_NOUNS = words(`
  camps camp shelters centres centers centre center sites settlements tents schools churches mosques
  classrooms shelter tent
`)
const BEING = words('are were is was remain remained remaining still')
export const SHELTER_ENTRY: TriggerEntry = {
  words: ['staying'],
  roles: 'p',
  metric: 'displaced',
  building: false,
}

export const HOSTED = new Set(['hosted', 'accommodated', 'sheltered'])

export function nounTrigger(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (triggerAt(lows, k, to, 'n')?.entry.metric) return true
  return false
}

// A move whose destination is a place of shelter: "moved to 2,400 cyclone shelters", "shifted to 91 relief
// camps", "relocated to safe areas", "transferred to schools and community halls".
const MOVE_VERBS = new Set(
  'moved shifted transferred relocated evacuated taken brought sent bussed ferried'.split(' '),
)
const SHELTER_PLACES = new Set(
  'areas area locations location places place ground halls hall buildings zones sites'.split(' '),
)
const DETENTION_PLACES = new Set('detention prison prisons jail jails police custody holding'.split(' '))
const DESTINATION_WORDS = 5
export const MOVE_ENTRY: TriggerEntry = { words: ['moved'], roles: 'p', metric: 'displaced', building: false }

/** Whether the figure at `at` follows "moved to", "evacuated to": it counts the places people went to. */
export function movedTo(lows: readonly string[], at: number): boolean {
  return (lows[at - 1] === 'to' || lows[at - 1] === 'into') && MOVE_VERBS.has(lows[at - 2] ?? '')
}

/** "moved to 1,900 flood shelters": the end of the move, or -1. */
function moveToShelter(tokens: Token[], lows: string[], j: number, limit: number): number {
  if (!MOVE_VERBS.has(lows[j]) || (lows[j + 1] !== 'to' && lows[j + 1] !== 'into')) return -1
  for (let k = j + 2; k < Math.min(limit, j + 2 + DESTINATION_WORDS); k++) {
    // "taken to the Abu Salim detention centre" is an arrest, not shelter.
    if (DETENTION_PLACES.has(lows[k])) return -1
    if (SHELTER_NOUNS.has(lows[k]) || SHELTER_PLACES.has(lows[k])) return k + 1
    // The destination's own words: a count, modifiers, "and"; not a clause of its own.
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return -1
    if (NOT_IN_NOUN_PHRASE.has(lows[k]) && lows[k] !== 'and' && lows[k] !== 'the') return -1
  }
  return -1
}

/** "are staying in 130 accommodation centres", "hosted in schools", "were living in 161 camps". */
export function shelterAt(
  tokens: Token[],
  lows: string[],
  j: number,
  limit: number,
  adjacent: boolean,
): TriggerMatch | null {
  const moved = moveToShelter(tokens, lows, j, limit)
  if (moved > 0) return { entry: MOVE_ENTRY, from: j, to: moved }
  // "22,000 in 600 shelters": a fact-box line without a verb; "1,200 people in temporary shelters",
  // "70,772 are in public shelters": in a place that is only a shelter.
  const inAt = (k: number) => lows[k] === 'in' || lows[k] === 'at'
  const bare = inAt(j) && (tokens[j - 1]?.kind === 'num' || adjacent)
  const being = BEING.has(lows[j]) && inAt(j + 1)
  const verb = SHELTER_VERBS.has(lows[j]) && /^(in|at|inside)$/.test(lows[j + 1] ?? '')
  if (!bare && !being && !verb) return null
  const only = being || (bare && tokens[j - 1]?.kind !== 'num')
  for (let k = bare ? j + 1 : j + 2; k < Math.min(limit, j + 8); k++) {
    if (only ? SHELTER_SITES.has(lows[k]) : SHELTER_NOUNS.has(lows[k]))
      return { entry: SHELTER_ENTRY, from: j, to: k + 1 }
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return null
  }
  return null
}
