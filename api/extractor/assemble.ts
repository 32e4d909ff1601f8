// Turns linked figures into claims: attaches the source, the reference period, the event day, the place,
// and the denied / projected flags, then cuts the quote out of the text.

import type { Attribution } from './attribution.ts'
import { collectBodies, resolveAttribution, type SourceMemory } from './coreference.ts'
import { applyCredits, isHeadline } from './credits.ts'
import type { Dateline } from './dateline.ts'
import {
  type DayMention,
  findDays,
  findRecentPeriods,
  findSince,
  isoOf,
  type parseIso,
  type SincePhrase,
} from './dates.ts'
import { markDenials } from './denials.ts'
import { collectAcronyms, type Mention } from './entities.ts'
import { demonymCountry, lookupPlace, type PlaceEntry, type PlaceKind, placeKey } from './gazetteer/index.ts'
import { pairJointSources } from './joint-credits.ts'
import { type LinkContext, type LinkedClaim, linkSentence } from './link.ts'
import { once } from './once.ts'
import { choosePlace, findFramedPlaces, type PlaceMention } from './places.ts'
import type { Sentence } from './sentences.ts'
import { isSourceWord } from './source-names.ts'
import { findAttributions } from './sources.ts'
import { isCapitalized, type Token } from './tokens.ts'
import type { ExtractedClaim } from './types.ts'
import { words } from './words.ts'

export interface DocContext {
  text: string
  tokens: Token[]
  lows: string[]
  sentences: Sentence[]
  places: PlaceMention[][]
  mainCountry: string | null
  /** The place the text is mostly about: where a figure is when nothing nearer says. */
  mainPlace: PlaceMention | null
  published: ReturnType<typeof parseIso>
  chunks: Mention[]
  /** Where the report was filed ("DNIPRO, Ukraine (AP) —"), when it opens on a dateline. */
  dateline: Dateline | null
}

/**
 * What assembly works out once per sentence or claim of one text, kept for that text only. (Module-level
 * WeakMaps keyed by the text or the claim did the same, but a WeakMap with short-lived keys makes every
 * young-generation GC walk its table: a fifth of extraction time went to GC.)
 */
interface Scratch {
  /** framedPlaces per sentence index. */
  framed: (PlaceMention[] | undefined)[]
  /** placeBefore per sentence index (null: none; undefined: not yet looked for). */
  before: (PlaceMention | null | undefined)[]
  /** How each claim's place was found: in its own sentence, and whether said of a whole country. */
  placing: Map<ExtractedClaim, Placing>
}
interface Placing {
  own: boolean
  nationwide: boolean
  entry: PlaceEntry | null
}

interface SentenceResult {
  claims: ExtractedClaim[]
  attributions: Attribution[]
  since: SincePhrase[]
  hasAlso: boolean
}

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

// The linker's questions about the text, as methods: closures made per text each cost a defineProperty of
// their name under tsx and the build (esbuild's keepNames).
class TextContext implements LinkContext {
  readonly tokens: Token[]
  readonly lows: string[]
  previous: LinkContext['previous'] = null
  private readonly doc: DocContext
  constructor(doc: DocContext) {
    this.doc = doc
    this.tokens = doc.tokens
    this.lows = doc.lows
  }

