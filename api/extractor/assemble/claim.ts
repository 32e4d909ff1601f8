// One linked figure made a claim: its period, day, place, source and whether it is a forecast, from what
// its sentence and the sentences near it say.

import type { Attribution } from '../attribution.ts'
import { type DayMention, isoOf, type SincePhrase } from '../dates.ts'
import type { LinkedClaim } from '../link.ts'
import { choosePlace, type PlaceMention } from '../places.ts'
import { isCapitalized, type Token } from '../tokens.ts'
import type { ExtractedClaim } from '../types.ts'
import { words } from '../words.ts'
import { datelinePlace, framedPlaces, placeBefore } from './place-before.ts'
import { chooseSource } from './source.ts'
import type { DocContext, Scratch } from './types.ts'

const ORIGIN_BEFORE = new Set(['fled', 'flee', 'fleeing', 'flees', 'left', 'leaving', 'from', 'of'])
const FORECAST = words(`
  could would might projected forecast forecasts expects expected threatens threaten risk risks
`)

/** Items whose position lies within `radius` tokens of `pos` (items sorted by position): keeps work per claim bounded. */
function within<T>(items: T[], position: (t: T) => number, pos: number, radius: number): T[] {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (position(items[mid]) < pos - radius) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let k = lo; k < items.length && position(items[k]) <= pos + radius; k++) out.push(items[k])
  return out
}
const RADIUS = 80

export function toClaim(
  doc: DocContext,
  scratch: Scratch,
  si: number,
  c: LinkedClaim,
  attributions: Attribution[],
  since: SincePhrase[],
  days: DayMention[],
  carried: boolean,
): ExtractedClaim {
  const { tokens, text } = doc
  const s = doc.sentences[si]
  const start = tokens[c.link.from].start
  const end = tokens[c.link.to - 1].end
  let period = nearestSince(
    within(since, (p) => p.at, c.link.from, RADIUS),
    c.link.from,
  )
  const near = within(days, (d) => d.at, c.num.coreFrom, RADIUS)
  // "24 deaths in the week to Friday, ..., bringing the toll since January to 570": a day nearer the figure
  // than the period dates it, and the period belongs to the other figure.
  if (period && !carried) {
    const day = nearestMention(near, c.num.coreFrom)
    if (day && Math.abs(day.at - c.num.coreFrom) < Math.abs(period.at - c.num.coreFrom)) period = null
  }
  // The country of a party ("Turkey's Defense Ministry reported ...") is not where the figure happened,
  // unless it is the country the text is about ("Lebanon's health ministry" in a story on Lebanon).
  let named = within(doc.places[si], (p) => p.from, c.link.from, RADIUS).filter(
    (p) => !p.actor || p.entry.country === doc.mainCountry,
  )
  // Refugees are counted where they arrive: "fled Sudan into Chad" is about Chad.
  if (c.link.metric === 'refugees') {
    // "from Sudan's West Darfur": the owner's origin word reaches the place it owns.
    const arrived = named.filter((p) => !isOrigin(doc.lows, p))
    if (arrived.length > 0) named = arrived
  }
  let place = choosePlace(
    named.concat(framedPlaces(doc, scratch, si)),
    c.link.from,
    c.link.to,
    doc.lows,
    doc.tokens,
  )
  // A country alone is less than the town or province named just before ("... in Kharkiv. ... Ukraine said").
  const nationwide = place !== null && SCOPING.has(doc.lows[place.from - 1] ?? '')
  if (!place || (place.entry.kind === 'country' && !nationwide)) {
    const before = placeBefore(doc, scratch, si)
    if (
      !place ||
      (before && before.entry.kind !== 'country' && before.entry.country === place.entry.country)
    ) {
      place = before ?? place
    }
  }
  // Nothing near: where the report was filed, when the story opens there, else the place it is mostly about.
  const ownPlace = place !== null
  if (!place) place = datelinePlace(doc, si)
  if (!place) place = doc.mainPlace
  let asOf: string | null = null
  if (doc.published) {
    // A day carried from the sentence before dates a past incident, not a tally that stands now ("have fled").
    const stands =
      carried && STOCKS.has(c.link.metric) && standsNow(doc.lows, c.link.from, c.link.to, s.from, s.to)
    const day = period || stands ? null : nearestMention(near, c.num.coreFrom)?.date
    asOf = day ?? period?.until ?? isoOf(doc.published)
  }
  const claim: ExtractedClaim = {
    metric: c.link.metric,
    unit: c.unit,
    low: c.num.low,
    high: c.num.high,
    qualifier: c.num.qualifier,
    who: c.who,
    source: chooseSource(
      within(attributions, (a) => a.at, c.link.from, RADIUS),
      c.link.from,
      c.link.to,
      doc.lows,
    ),
    since: period?.text ?? null,
    since_date: period?.date ?? null,
    as_of: asOf,
    location: place?.text ?? null,
    country:
      place?.entry.country ||
      named[0]?.entry.country ||
      placeBefore(doc, scratch, si)?.entry.country ||
      doc.mainCountry,
    quote: text.slice(start, end),
    start,
    end,
    denied: false,
    projected: c.link.modal || isForecast(doc.lows, doc.tokens, c.link.from, s.from),
    confidence: Math.round(c.link.confidence * 100) / 100,
  }
  scratch.placing.set(claim, { own: ownPlace, nationwide, entry: place?.entry ?? null })
  return claim
}

