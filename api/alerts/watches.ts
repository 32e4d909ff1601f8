// Watchlists: what one user watches, read with a label for each thing so lists need no second lookup.
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { type NewWatch, series, topics, type Watch, type WatchKind, watches } from '../db/schema/index.ts'
import { rowsOf } from '../db/sql.ts'
import type { Metric } from '../extractor/types.ts'
import { badRequest, notFound } from '../http/errors.ts'
import { WATCH_COVERS } from '../series/store/alert-outbox.ts'

export interface WatchInput {
  kind: WatchKind
  series_id?: number
  topic_id?: number
  place_key?: string
  metric?: Metric
}

export function watchToApi(w: Watch, label: string) {
  return {
    id: w.id,
    kind: w.kind,
    series_id: w.seriesId,
    topic_id: w.topicId,
    place_key: w.placeKey,
    metric: w.metric,
    label,
    created_at: w.createdAt.toISOString(),
  }
}

/** The row to store for a watch request, or a 400 naming the missing field / 404 for an unknown thing. */
async function planWatch(
  db: Db,
  userId: number,
  input: WatchInput,
): Promise<{ row: NewWatch; label: string }> {
  const need = <T>(field: string, v: T | undefined): T => {
    if (v === undefined) throw badRequest(field, `is required to watch a ${input.kind.replace('_', ' in ')}`)
    return v
  }
  if (input.kind === 'series') {
    const id = need('series_id', input.series_id)
    const [s] = await db.select({ title: series.title }).from(series).where(eq(series.id, id))
    if (!s) throw notFound('Series', id)
    return { row: { userId, kind: 'series', target: `series:${id}`, seriesId: id }, label: s.title }
  }
  if (input.kind === 'topic') {
    const id = need('topic_id', input.topic_id)
    const [t] = await db.select().from(topics).where(eq(topics.id, id))
    if (!t) throw notFound('Topic', id)
    const label = `${t.groupLabel} ${t.metric}${t.placeName ? ` in ${t.placeName}` : ''}`
    return { row: { userId, kind: 'topic', target: `topic:${id}`, topicId: id }, label }
  }
  const place = need('place_key', input.place_key)
  if (!/^([A-Z]{3}(:[\w-]{1,80})?|unknown)$/.test(place))
    throw badRequest('place_key', 'must be a country code ("SYR") or a place key ("SYR:idlib")')
  if (input.kind === 'place')
    return { row: { userId, kind: 'place', target: `place:${place}`, placeKey: place }, label: place }
  const metric = need('metric', input.metric)
  return {
    row: { userId, kind: 'metric_place', target: `metric_place:${metric}:${place}`, placeKey: place, metric },
    label: `${metric} in ${place}`,
  }
}

/** Watches a thing; watching it again answers the existing watch. */
export async function addWatch(db: Db, userId: number, input: WatchInput) {
  const { row, label } = await planWatch(db, userId, input)
  const [created] = await db.insert(watches).values(row).onConflictDoNothing().returning()
  const w =
    created ??
    (
      await db
        .select()
        .from(watches)
        .where(and(eq(watches.userId, userId), eq(watches.target, row.target)))
    )[0]
  if (!w) throw notFound('Watch', row.target)
  return { watch: watchToApi(w, label), created: Boolean(created) }
}

export async function listWatches(db: Db, userId: number) {
  const rows = await db
    .select({ w: watches, title: series.title, t: topics })
    .from(watches)
    .leftJoin(series, eq(series.id, watches.seriesId))
    .leftJoin(topics, eq(topics.id, watches.topicId))
    .where(eq(watches.userId, userId))
    .orderBy(desc(watches.id))
  return rows.map(({ w, title, t }) =>
    watchToApi(
      w,
      title ??
        (t ? `${t.groupLabel} ${t.metric}${t.placeName ? ` in ${t.placeName}` : ''}` : null) ??
        (w.metric ? `${w.metric} in ${w.placeKey}` : (w.placeKey ?? w.target)),
    ),
  )
}

export async function removeWatch(db: Db, userId: number, id: number) {
  const gone = await db
    .delete(watches)
    .where(and(eq(watches.id, id), eq(watches.userId, userId)))
    .returning({ id: watches.id })
  if (!gone.length) throw notFound('Watch', id)
}

/**
 * Stops the user's watches that cover a series (the series, its topic, its place, its metric there): the
 * one-click "stop watching" of an alert e-mail. Answers what the removed watches were ("place:SYR").
 */
export async function unwatchSeries(db: Db, userId: number, seriesId: number): Promise<string[]> {
  const gone = await rowsOf<{ target: string }>(
    db,
    sql`delete from watches w using series s join topics t on t.id = s.topic_id
      where s.id = ${seriesId} and w.user_id = ${userId} and ${WATCH_COVERS}
      returning w.target`,
  )
  return gone.map((r) => r.target)
}