  isCountryAt(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word') return false
    const key = placeKey(t.text.replace(/['\u2019]s$/, ''))
    if (/['\u2019]s$/.test(t.text) || !isCapitalized(t)) return false
    // "fled to Chad": after a preposition even a country that is also a name counts.
    const entry = lookupPlace(key)
    return entry !== null && entry.kind === 'country'
  }

  isForeignOwnerAt(i: number, origin: string | null): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word' || !/['\u2019]s$/.test(t.text) || !isCapitalized(t)) return false
    const entry = lookupPlace(t.text.replace(/['\u2019]s$/, ''))
    return entry !== null && entry.kind === 'country' && entry.country !== (origin ?? this.doc.mainCountry)
  }

  isForeignDemonymAt(i: number): boolean {
    const t = this.tokens[i]
    if (t?.kind !== 'word' || !isCapitalized(t)) return false
    const iso = demonymCountry(t.text)
    return iso !== null && iso !== this.doc.mainCountry
  }
}

export function buildClaims(doc: DocContext): ExtractedClaim[] {
  const { tokens, lows, sentences } = doc
  const scratch: Scratch = { framed: [], before: [], placing: new Map() }
  const memory: SourceMemory = {
    chunks: doc.chunks,
    lows,
    said: [],
    acronyms: collectAcronyms(tokens, doc.chunks),
    bodies: once(() => collectBodies(tokens, lows)),
  }
  const ctx = new TextContext(doc)
  const results: SentenceResult[] = []
  const ownDays: DayMention[][] = []
  let recentDays: DayMention[] = []
  let lastLine = -1
  let sentenceInLine = 0
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]
    const attributions = findAttributions(tokens, lows, s.from, s.to)
    for (const a of attributions) resolveAttribution(a, memory)
    const since = findSince(tokens, lows, s.from, s.to, doc.published).concat(
      findRecentPeriods(tokens, lows, s.from, s.to, doc.published),
    )
    const before = results[si - 1]
    const last =
      before && sentences[si - 1].line === s.line ? before.claims[before.claims.length - 1] : undefined
    ctx.previous = last ? { metric: last.metric, who: last.who } : null
    const linked = linkSentence(ctx, s.from, s.to)
    const own = doc.published ? findDays(tokens, lows, s.from, s.to, doc.published) : []
    ownDays.push(own)
    // A sentence naming no day takes the day of the incident named just before (the lede's "on Monday").
    const days = own.length > 0 ? own : recentDays
    if (own.length > 0) recentDays = own.slice(-1)
    if (s.line !== lastLine && sentenceInLine > 2) recentDays = own.slice(-1)
    sentenceInLine = s.line === lastLine ? sentenceInLine + 1 : 0
    lastLine = s.line
    const claims = linked.map((c) =>
      toClaim(doc, scratch, si, c, attributions, since, days, own.length === 0),
    )
    let hasAlso = false
    for (let k = s.from; k < s.to && !hasAlso && claims.length > 0; k++) hasAlso = lows[k] === 'also'
    results.push({ claims, attributions, since, hasAlso })
  }
  carryPeriods(doc, results)
  if (doc.published) {
    const eventDay = dateByDocument(doc, results, ownDays, isoOf(doc.published))
    if (eventDay) placeByIncident(doc, scratch, results, eventDay)
  }
  attributeQuotations(doc, results)
  applyCredits(sentences, lows, results)
  for (const r of results) pairJointSources(doc.text, r.claims)
  markDenials(doc, results)
  const out: ExtractedClaim[] = []
  for (const r of results) for (const c of r.claims) out.push(c)
  return out
}

function toClaim(
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
function dateByDocument(
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
function placeByIncident(
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

/** The dateline's place, for a figure in the opening paragraphs of a story filed there. */
function datelinePlace(doc: DocContext, si: number): PlaceMention | null {
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
function framedPlaces(doc: DocContext, scratch: Scratch, si: number): PlaceMention[] {
  let found = scratch.framed[si]
  if (!found) {
    const s = doc.sentences[si]
    found = findFramedPlaces(doc.tokens, doc.lows, s.from, s.to).slice(0, 20)
    scratch.framed[si] = found
  }
  return found
}

/**
 * A figure in a sentence naming no place is about the place named in the nearest sentence before it in its
 * paragraph (up to five back): its most specific place, a town before a province before a country. Past
 * the paragraph the text's main place serves better: earlier paragraphs drift to other places and parties. The owner of a party
 * ("Sudan's army") serves only when no sentence in reach names a place outright.
 */
/** placeBefore depends only on the sentence: computed once for each. */
/** "from Sudan's West Darfur": the owner's origin word reaches the place it owns. */
const isOrigin = (lows: string[], p: PlaceMention) =>
  ORIGIN_BEFORE.has(lows[p.from - 1]) ||
  (/'s$/.test(lows[p.from - 1] ?? '') && ORIGIN_BEFORE.has(lows[p.from - 2]))

function placeBefore(doc: DocContext, scratch: Scratch, si: number): PlaceMention | null {
  let found = scratch.before[si]
  if (found === undefined) {
    found = findPlaceBefore(doc, scratch, si)
    scratch.before[si] = found
  }
  return found
}

const placeRank = (p: PlaceMention, want: PlaceKind | null) =>
  want && p.entry.kind === want ? 3 : SPECIFIC[p.entry.kind]

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

/** The attribution closest to the figure: a verb before it whose clause holds it, or a marker after it. */
function chooseSource(attributions: Attribution[], from: number, to: number, lows: string[]): string | null {
  let best: Attribution | null = null
  let bestDist = Number.POSITIVE_INFINITY
  // "X said ... 2,357 injured, while Y said ...": a later speaker behind "while" has a clause of its own.
  const hasEarlier = attributions.some((a) => a.name && a.kind === 'verb' && a.at < from)
  // "Rescuers recovered 87 bodies, the Red Crescent said": who counted gives way to who is credited.
  const credited = attributions.some((a) => a.name && a.kind !== 'count')
  // "Officials have so far confirmed 14 deaths, the French interior ministry said": a clause closing the
  // sentence credits all of it; an unnamed subject inside it only passes the figure on. (Looked for only
  // when such a subject is there.)
  let closing: boolean | undefined
  for (const a of attributions) {
    if (!a.name || (credited && a.kind === 'count')) continue
    if (a.kind === 'verb' && a.at < from && isGenericSpeaker(a.name)) {
      closing ??= closesWithSpeaker(attributions, lows, to)
      if (closing) continue
    }
    if (hasEarlier && a.at >= to && contrastBetween(lows, to, a.at)) continue
    const dist = a.at >= to ? a.at - to : from - a.at + (a.kind === 'prep' ? 4 : 0)
    if (dist < bestDist) {
      best = a
      bestDist = dist
    }
  }
  return best?.name ?? null
}

function closesWithSpeaker(attributions: Attribution[], lows: string[], to: number): boolean {
  return attributions.some(
    (a) =>
      a.name && a.kind === 'verb' && a.at >= to && lows[a.at - 1] !== ',' && commaBetween(lows, to, a.at),
  )
}

function commaBetween(lows: string[], from: number, to: number): boolean {
  if (to - from > 12 || contrastBetween(lows, from, to)) return false
  // ("…, and Red Cross volunteers said 300 …": a clause of its own, not a close.)
  for (let k = from; k < to; k++)
    if (lows[k] === ',') return lows[k + 1] !== 'and' && closesSentence(lows, to)
  return false
}

/** The verb at `at` ends its sentence, but for a time: "…, the ministry said on Sunday." */
function closesSentence(lows: string[], at: number): boolean {
  for (let k = at + 1; k < at + 5 && k < lows.length; k++) {
    if (lows[k] === '.' || lows[k] === '\n') return true
    if (
      !/^(on|in|late|early|last|this|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|afternoon)$/.test(
        lows[k],
      )
    )
      return false
  }
  return false
}
const UPPER_LETTER = /\p{Lu}/u

/** "officials", "Local authorities", "security sources": a speaker named by common nouns only. */
function isGenericSpeaker(name: string): boolean {
  const low = name.toLowerCase().split(' ')
  return !UPPER_LETTER.test(name.slice(1)) && low.every((w) => isSourceWord(w))
}

function contrastBetween(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 30; k++) if (CONTRAST.has(lows[k])) return true
  return false
}
const CONTRAST = new Set(['while', 'whereas', 'meanwhile', 'although', 'though', 'but'])

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

/**
 * A period stated in a figure-less sentence next to figures in the same paragraph frames them ("Many of
 * them have sought safety ... since the beginning of December"); "also" carries the previous sentence's.
 */
function carryPeriods(doc: DocContext, results: SentenceResult[]): void {
  const { sentences } = doc
  const firstWithSince = results.map((r) => r.claims.find((c) => c.since) ?? null)
  for (let si = 0; si < results.length; si++) {
    const r = results[si]
    for (const claim of r.claims) {
      if (claim.since) continue
      let period: SincePhrase | null = null
      for (const sj of [si - 1, si + 1]) {
        const other = results[sj]
        if (!other || sentences[sj].line !== sentences[si].line) continue
        const open = other.since.filter((p) => !p.until)
        if (other.claims.length === 0 && open.length > 0) period = open[0]
      }
      if (!period && r.hasAlso && si > 0) {
        const prev = firstWithSince[si - 1]
        if (prev) period = { text: prev.since ?? '', date: prev.since_date, at: 0 }
      }
      if (period) {
        claim.since = period.text
        claim.since_date = period.date
        if (doc.published) claim.as_of = isoOf(doc.published)
      }
    }
  }
}

const QUOTE_MARKS = new Set(['"', '“', '”'])

/**
 * A figure inside a quotation without an attribution of its own belongs to the speaker of the quotation:
 * '... said Dr Isabelle Marchand. "In the past week alone we received 322 wounded patients."'
 */
function attributeQuotations(doc: DocContext, results: SentenceResult[]): void {
  const { sentences, tokens } = doc
  for (let si = 0; si < results.length; si++) {
    const open = results[si].claims.filter((c) => c.source === null)
    if (open.length === 0) continue
    const line = sentences[si].line
    let first = si
    while (first > 0 && sentences[first - 1].line === line && si - first < 6) first--
    // Speakers of the neighbouring sentences of the paragraph (a few each, to keep the work bounded).
    const speakers: Attribution[] = []
    for (let sj = Math.max(0, si - 6); sj < Math.min(results.length, si + 6); sj++) {
      if (sj === si || sentences[sj].line !== line) continue
      const named = results[sj].attributions.filter((a) => a.name && a.kind === 'verb')
      speakers.push(...named.slice(0, 3), ...named.slice(-3))
    }
    if (speakers.length === 0) continue
    // One pass over the paragraph, counting quotation marks up to each claim (claims are in text order).
    let marks = 0
    let k = sentences[first].from
    for (const claim of open) {
      while (k < sentences[si].to && tokens[k].start < claim.start) {
        if (QUOTE_MARKS.has(tokens[k].text)) marks++
        k++
      }
      if (marks % 2 === 0) continue
      let best: Attribution | null = null
      for (const a of speakers) {
        if (
          !best ||
          Math.abs(tokens[a.at].start - claim.start) < Math.abs(tokens[best.at].start - claim.start)
        )
          best = a
      }
      if (best) claim.source = best.name
    }
  }
}