const SCOPING = new Set(['in', 'across', 'throughout'])

/** "from Sudan's West Darfur": the owner's origin word reaches the place it owns. */
const isOrigin = (lows: string[], p: PlaceMention) =>
  ORIGIN_BEFORE.has(lows[p.from - 1]) ||
  (/'s$/.test(lows[p.from - 1] ?? '') && ORIGIN_BEFORE.has(lows[p.from - 2]))

/** The day nearest the figure; a day named as the incident's own ("Friday's quake") before any other. */
function nearestMention(days: DayMention[], at: number): DayMention | null {
  let best: DayMention | null = null
  for (const d of days) {
    if (!best || (d.event && !best.event)) {
      best = d
      continue
    }
    if (!d.event && best.event) continue
    if (Math.abs(d.at - at) < Math.abs(best.at - at)) best = d
  }
  return best
}

// Figures of people still in a state (displaced, missing, held) rather than of what an incident did.
const STOCKS = new Set(['displaced', 'refugees', 'affected', 'missing', 'detained'])
const PRESENT = new Set(['have', 'has', 'are', 'is', 'remain', 'remains', 'now', 'currently', 'still'])
const PAST = new Set(['had', 'were', 'was', 'did'])

/** Whether the clause of a figure is in the present or present perfect: "have been displaced", "remain missing". */
function standsNow(lows: string[], from: number, to: number, sFrom: number, sTo: number): boolean {
  let present = false
  for (let k = Math.max(sFrom, from - 3); k < Math.min(sTo, to + 2); k++) {
    if (PAST.has(lows[k])) return false
    if (PRESENT.has(lows[k])) present = true
  }
  return present
}

function nearestSince(since: SincePhrase[], at: number): SincePhrase | null {
  let best: SincePhrase | null = null
  for (const p of since) if (!best || Math.abs(p.at - at) < Math.abs(best.at - at)) best = p
  return best
}

function isForecast(lows: string[], tokens: Token[], from: number, sentenceFrom: number): boolean {
  for (let k = from - 1; k >= Math.max(sentenceFrom, from - 5); k--) {
    if (lows[k] === ',' || lows[k] === ';' || tokens[k].kind === 'num') break
    // "the Disaster Risk Management Commission reports that …": a capitalised word inside a sentence is
    // part of a name, not a forecast.
    if (FORECAST.has(lows[k]) && !(k > sentenceFrom && isCapitalized(tokens[k]))) return true
  }
  return false
}
