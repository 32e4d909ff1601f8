// Turns linked figures into claims: attaches the source, the reference period, the event day, the place,
// and the denied / projected flags, then cuts the quote out of the text.

import {
  type DayMention,
  findDays,
  findRecentPeriods,
  findSince,
  isoOf,
  nearestDay,
  type parseIso,
  type SincePhrase,
} from './dates.ts'
import { collectAcronyms, type Mention } from './entities.ts'
import { lookupPlace, placeKey } from './gazetteer/index.ts'
import { type LinkContext, type LinkedClaim, linkSentence } from './link.ts'
import { choosePlace, findFramedPlaces, type PlaceMention } from './places.ts'
import type { Sentence } from './sentences.ts'
import { type Attribution, findAttributions, resolveAttribution, type SourceMemory } from './sources.ts'
import { isCapitalized, type Token } from './tokens.ts'
import type { ExtractedClaim } from './types.ts'

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
}

interface SentenceResult {
  claims: ExtractedClaim[]
  attributions: Attribution[]
  since: SincePhrase[]
  hasAlso: boolean
}

const DENY = new Set([
  'denied',
  'denies',
  'deny',
  'refuted',
  'refutes',
  'rejected',
  'rejects',
  'dismissed',
  'disputed',
  'disputes',
  'called',
  'calls',
  'branded',
  'described',
])
// "called the figure false": these verbs deny only with a judgement after the object.
const DENY_JUDGED = new Set(['called', 'calls', 'branded', 'described'])
const FALSE_WORDS = new Set(
  'false untrue fabricated fabrication exaggerated inflated baseless groundless lies propaganda wrong incorrect'.split(
    ' ',
  ),
)
const DENIED_OBJECTS = new Set([
  'figure',
  'figures',
  'toll',
  'number',
  'numbers',
  'claim',
  'claims',
  'report',
  'reports',
  'tally',
  'account',
  'accounts',
  'estimate',
  'estimates',
  'count',
])
const ORIGIN_BEFORE = new Set(['fled', 'flee', 'fleeing', 'flees', 'left', 'leaving', 'from', 'of'])
const FORECAST = new Set([
  'could',
  'would',
  'might',
  'projected',
  'forecast',
  'forecasts',
  'expects',
  'expected',
  'threatens',
  'threaten',
  'risk',
  'risks',
])

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

