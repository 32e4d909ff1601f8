// Writes the outbox: events, each watcher's alert, and the e-mails and webhook posts to send, all in the
// transaction of the change that caused them, so an alert exists exactly when its change committed.
import { Cron } from 'croner'
import { inArray, sql } from 'drizzle-orm'
import {
  alertDeliveries,
  alertEvents,
  alertSettings,
  alerts,
  claims,
  type EmailMode,
  series,
  sources,
  webhooks,
} from '../../db/schema/index.ts'
import { anyId, type Runner, rowsOf } from '../../db/sql.ts'
import {
  type AlertClaim,
  detectEvents,
  type EventDraft,
  figureOf,
  type SeriesAnalysis,
  seriesPath,
} from '../alert-events.ts'

/**
 * Whether watch `w` covers series `s` of topic `t`: the series itself, its topic, its place (with
 * everything under it) or its metric in that place. The one definition, for alerts and for unwatching.
 */
export const WATCH_COVERS = sql`((w.kind = 'series' and w.series_id = s.id)
  or (w.kind = 'topic' and w.topic_id = t.id)
  or (w.kind in ('place', 'metric_place') and (w.metric is null or w.metric = t.metric)
    and (t.place_key = w.place_key or t.country = w.place_key or t.place_key like w.place_key || ':%')))`

/** Users watching each of these series (directly, through its topic, its place or metric in place). */
async function watchersOf(tx: Runner, seriesIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>()
  if (!seriesIds.length) return out
  const rows = await rowsOf<{ series_id: string | number; user_id: string | number }>(
    tx,
    sql`select distinct s.id as series_id, w.user_id
      from series s join topics t on t.id = s.topic_id
      join watches w on ${WATCH_COVERS}
      join users u on u.id = w.user_id and u.disabled_at is null
      where s.id = ${anyId(seriesIds)}`,
  )
  for (const r of rows) {
    const list = out.get(Number(r.series_id)) ?? []
    list.push(Number(r.user_id))
    out.set(Number(r.series_id), list)
  }
  return out
}

/** The next time the clock in `timezone` shows `hhmm` ("08:00"). */
export function nextDigestAt(hhmm: string, timezone: string, from = new Date()): Date {
  const [h, m] = hhmm.split(':').map(Number)
  return new Cron(`${m ?? 0} ${h ?? 8} * * *`, { timezone }).nextRun(from) ?? from
}

/** Records the events, one alert per watcher, and their deliveries. Events already recorded are skipped. */
async function fanOut(tx: Runner, drafts: EventDraft[], watchers: Map<number, number[]>) {
  const watched = drafts.filter((d) => watchers.get(d.seriesId)?.length)
  if (!watched.length) return
  const inserted = await tx
    .insert(alertEvents)
    .values(
      watched.map((d) => ({
        key: d.key,
        kind: d.kind,
        seriesId: d.seriesId,
        claimId: d.claimId,
        payload: d.payload,
      })),
    )
    .onConflictDoNothing({ target: alertEvents.key })
    .returning({ id: alertEvents.id, seriesId: alertEvents.seriesId })
  if (!inserted.length) return
  const pairs = inserted.flatMap((e) =>
    (watchers.get(e.seriesId ?? 0) ?? []).map((userId) => ({ eventId: e.id, userId })),
  )
  await tx.insert(alerts).values(pairs).onConflictDoNothing()
  const users = [...new Set(pairs.map((p) => p.userId))]
  const settings = new Map(
    (await tx.select().from(alertSettings).where(inArray(alertSettings.userId, users))).map((s) => [
      s.userId,
      s,
    ]),
  )
  const hooks = await tx
    .select({ id: webhooks.id, userId: webhooks.userId })
    .from(webhooks)
    .where(sql`${webhooks.userId} = ${anyId(users)} and ${webhooks.pausedAt} is null`)
  const deliveries: (typeof alertDeliveries.$inferInsert)[] = []
  for (const { eventId, userId } of pairs) {
    const s = settings.get(userId)
    const mode: EmailMode = s?.emailMode ?? 'immediate'
    if (mode !== 'off' && !s?.mutedAt) {
      const digest = mode === 'digest'
      deliveries.push({
        key: `email:${eventId}:${userId}`,
        eventId,
        userId,
        channel: 'email',
        digest,
        ...(digest && s ? { dueAt: nextDigestAt(s.digestTime, s.timezone) } : {}),
      })
    }
    for (const h of hooks.filter((h) => h.userId === userId))
      deliveries.push({
        key: `webhook:${eventId}:${h.id}`,
        eventId,
        userId,
        channel: 'webhook',
        webhookId: h.id,
      })
  }
  if (deliveries.length) await tx.insert(alertDeliveries).values(deliveries).onConflictDoNothing()
}

