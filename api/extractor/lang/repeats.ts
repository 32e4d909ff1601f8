// A figure given twice is one claim told twice: "Haïti : au moins 70 morts dans une attaque de gangs. Des
// hommes armés ont tué au moins 70 personnes …, a annoncé le Haut-Commissariat". The headline names no
// one, the body does; the analyst wants the body's source on both. One map keyed by metric and value, so
// the pass stays linear.

import type { ExtractedClaim } from '../types.ts'

const key = (c: ExtractedClaim) => `${c.metric}\u0000${c.low}\u0000${c.high}`

/** Unattributed figures take the source of the same figure credited elsewhere in the text, when only one is. */
export function creditRepeats(claims: ExtractedClaim[]): void {
  const sources = new Map<string, string | null>()
  for (const c of claims) {
    if (!c.source || c.denied || c.projected) continue
    const k = key(c)
    const had = sources.get(k)
    // Two speakers giving the same figure: which one a bare repeat follows is not known.
    sources.set(k, had === undefined || had === c.source ? c.source : null)
  }
  if (sources.size === 0) return
  for (const c of claims) if (c.source === null && !c.denied) c.source = sources.get(key(c)) ?? null
}