export function buildClaims(doc: DocContext): ExtractedClaim[] {
  const { tokens, lows, sentences } = doc
  const memory: SourceMemory = { chunks: doc.chunks, said: [], acronyms: collectAcronyms(tokens, doc.chunks) }
  const ctx: LinkContext = {
    tokens,
    lows,
    isCountryAt: (i) => {
      const t = tokens[i]
      if (t?.kind !== 'word') return false
      const key = placeKey(t.text.replace(/['\u2019]s$/, ''))
      if (/['\u2019]s$/.test(t.text) || !isCapitalized(t)) return false
      // "fled to Chad": after a preposition even a country that is also a name counts.
      const entry = lookupPlace(key)
      return entry !== null && entry.kind === 'country'
    },
  }
  const results: SentenceResult[] = []
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
    const linked = linkSentence(ctx, s.from, s.to)
    const own = doc.published ? findDays(tokens, lows, s.from, s.to, doc.published) : []
    // A sentence naming no day takes the day of the incident named just before (the lede's "on Monday").
    const days = own.length > 0 ? own : recentDays
    if (own.length > 0) recentDays = own.slice(-1)
    if (s.line !== lastLine && sentenceInLine > 2) recentDays = own.slice(-1)
    sentenceInLine = s.line === lastLine ? sentenceInLine + 1 : 0
    lastLine = s.line
    const claims = linked.map((c) => toClaim(doc, si, c, attributions, since, days))
    let hasAlso = false
    for (let k = s.from; k < s.to && !hasAlso && claims.length > 0; k++) hasAlso = lows[k] === 'also'
    results.push({ claims, attributions, since, hasAlso })
  }
  carryPeriods(doc, results)
  attributeQuotations(doc, results)
  markDenials(doc, results)
  return results.flatMap((r) => r.claims)
}

function toClaim(
  doc: DocContext,
  si: number,
  c: LinkedClaim,
  attributions: Attribution[],
  since: SincePhrase[],
  days: DayMention[],
): ExtractedClaim {
  const { tokens, text } = doc
  const s = doc.sentences[si]
  const start = tokens[c.link.from].start
  const end = tokens[c.link.to - 1].end
  const period = nearestSince(
    within(since, (p) => p.at, c.link.from, RADIUS),
    c.link.from,
  )
  let named = within(doc.places[si], (p) => p.from, c.link.from, RADIUS)
  // Refugees are counted where they arrive: "fled Sudan into Chad" is about Chad.
  if (c.link.metric === 'refugees') {
    const arrived = named.filter((p) => !ORIGIN_BEFORE.has(doc.lows[p.from - 1]))
    if (arrived.length > 0) named = arrived
  }
  let place = choosePlace(named.concat(framedPlaces(doc, si)), c.link.from, c.link.to)
  // A country alone is less than the town or province named just before ("... in Kharkiv. ... Ukraine said").
  if (!place || place.entry.kind === 'country') {
    const before = placeBefore(doc, si)
    if (
      !place ||
      (before && before.entry.kind !== 'country' && before.entry.country === place.entry.country)
    ) {
      place = before ?? place
    }
  }
  // Nothing near: the place the text is mostly about.
  if (!place) place = doc.mainPlace
  let asOf: string | null = null
  if (doc.published) {
    const day = period
      ? null
      : nearestDay(
          within(days, (d) => d.at, c.num.coreFrom, RADIUS),
          c.num.coreFrom,
        )
    asOf = day ?? isoOf(doc.published)
  }
  return {
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
      placeBefore(doc, si)?.entry.country ||
      doc.mainCountry,
    quote: text.slice(start, end),
    start,
    end,
    denied: false,
    projected: c.link.modal || isForecast(doc.lows, doc.tokens, c.link.from, s.from),
    confidence: Math.round(c.link.confidence * 100) / 100,
  }
}

const framedCache = new WeakMap<DocContext, Map<number, PlaceMention[]>>()

/** Places the gazetteer does not know, found once per sentence. */
function framedPlaces(doc: DocContext, si: number): PlaceMention[] {
  let cache = framedCache.get(doc)
  if (!cache) {
    cache = new Map()
    framedCache.set(doc, cache)
  }
  let found = cache.get(si)
  if (!found) {
    const s = doc.sentences[si]
    found = findFramedPlaces(doc.tokens, doc.lows, s.from, s.to).slice(0, 20)
    cache.set(si, found)
  }
  return found
}

/**
 * A figure in a sentence naming no place is about the place named in the nearest sentence before it in its
 * paragraph (up to five back): its most specific place, a town before a province before a country. Past
 * the paragraph the text's main place serves better: earlier paragraphs drift to other places and parties. The owner of a party
 * ("Sudan's army") serves only when no sentence in reach names a place outright.
 */
function placeBefore(doc: DocContext, si: number): PlaceMention | null {
  let owner: PlaceMention | null = null
  for (let sj = si - 1; sj >= Math.max(0, si - 5); sj--) {
    if (doc.sentences[sj].line !== doc.sentences[si].line) break
    let best: PlaceMention | null = null
    for (const p of doc.places[sj]) {
      if (p.actor) owner = owner ?? p
      else if (!best || SPECIFIC[p.entry.kind] > SPECIFIC[best.entry.kind]) best = p
    }
    if (best) return best
  }
  return owner
}
const SPECIFIC = { country: 0, division: 1, city: 2 }

/** The attribution closest to the figure: a verb before it whose clause holds it, or a marker after it. */
function chooseSource(attributions: Attribution[], from: number, to: number, lows: string[]): string | null {
  let best: Attribution | null = null
  let bestDist = Number.POSITIVE_INFINITY
  // "X said ... 2,357 injured, while Y said ...": a later speaker behind "while" has a clause of its own.
  const hasEarlier = attributions.some((a) => a.name && a.kind === 'verb' && a.at < from)
  for (const a of attributions) {
    if (!a.name) continue
    if (hasEarlier && a.at >= to && contrastBetween(lows, to, a.at)) continue
    const dist = a.at >= to ? a.at - to : from - a.at + (a.kind === 'prep' ? 4 : 0)
    if (dist < bestDist) {
      best = a
      bestDist = dist
    }
  }
  return best?.name ?? null
}

function contrastBetween(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 30; k++) if (CONTRAST.has(lows[k])) return true
  return false
}
const CONTRAST = new Set(['while', 'whereas', 'meanwhile'])

function nearestSince(since: SincePhrase[], at: number): SincePhrase | null {
  let best: SincePhrase | null = null
  for (const p of since) if (!best || Math.abs(p.at - at) < Math.abs(best.at - at)) best = p
  return best
}

function isForecast(lows: string[], tokens: Token[], from: number, sentenceFrom: number): boolean {
  for (let k = from - 1; k >= Math.max(sentenceFrom, from - 5); k--) {
    if (lows[k] === ',' || lows[k] === ';' || tokens[k].kind === 'num') break
    if (FORECAST.has(lows[k])) return true
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
        if (other.claims.length === 0 && other.since.length > 0) period = other.since[0]
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

/**
 * A figure a named party refutes: "Iraq's military has rejected reports that as many as 200 civilians were
 * killed" (the figures in the complement), "The Israeli military rejected the ministry's death toll" (every
 * figure credited to the ministry), "... The SDF rejected that figure" (the figures of the sentence before).
 */
function markDenials(doc: DocContext, results: SentenceResult[]): void {
  const { lows, sentences, tokens } = doc
  for (let si = 0; si < results.length; si++) {
    const s = sentences[si]
    for (let k = s.from; k < s.to; k++) {
      if (!DENY.has(lows[k])) continue
      if (DENY_JUDGED.has(lows[k]) && !judgedFalse(lows, k + 1, s.to)) continue
      // "denied that ...", "rejected a Human Rights Watch report that accused ...": the figures of that clause.
      let m = k + 1
      while (m < Math.min(s.to, k + 7) && lows[m] !== 'that' && lows[m] !== ',' && lows[m] !== '.') m++
      const thatClause = lows[m] === 'that' && (m === k + 1 || REPORT_NOUNS.has(lows[m - 1]))
      if (thatClause) {
        let end = m + 1
        while (end < s.to && lows[end] !== ';' && !(lows[end] === ',' && end - m > 20)) end++
        for (const c of results[si].claims) {
          if (c.start >= tokens[m].start && c.start < (tokens[end - 1]?.end ?? c.start + 1)) c.denied = true
        }
        continue
      }
      // "..., a claim the police denied": the figures before it in the sentence.
      // "..., a toll local leaders rejected as too low": the same, with a judgement after.
      const claimBefore = [2, 3, 4].some((d) => DENIED_OBJECTS.has(lows[k - d]))
      if (claimBefore && (k + 1 >= s.to || /^[.,]$|^as$/.test(lows[k + 1]))) {
        for (const c of results[si].claims) if (c.start < tokens[k].start) c.denied = true
        continue
      }
      // "the ministry's death toll", "that figure", "the reported casualty figures"
      let possessor: string | null = null
      let object = false
      for (let o = k + 1; o < Math.min(s.to, k + 6); o++) {
        if (DENIED_OBJECTS.has(lows[o])) object = true
        if (/['\u2019]s$/.test(lows[o])) possessor = lows[o].replace(/['\u2019]s$/, '')
      }
      if (!object) continue
      if (possessor && possessor !== 'its' && possessor !== 'their') {
        const owner = possessor
        for (const r of results)
          for (const c of r.claims) if (c.source?.toLowerCase().includes(owner)) c.denied = true
      } else {
        // The figures of the nearest sentence before that has any.
        let sj = si - 1
        while (sj >= 0 && si - sj <= 4 && results[sj].claims.length === 0) sj--
        if (sj >= 0 && si - sj <= 4) for (const c of results[sj].claims) c.denied = true
      }
    }
  }
}
/** "called the figure false", "described the toll as exaggerated": a judgement within a few words. */
function judgedFalse(lows: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 7); k++) if (FALSE_WORDS.has(lows[k])) return true
  return false
}
const REPORT_NOUNS = new Set([
  'reports',
  'report',
  'claims',
  'claim',
  'allegations',
  'suggestions',
  'accusations',
])