type Listed = { id: number; kind: string; title: string }

/**
 * After a refresh: the events of each series, from its new analysis and its new claims: those whose
 * insert marks the refresh consumed (`inserted`: an ingest stores them, commits, then refreshes) and
 * those this transaction stored. `analysisOf` is asked only for watched series with new claims, and
 * may read only what involves those claims (their points, and the points within the window of them).
 */
export async function recordSeriesEvents<S extends Listed>(
  tx: Runner,
  list: S[],
  inserted: number[],
  analysisOf: (s: S, fresh: Set<number>) => SeriesAnalysis | Promise<SeriesAnalysis>,
) {
  const watchers = await watchersOf(
    tx,
    list.map((s) => s.id),
  )
  if (!watchers.size) return
  // Claims this transaction inserted carry its start time (now()) as created_at; a claim filed after
  // its insert (added by hand, then assigned) has no insert mark of its own.
  const fresh = await tx
    .select({ id: claims.id, seriesId: claims.seriesId, quote: claims.quote, asOf: claims.asOf })
    .from(claims)
    .where(
      sql`${claims.seriesId} = ${anyId([...watchers.keys()])}
        and (${claims.createdAt} = now() or ${claims.id} = ${anyId(inserted)})`,
    )
  if (!fresh.length) return
  const drafts: EventDraft[] = []
  for (const s of list) {
    const mine = new Map<number, AlertClaim>(fresh.filter((c) => c.seriesId === s.id).map((c) => [c.id, c]))
    if (mine.size) drafts.push(...detectEvents(s, await analysisOf(s, new Set(mine.keys())), mine))
  }
  await fanOut(tx, drafts, watchers)
}

/** After a review: "verified" or "rejected" for each claim whose status changed, at its new version. */
export async function recordReviewEvents(
  tx: Runner,
  reviewed: { id: number; version: number; status: string; seriesId: number | null }[],
) {
  const decided = reviewed.filter(
    (c) => c.seriesId !== null && (c.status === 'verified' || c.status === 'rejected'),
  )
  const watchers = await watchersOf(tx, [...new Set(decided.map((c) => c.seriesId ?? 0))])
  if (!watchers.size) return
  const rows = await tx
    .select({ c: claims, title: series.title, sourceName: sources.name })
    .from(claims)
    .innerJoin(series, sql`${series.id} = ${claims.seriesId}`)
    .leftJoin(sources, sql`${sources.id} = ${claims.sourceId}`)
    .where(
      inArray(
        claims.id,
        decided.map((c) => c.id),
      ),
    )
  const drafts = rows.map(({ c, title, sourceName }): EventDraft => {
    const kind = c.status === 'verified' ? 'verified' : 'rejected'
    const point = {
      ...c,
      id: '',
      sourceKey: null,
      date: c.asOf,
      repeatedOn: [],
      claimIds: [c.id],
      citations: 1,
      verified: false,
    }
    const figure = figureOf(
      point,
      { id: c.id, quote: c.quote, asOf: c.asOf },
      () => sourceName ?? c.source ?? 'an unattributed report',
    )
    return {
      key: `review:${c.id}:${c.version}`,
      kind,
      seriesId: c.seriesId ?? 0,
      claimId: c.id,
      payload: {
        kind,
        series_id: c.seriesId ?? 0,
        series_title: title,
        figure,
        reason: `The team ${kind} ${figure.source}'s figure of ${figure.text}`,
        path: seriesPath(c.seriesId ?? 0),
      },
    }
  })
  await fanOut(tx, drafts, watchers)
}
