// Dates and places that come from the document rather than the sentence: a report's "as of" in its title,
// the day and the town of the incident the text opens on.

import { isHeadline } from '../credits.ts'
import { type DayMention, findDays, isoOf } from '../dates.ts'
import type { PlaceMention } from '../places.ts'
import type { Token } from '../tokens.ts'
import { framedPlaces } from './place-before.ts'
import type { DocContext, Scratch, SentenceResult } from './types.ts'

const INCIDENT_METRICS = new Set([
  'killed',
  'injured',
  'casualties',
  'missing',
  'detained',
  'homes',
  'facilities',
])
const INCIDENT_NOUNS = new Set(
  'attack attacks strike strikes airstrike blast blasts bombing explosion explosions raid assault ambush massacre earthquake quake quakes earthquakes storm cyclone typhoon hurricane flood floods landslide landslides fire shelling shooting crash collapse eruption stampede sinking shipwreck'.split(
    ' ',
  ),
)

/**
 * Dates that come from the document rather than the sentence: a report's "as of 7 March" in its title dates
 * every figure that names no day of its own; a headline's figure is dated by the lede that tells the same
 * incident; and a later figure about "the attack" or "the quake" takes the incident's day from the lede.
 */
export function dateByDocument(
  doc: DocContext,
  results: SentenceResult[],
  ownDays: DayMention[][],
  published: string,
): string | null {
  const { sentences, lows, tokens } = doc
  const asOf = titleAsOf(doc)
  const headline = isHeadline(sentences, lows)
  // The incident's day: the first day the opening sentences name.
  let eventDay: string | null = null
  for (let si = headline ? 1 : 0; si < Math.min(sentences.length, 6) && !eventDay; si++) {
    if (sentences[si].line > 4) break
    const d = ownDays[si].find((m) => m.date !== asOf) ?? null
    if (d) eventDay = d.date
  }
  for (let si = 0; si < results.length; si++) {
    const s = sentences[si]
    if (ownDays[si].length > 0) continue
    let incidental: boolean | null = null
    for (const c of results[si].claims) {
      // A report "as of" a date speaks for that date, but an incident's toll keeps the incident's day.
      if (asOf && c.as_of === published && !(eventDay && INCIDENT_METRICS.has(c.metric))) {
        c.as_of = asOf
        continue
      }
      if (c.since || c.as_of !== published) continue
      if (si === 0 && headline) {
        const twin = results
          .slice(1, 4)
          .flatMap((r) => r.claims)
          .find((b) => b.metric === c.metric && !b.since && b.as_of && b.as_of !== published)
        if (twin) c.as_of = twin.as_of
        continue
      }
      if (!eventDay || !INCIDENT_METRICS.has(c.metric)) continue
      incidental ??= mentionsIncident(lows, tokens, s.from, s.to)
      if (asOf || incidental) {
        c.as_of = eventDay
      }
    }
  }
  return eventDay
}

/**
 * A figure dated to the incident the text opens on is about the place of that incident: "Pazigyi village"
 * for the toll of an air strike there, rather than the region or country a later sentence names.
 */
export function placeByIncident(
  doc: DocContext,
  scratch: Scratch,
  results: SentenceResult[],
  eventDay: string,
): void {
  const { sentences, lows } = doc
  const headline = isHeadline(sentences, lows)
  let incident: PlaceMention | null = null
  for (let si = 0; si < Math.min(sentences.length, headline ? 3 : 2); si++) {
    const named = doc.places[si].filter((p) => !p.actor && p.entry.kind === 'city')
    const framed = framedPlaces(doc, scratch, si).filter((p) => p.entry.kind === 'city')
    for (const p of [...named, ...framed]) if (!incident) incident = p
  }
  if (!incident || (doc.published && eventDay === isoOf(doc.published))) return
  const country = incident.entry.country
  for (const r of results) {
    for (const c of r.claims) {
      if (c.as_of !== eventDay || !c.location || c.since) continue
      const how = scratch.placing.get(c)
      const at = how?.entry
      if (!how || !at || at.kind === 'city' || how.nationwide) continue
      if (country && at.country !== country) continue
      // A place named in the figure's own sentence stands unless it is the region the incident's town is in.
      if (how.own && !(at.kind === 'division' && incident.entry.parent === at.name)) continue
      c.location = incident.text
      if (country) c.country = country
    }
  }
}

/** "the attack", "in the strike", "the quake": a figure about the incident the text opened on. */
function mentionsIncident(lows: string[], tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (
      INCIDENT_NOUNS.has(lows[k]) &&
      (lows[k - 1] === 'the' || lows[k - 2] === 'the') &&
      tokens[k].kind === 'word'
    )
      return true
  }
  return false
}

/** "Flash Update No. 6 (as of 19 March 2023)", "Key figures as of 20 March": the date a report speaks for. */
function titleAsOf(doc: DocContext): string | null {
  const { sentences, tokens, lows } = doc
  for (let si = 0; si < Math.min(sentences.length, 4); si++) {
    const s = sentences[si]
    if (s.line > 2) break
    // A title or a line of its own, not a body sentence ("As at 12 May, the floods had claimed ...").
    const title = lows[s.to - 1] !== '.' || s.to - s.from <= 12
    for (let k = s.from; k + 2 < s.to; k++) {
      if (!(lows[k] === 'as' && (lows[k + 1] === 'of' || lows[k + 1] === 'at'))) continue
      if (!title && lows[k - 1] !== '(') continue
      if (!doc.published) return null
      const days = findDays(tokens, lows, k + 2, Math.min(s.to, k + 6), doc.published)
      if (days.length > 0 && days[0].at === k + 2) return days[0].date
    }
  }
  return null
}
