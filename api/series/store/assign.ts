import { inArray, sql } from 'drizzle-orm'
import { articles, type ClaimRow, claims } from '../../db/schema/index.ts'
import type { Tx } from '../../db/sql.ts'
import { jsonb } from '../../db/sql.ts'
import type { Metric } from '../../extractor/types.ts'
import { normaliseGroup } from '../groups.ts'
import { locativePlaces, mainPlace, type NormalPlace, normalisePlace } from '../places.ts'
import { normaliseSource } from '../sources.ts'
import { IdCache, resolveSeries, resolveSources, seriesKey } from './assign-ids.ts'
import { gazetteerCountry, sourceTable } from './source-table.ts'

const METRIC_WORDS: Record<Metric, string> = {
  killed: 'killed',
  injured: 'injured',
  casualties: 'killed or injured',
  displaced: 'displaced',
  refugees: 'refugees',
  missing: 'missing',
  detained: 'detained',
  affected: 'affected',
  facilities: 'hit',
  homes: 'destroyed or damaged',
}

// Formatting a date through Intl costs more than everything else in filing a claim: once per date.
const longDates = new Map<string, string>()
const longDate = (iso: string) => {
  let text = longDates.get(iso)
  if (text === undefined) {
    text = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    if (longDates.size > 10_000) longDates.clear()
    longDates.set(iso, text)
  }
  return text
}

