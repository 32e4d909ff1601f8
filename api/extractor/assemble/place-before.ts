// Where a figure is when its own sentence names no place: a place the sentences before it name, the
// dateline's, or a place the gazetteer does not know, framed by its sentence ("Depayin township").

import type { PlaceKind } from '../gazetteer/index.ts'
import { findFramedPlaces, type PlaceMention } from '../places.ts'
import type { DocContext, Scratch } from './types.ts'

/** The dateline's place, for a figure in the opening paragraphs of a story filed there. */
export function datelinePlace(doc: DocContext, si: number): PlaceMention | null {
  const d = doc.dateline
  if (!d?.entry.country) return null
  // The dateline opens its line, so the sentences of that line are the first ones at or after it.
  let k = si
  while (k > 0 && doc.sentences[k - 1].line === doc.sentences[si].line) k--
  const first = doc.sentences[k]
  if (first.from > d.from || first.to <= d.from) return null
  return { from: d.from, to: d.from + 1, text: d.text, entry: d.entry }
}

/** Places the gazetteer does not know, found once per sentence. */
export function framedPlaces(doc: DocContext, scratch: Scratch, si: number): PlaceMention[] {
  let found = scratch.framed[si]
  if (!found) {
    const s = doc.sentences[si]
    found = findFramedPlaces(doc.tokens, doc.lows, s.from, s.to).slice(0, 20)
    scratch.framed[si] = found
  }
  return found
}

/** placeBefore depends only on the sentence: computed once for each. */
export function placeBefore(doc: DocContext, scratch: Scratch, si: number): PlaceMention | null {
  let found = scratch.before[si]
  if (found === undefined) {
    found = findPlaceBefore(doc, scratch, si)
    scratch.before[si] = found
  }
  return found
}

const placeRank = (p: PlaceMention, want: PlaceKind | null) =>
  want && p.entry.kind === want ? 3 : SPECIFIC[p.entry.kind]

/**
 * A figure in a sentence naming no place is about the place named in the nearest sentence before it in its
 * paragraph (up to five back): its most specific place, a town before a province before a country. Past
 * the paragraph the text's main place serves better: earlier paragraphs drift to other places and parties. The owner of a party
 * ("Sudan's army") serves only when no sentence in reach names a place outright.
 */
function findPlaceBefore(doc: DocContext, scratch: Scratch, si: number): PlaceMention | null {
  let owner: PlaceMention | null = null
  // "in the region", "across the province": the sentence points back to a division, not to a town.
  const want = anaphoricKind(doc, si)
  for (let sj = si - 1; sj >= Math.max(0, si - 5); sj--) {
    if (doc.sentences[sj].line !== doc.sentences[si].line) break
    let best: PlaceMention | null = null
    for (const p of doc.places[sj]) {
      if (p.actor) owner = owner ?? (p.entry.country === doc.mainCountry ? p : null)
      else if (!best || placeRank(p, want) > placeRank(best, want)) best = p
    }
    // A town the gazetteer does not know ("Depayin township") is more specific than its region.
    if (!want && best?.entry.kind !== 'city') {
      const framed = framedPlaces(doc, scratch, sj).find(
        (p) => p.entry.country === '' && p.entry.kind === 'city',
      )
      if (framed && (!best || best.entry.kind === 'division')) best = framed
    }
    if (best) return best
  }
  return owner
}

const ANAPHORA = new Map<string, PlaceKind>([
  ['region', 'division'],
  ['province', 'division'],
  ['state', 'division'],
  ['governorate', 'division'],
  ['country', 'country'],
])

function anaphoricKind(doc: DocContext, si: number): PlaceKind | null {
  const s = doc.sentences[si]
  for (let k = s.from + 1; k < s.to; k++) {
    if (doc.lows[k - 1] !== 'the' || !ANAPHORA.has(doc.lows[k])) continue
    if (/^(in|across|throughout|of)$/.test(doc.lows[k - 2] ?? '')) return ANAPHORA.get(doc.lows[k]) ?? null
  }
  return null
}
const SPECIFIC = { country: 0, division: 1, city: 2 }
