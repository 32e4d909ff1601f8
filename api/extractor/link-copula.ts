// The group a bare figure counts when a copula names it: "of whom 12 were children", "Three of the dead
// were women". Shared by the tight frames (link.ts) and the sub-counts (link-loose.ts).

import type { Candidate, LinkContext } from './link-types.ts'
import { headClass } from './nouns.ts'
import { triggerAt } from './triggers.ts'
import { readNounPhrase } from './who.ts'

/** Head nouns that say what happened rather than whom: "12 deaths" counts people, not deaths. */
export const DROPPED_WHO = new Set([
  'deaths',
  'fatalities',
  'bodies',
  'corpses',
  'dead',
  'killings',
  'lives',
  'injuries',
  'wounded',
  'injured',
  'casualties',
  'displaced',
  'death',
  'arrivals',
  'evacuations',
  'displacements',
  'expulsions',
])

/**
 * Whether the head says what happened rather than whom: the nouns above, and any other counted noun that
 * is a trigger but names no people ("45 arrests", "31 abductions", "26 drownings").
 */
export function isEventHead(head: string | null): boolean {
  if (!head) return false
  if (DROPPED_WHO.has(head)) return true
  return headClass(head, head) === 'unknown' && triggerAt([head], 0, 1, 'n') !== null
}

/**
 * "of whom 12 were children", "Three of the dead were women": a figure with no group of its own counts
 * the group after the copula, and the quote reaches it.
 */
export function takeCopularGroup(ctx: LinkContext, c: Candidate, to: number): void {
  const { tokens, lows } = ctx
  const link = c.link
  if (!link) return
  const k = Math.max(link.to, c.np.to, c.num.to)
  if (!/^(were|was|are|is)$/.test(lows[k] ?? '') || k + 1 >= to) return
  const bare = c.np.to === c.np.from || c.np.partitive || isEventHead(c.np.head)
  if (!bare || triggerAt(lows, k + 1, to, 'p')) return
  const np = readNounPhrase(tokens, lows, k + 1, to)
  if (np.cls !== 'people' || np.to === np.from || np.partitive) return
  c.np = np
  c.link = { ...link, to: Math.max(link.to, np.to) }
}