export function seriesTitle(metric: Metric, group: string, place: string | null, sinceDate: string | null) {
  const what =
    metric === 'refugees'
      ? `${group} refugees`.replace('people refugees', 'refugees')
      : `${group} ${METRIC_WORDS[metric]}`
  const where = place ? ` in ${place}` : ''
  const when = sinceDate ? ` since ${longDate(sinceDate)}` : ', single incidents'
  const text = `${what}${where}${when}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Where a claim belongs: its normalised source, topic and reference period. */
export function seriesIdentity(
  c: Pick<ClaimRow, 'metric' | 'who' | 'location' | 'country' | 'sinceDate' | 'since'>,
  articlePlace: NormalPlace | null = null,
  sentence: string | null = null,
) {
  // A figure whose sentence names no place is about the place its article is about.
  const place =
    !c.location && articlePlace && (!c.country || c.country === articlePlace.country)
      ? articlePlace
      : normalisePlace(c.location, c.country)
  const group = normaliseGroup(c.who, { demonym: gazetteerCountry, country: place.country, sentence })
  const cumulative = Boolean(c.sinceDate)
  return {
    place,
    group,
    kind: cumulative ? 'cumulative' : 'incident',
    periodKey: cumulative ? `since:${c.sinceDate}` : 'incident',
    title: seriesTitle(c.metric, group.label, place.name, c.sinceDate),
  }
}

/** The sentence holding text[start..end], roughly: from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 600), start)
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s+(?=[^.!?]*$)/))
  const after = text.slice(end, end + 600)
  const stop = after.search(/[.!?](\s|$)|\n/)
  return before.slice(cut + 1) + text.slice(start, end) + (stop < 0 ? after : after.slice(0, stop))
}

/** What filing reads of a claim. */
export type AssignRow = Pick<
  ClaimRow,
  | 'metric'
  | 'who'
  | 'location'
  | 'country'
  | 'sinceDate'
  | 'since'
  | 'source'
  | 'confidence'
  | 'articleId'
  | 'origin'
  | 'quoteStart'
  | 'quoteEnd'
  | 'seriesLocked'
  | 'seriesId'
> & { placeSet?: boolean }

export interface Filing {
  sourceId: number | null
  seriesId: number | null
  seriesConfidence: number
}

/**
 * Where each claim goes: its source resolved to an organisation and its series, creating sources,
 * topics and series on first sight (a few statements for all the claims, not a few per claim). Claims an
 * editor moved by hand (series_locked) keep their series. `touched` are the series whose summaries
 * need refreshing. `cache` may be shared by the calls of one transaction.
 */
export async function fileClaims(
  tx: Tx,
  rows: AssignRow[],
  texts = new Map<number, string>(),
  cache = new IdCache(),
): Promise<{ filings: Filing[]; touched: number[] }> {
  if (!rows.length) return { filings: [], touched: [] }
  const table = await sourceTable(tx)
  // Where its sentence says, unless a person entered the claim or set its place by hand.
  const placed = (c: AssignRow) =>
    Boolean(c.articleId && c.origin !== 'manual' && !c.placeSet && c.quoteStart !== null)
  const quoted = (c: AssignRow) => Boolean(c.articleId && c.quoteStart !== null)
  const unread = [...new Set(rows.filter(quoted).map((c) => c.articleId!))].filter((id) => !texts.has(id))
  if (unread.length) {
    const found = await tx
      .select({ id: articles.id, text: articles.text })
      .from(articles)
      .where(inArray(articles.id, unread))
    for (const id of unread) texts.set(id, found.find((r) => r.id === id)?.text ?? '')
  }
  const places = new Map<number, NormalPlace | null>()
  const articlePlace = (articleId: number) => {
    if (!places.has(articleId)) places.set(articleId, mainPlace(texts.get(articleId)!))
    return places.get(articleId) ?? null
  }
  // Where a figure happened, by strength of evidence: a place its own sentence puts it in (the
  // extractor's choice when the sentence agrees), then the place its article is mostly about.
  const sentenceOf = (c: AssignRow) =>
    quoted(c) ? sentenceAround(texts.get(c.articleId!)!, c.quoteStart!, c.quoteEnd ?? c.quoteStart!) : null
  const placeFor = (c: AssignRow, sentence: string | null): NormalPlace | null => {
    if (!placed(c) || sentence === null) return null
    const named = locativePlaces(sentence)
    const own = c.location ? normalisePlace(c.location, c.country) : null
    if (own && named.some((p) => p.key === own.key)) return own
    return named[0] ?? articlePlace(c.articleId!)
  }
  const plans = rows.map((c) => {
    const match = normaliseSource(c.source, table, { country: gazetteerCountry })
    const sentence = sentenceOf(c)
    const place = placeFor(c, sentence)
    const id = seriesIdentity(place ? { ...c, location: null, country: null } : c, place, sentence)
    return { c, match, key: { ...id, metric: c.metric } }
  })
  await resolveSources(
    tx,
    plans.flatMap((p) => (p.match ? [p.match] : [])),
    cache,
  )
  await resolveSeries(
    tx,
    plans.filter((p) => !p.c.seriesLocked).map((p) => p.key),
    cache,
  )
  const touched = new Set<number>()
  const filings = plans.map(({ c, match, key }) => {
    const seriesId = c.seriesLocked ? c.seriesId : cache.series.get(seriesKey(key))!
    if (c.seriesId && c.seriesId !== seriesId) touched.add(c.seriesId)
    if (seriesId) touched.add(seriesId)
    // Unplaced or unattributed figures are filed with less certainty.
    const certainty = (c.confidence ?? 1) * (key.place.key === 'unknown' ? 0.6 : 1) * (match ? 1 : 0.9)
    return {
      sourceId: match ? cache.sources.get(match.key)! : null,
      seriesId,
      seriesConfidence: Math.round(certainty * 100) / 100,
    }
  })
  return { filings, touched: [...touched] }
}

/**
 * Files stored claims again (after an edit, or a change to the alias table) and returns the ids of the
 * series whose summaries need refreshing.
 */
export async function assignClaims(
  tx: Tx,
  rows: ClaimRow[],
  texts = new Map<number, string>(),
): Promise<number[]> {
  const { filings, touched } = await fileClaims(tx, rows, texts)
  if (!filings.length) return touched
  const input = filings.map((f, i) => ({
    id: rows[i].id,
    source_id: f.sourceId,
    series_id: f.seriesId,
    series_confidence: f.seriesConfidence,
  }))
  await tx.execute(
    sql`update claims c set source_id = x.source_id, series_id = x.series_id,
      series_confidence = x.series_confidence
      from jsonb_to_recordset(${jsonb(input)})
        as x(id bigint, source_id bigint, series_id bigint, series_confidence real)
      where c.id = x.id`,
  )
  return touched
}

export async function claimsOf(tx: Tx, ids: number[]) {
  return ids.length ? tx.select().from(claims).where(inArray(claims.id, ids)) : []
}
