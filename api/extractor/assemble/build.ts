// Turns linked figures into claims: attaches the source, the reference period, the event day, the place,
// and the denied / projected flags, then cuts the quote out of the text.

import type { Attribution } from '../attribution.ts'
import { collectBodies, resolveAttribution, type SourceMemory } from '../coreference.ts'
import { applyCredits } from '../credits.ts'
import { type DayMention, findDays, findRecentPeriods, findSince, isoOf, type SincePhrase } from '../dates.ts'
import { markDenials } from '../denials.ts'
import { collectAcronyms } from '../entities.ts'
import { pairJointSources } from '../joint-credits.ts'
import { linkSentence } from '../link.ts'
import { once } from '../once.ts'
import { findAttributions } from '../sources.ts'
import type { ExtractedClaim } from '../types.ts'
import { toClaim } from './claim.ts'
import { dateByDocument, placeByIncident } from './event-day.ts'
import { TextContext } from './text-context.ts'
import type { DocContext, Scratch, SentenceResult } from './types.ts'

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
