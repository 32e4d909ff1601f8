import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { articles, type ClaimRow, claims, series, topics } from '../db/schema/index.ts'
import type { Metric } from '../extractor/types.ts'
import { normaliseGroup } from '../series/groups.ts'
import { normaliseSource } from '../series/sources.ts'
import { locativePlaces, mainPlace, type NormalPlace, normalisePlace } from './places.ts'
import { gazetteerCountry, sourceTable, upsertSource } from './source-table.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

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

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

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
) {
  // A figure whose sentence names no place is about the place its article is about.
  const place =
    !c.location && articlePlace && (!c.country || c.country === articlePlace.country)
      ? articlePlace
      : normalisePlace(c.location, c.country)
  const group = normaliseGroup(c.who, { demonym: gazetteerCountry, country: place.country })
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

/**
 * Resolves each claim's source to an organisation and puts the claim in its series, creating topics
 * and series on first sight. Claims an editor moved by hand (series_locked) keep their series.
 * Returns the ids of the series whose summaries need refreshing.
 */
export async function assignClaims(
  tx: Tx,
  rows: ClaimRow[],
  texts = new Map<number, string>(),
): Promise<number[]> {
  const table = await sourceTable(tx)
  const places = new Map<number, NormalPlace | null>()
  const textOf = async (articleId: number) => {
    if (!texts.has(articleId)) {
      const [row] = await tx.select({ text: articles.text }).from(articles).where(eq(articles.id, articleId))
      texts.set(articleId, row?.text ?? '')
    }
    return texts.get(articleId)!
  }
  const articlePlace = async (articleId: number | null) => {
    if (!articleId) return null
    if (!places.has(articleId)) places.set(articleId, mainPlace(await textOf(articleId)))
    return places.get(articleId) ?? null
  }
  // Where a figure happened, by strength of evidence: a place its own sentence puts it in (the
  // extractor's choice when the sentence agrees), then the place its article is mostly about.
  const placeFor = async (c: ClaimRow): Promise<NormalPlace | null> => {
    if (!c.articleId || c.origin === 'manual' || c.quoteStart === null) return null
    const sentence = sentenceAround(await textOf(c.articleId), c.quoteStart, c.quoteEnd ?? c.quoteStart)
    const named = locativePlaces(sentence)
    const own = c.location ? normalisePlace(c.location, c.country) : null
    if (own && named.some((p) => p.key === own.key)) return own
    return named[0] ?? (await articlePlace(c.articleId))
  }
  const touched = new Set<number>()
  const sourceIds = new Map<string, number>()
  const seriesIds = new Map<string, number>()
  for (const c of rows) {
    const match = normaliseSource(c.source, table, { country: gazetteerCountry })
    let sourceId: number | null = null
    if (match) {
      sourceId = sourceIds.get(match.key) ?? (await upsertSource(tx, match))
      sourceIds.set(match.key, sourceId)
    }
    const place = await placeFor(c)
    const id = seriesIdentity(place ? { ...c, location: null, country: null } : c, place)
    let seriesId = c.seriesLocked ? c.seriesId : null
    if (!c.seriesLocked) {
      const cacheKey = `${c.metric}|${id.group.key}|${id.place.key}|${id.periodKey}`
      seriesId = seriesIds.get(cacheKey) ?? (await upsertSeries(tx, c.metric, id))
      seriesIds.set(cacheKey, seriesId)
    }
    if (c.seriesId && c.seriesId !== seriesId) touched.add(c.seriesId)
    if (seriesId) touched.add(seriesId)
    // Unplaced or unattributed figures are filed with less certainty.
    const certainty = (c.confidence ?? 1) * (id.place.key === 'unknown' ? 0.6 : 1) * (match ? 1 : 0.9)
    await tx
      .update(claims)
      .set({ sourceId, seriesId, seriesConfidence: Math.round(certainty * 100) / 100 })
      .where(eq(claims.id, c.id))
  }
  return [...touched]
}

async function upsertSeries(tx: Tx, metric: Metric, id: ReturnType<typeof seriesIdentity>): Promise<number> {
  await tx
    .insert(topics)
    .values({
      metric,
      groupKey: id.group.key,
      groupLabel: id.group.label,
      placeKey: id.place.key,
      placeName: id.place.name,
      country: id.place.country,
    })
    .onConflictDoNothing()
  const [topic] = await tx
    .select({ id: topics.id })
    .from(topics)
    .where(
      and(eq(topics.metric, metric), eq(topics.groupKey, id.group.key), eq(topics.placeKey, id.place.key)),
    )
  const since = id.periodKey.startsWith('since:') ? id.periodKey.slice(6) : null
  const existing = await liveSeries(tx, topic.id, id.periodKey)
  if (existing) return existing
  await tx
    .insert(series)
    .values({ topicId: topic.id, kind: id.kind, periodKey: id.periodKey, sinceDate: since, title: id.title })
    .onConflictDoNothing({
      target: [series.topicId, series.periodKey],
      where: sql`${series.mergedInto} is null`,
    })
  return (await liveSeries(tx, topic.id, id.periodKey))!
}

/** The live series for a topic and period: a merged one hands its claims on to the series it joined. */
async function liveSeries(tx: Tx, topicId: number, periodKey: string): Promise<number | null> {
  const [found] = await tx
    .select({ id: series.id, mergedInto: series.mergedInto })
    .from(series)
    .where(and(eq(series.topicId, topicId), eq(series.periodKey, periodKey)))
    .orderBy(sql`${series.mergedInto} is not null`, series.id)
    .limit(1)
  if (!found) return null
  let id = found.id
  let next = found.mergedInto
  for (let hops = 0; next && hops < 20; hops++) {
    id = next
    const [row] = await tx.select({ mergedInto: series.mergedInto }).from(series).where(eq(series.id, next))
    next = row?.mergedInto ?? null
  }
  return id
}

export async function claimsOf(tx: Tx, ids: number[]) {
  return ids.length ? tx.select().from(claims).where(inArray(claims.id, ids)) : []
}
