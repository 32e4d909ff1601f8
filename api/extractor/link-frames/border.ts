// Refugees rather than displaced: a crossing out of the country, a departure abroad, an arrival in another
// country or in a refugee camp.

import { CONFIDENCE } from '../confidence.ts'
import { demonymCountry, lookupPlace } from '../gazetteer/index.ts'
import type { Candidate, Link, LinkContext } from '../link-types.ts'
import { isCapitalized } from '../tokens.ts'

// "fled to Chad", "crossed into Uganda"; not "uprooted across Haiti", which stays inside the country.
const COUNTRY_AFTER = new Set(['to', 'into', 'for'])

export const LEAVING = new Set(['left', 'leaving', 'leave', 'quit', 'escaped'])

const ARRIVALS = new Set([
  'arrived',
  'arriving',
  'arrive',
  'arrives',
  'reached',
  'reaching',
  'entered',
  'entering',
])

/** "65,000 people have arrived in Armenia", "370,000 Rohingya have reached Bangladesh": into a country, refugees. */
export function arrival(
  ctx: LinkContext,
  c: Candidate,
  j: number,
  limit: number,
  modal: boolean,
  skipped: number,
): Link | null {
  if (!ARRIVALS.has(ctx.lows[j]) || (c.np.cls !== 'people' && c.np.cls !== 'unknown')) return null
  let at = ctx.lows[j + 1] === 'in' || ctx.lows[j + 1] === 'at' ? j + 2 : j + 1
  if (at >= limit) return null
  let to = at + 1
  const camp = refugeePlaceEnd(ctx.lows, at, limit)
  // "40,000 Burundians have entered the country": people of one country in another.
  const country = ctx.lows[at] === 'the' && ctx.lows[at + 1] === 'country' && npCountry(ctx, c) !== null
  if (camp > 0 || country) to = camp > 0 ? camp : at + 2
  else if (!ctx.isCountryAt(at)) {
    // "3,400 Malians have arrived in the Tillaberi region": people of one country arriving in another's town.
    if (ctx.lows[at] === 'the') at++
    const origin = npCountry(ctx, c)
    let end = at
    while (end < limit && end - at < 4 && isCapitalized(ctx.tokens[end])) end++
    const place =
      end > at
        ? lookupPlace(
            ctx.tokens
              .slice(at, end)
              .map((t) => t.text)
              .join(' '),
          )
        : null
    // "Another 4,000 arrived in Cox's Bazar", after a sentence about refugees: more of them.
    const more = !origin && ctx.previous?.metric === 'refugees' && place !== null
    if (!more && (!origin || !place || place.country === origin)) return null
    to = end
  }
  return {
    kind: 'post',
    metric: 'refugees',
    from: c.num.from,
    to,
    modal,
    parent: null,
    confidence: CONFIDENCE.predicateInContext - skipped * CONFIDENCE.perSkippedWordAfter,
  }
}

/** "the Nakivale refugee settlement", "a refugee camp": the index after the place, or -1. */
function refugeePlaceEnd(lows: readonly string[], at: number, limit: number): number {
  for (let k = at; k < Math.min(limit, at + 4); k++) {
    if (lows[k] === 'refugee' || lows[k] === 'refugees') return k + 2 <= limit ? k + 2 : -1
    if (lows[k] === ',' || lows[k] === '.' || lows[k] === ';') return -1
  }
  return -1
}

/** The country of the people counted, when the phrase says it: "Malians", "Sudanese refugees". */
export function npCountry(ctx: LinkContext, c: Candidate): string | null {
  for (let k = c.np.from; k < c.np.to; k++) {
    const t = ctx.tokens[k]
    if (!isCapitalized(t)) continue
    const iso = demonymCountry(t.text) ?? demonymCountry(t.text.replace(/s$/, ''))
    if (iso) return iso
    // "Myanmar soldiers": a country's name used as its adjective.
    const place = lookupPlace(t.text)
    if (place?.kind === 'country') return place.country
  }
  return null
}

/** After "left" or "escaped": a country, directly or after "to"/"into"/"for" and "neighbouring"; the index after it. */
export function countryAhead(ctx: LinkContext, j: number, limit: number): number {
  let k = COUNTRY_AFTER.has(ctx.lows[j]) ? j + 1 : j
  if (k > j && NEIGHBOURING.has(ctx.lows[k])) k++
  return k < limit && ctx.isCountryAt(k) ? k + 1 : -1
}
const NEIGHBOURING = new Set(['neighbouring', 'neighboring'])
// "sought refuge in neighbouring Burundi": after these, "in" names where they went, not where they were.
const REFUGE_NOUNS = new Set(['refuge', 'shelter', 'safety', 'asylum', 'sanctuary'])

/** "fled to Chad", "fled Ukraine", "to flee across the border": out of the country, so refugees. */
export function crossesBorder(
  ctx: LinkContext,
  j: number,
  limit: number,
  origin: string | null = null,
): boolean {
  const { lows } = ctx
  if (j < limit && ctx.isCountryAt(j)) return true
  if (lows[j] === 'in' && REFUGE_NOUNS.has(lows[j - 1] ?? '')) {
    const k = NEIGHBOURING.has(lows[j + 1] ?? '') ? j + 2 : j + 1
    if (k < limit && ctx.isCountryAt(k)) return true
  }
  // "600 Myanmar soldiers have taken refuge in India's Mizoram state": into another country's province.
  if ((lows[j] === 'in' || lows[j] === 'into') && j + 1 < limit && ctx.isForeignOwnerAt?.(j + 1, origin))
    return true
  for (let k = j; k < Math.min(limit, j + 6); k++) {
    const w = lows[k]
    if (w === ',' || w === ';' || w === '.') return false
    if (w === 'border' && (lows[k - 1] === 'the' || lows[k - 1] === 'international')) {
      if (/^(across|throughout|over|crossed)$/.test(lows[k - 2] ?? '')) return true
    }
    if (
      COUNTRY_AFTER.has(w) &&
      ((k + 1 < limit && ctx.isCountryAt(k + 1)) || (k + 2 < limit && ctx.isCountryAt(k + 2)))
    )
      return true
    // "streamed into the Chadian border town of Adre": a place of another people.
    if ((w === 'into' || w === 'to') && ctx.isForeignDemonymAt) {
      for (let m = k + 1; m < Math.min(limit, k + 4); m++) if (ctx.isForeignDemonymAt(m)) return true
    }
  }
  return false
}

/** "1,500 people fleeing violence in Burkina Faso have crossed into northern Ghana": the clause goes on to cross. */
export function crossesLater(ctx: LinkContext, j: number, limit: number): boolean {
  const { lows } = ctx
  for (let k = j; k < Math.min(limit, j + 14); k++) {
    if (lows[k] === '.' || lows[k] === ';' || lows[k] === ',') return false
    // "15,000 Somalis fleeing drought have arrived at the Dadaab refugee complex": they arrive as refugees.
    if (ARRIVALS.has(lows[k]) && (lows[k + 1] === 'at' || lows[k + 1] === 'in'))
      return refugeePlaceEnd(lows, k + 2, limit) > 0
    if (lows[k] === 'crossed' || lows[k] === 'crossing') {
      return (
        lows[k + 1] === 'into' ||
        (lows[k + 1] === 'the' && lows[k + 2] === 'border') ||
        ctx.isCountryAt(k + 1)
      )
    }
  }
  return false
}
