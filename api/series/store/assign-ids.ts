import { type SQL, sql } from 'drizzle-orm'
import { anyId, anyText, jsonb, type Runner, rowsOf } from '../../db/sql.ts'
import type { Metric } from '../../extractor/types.ts'
import type { NormalPlace } from '../places.ts'
import type { SourceMatch } from '../sources.ts'

// postgres.js returns bigint as a string, PGlite as a number.
const num = (v: unknown) => Number(v)

/**
 * Ids already resolved in this transaction. Valid only inside it: a rollback takes the rows it created
 * with it, and a series can be merged in another transaction only after this one commits, because the
 * claims filed into it hold a key-share lock on its row.
 */
export class IdCache {
  sources = new Map<string, number>()
  topics = new Map<string, number>()
  series = new Map<string, number>()
}

export interface TopicKey {
  metric: Metric
  group: { key: string; label: string }
  place: NormalPlace
}
export interface SeriesKey extends TopicKey {
  kind: string
  periodKey: string
  title: string
}

export const topicKey = (t: TopicKey) => `${t.metric}|${t.group.key}|${t.place.key}`
export const seriesKey = (s: SeriesKey) => `${topicKey(s)}|${s.periodKey}`

// First sight decides a new row's labels, as when claims were filed one by one.
function firstOf<T>(items: T[], key: (t: T) => string, known: Map<string, number>) {
  const out = new Map<string, T>()
  for (const t of items) if (!known.has(key(t)) && !out.has(key(t))) out.set(key(t), t)
  return out
}

/** Source ids by key, creating the organisations not seen before. */
export async function resolveSources(tx: Runner, matches: SourceMatch[], cache: IdCache) {
  const wanted = [...firstOf(matches, (m) => m.key, cache.sources).values()]
  if (!wanted.length) return
  const input = wanted.map((m, ord) => ({ ord, key: m.key, name: m.name, kind: m.kind, country: m.country }))
  // Existing keys are read first, so that only new ones go through the insert (and use up ids).
  const found = await rowsOf<{ id: unknown; key: string }>(
    tx,
    sql`with input as (
      select * from jsonb_to_recordset(${jsonb(input)}) as x(ord int, key text, name text, kind text, country text)
    ), old as (
      select s.id, s.key from sources s join input using (key)
    ), ins as (
      insert into sources (key, name, kind, country)
      select key, name, kind, country from input where key not in (select key from old) order by ord
      on conflict do nothing returning id, key
    )
    select id, key from old union all select id, key from ins`,
  )
  for (const r of found) cache.sources.set(r.key, num(r.id))
  const late = wanted.filter((m) => !cache.sources.has(m.key)).map((m) => m.key)
  // Stored by a transaction that committed after this statement's snapshot.
  if (late.length) {
    const rows = await rowsOf<{ id: unknown; key: string }>(
      tx,
      sql`select id, key from sources where key = ${anyText(late)}`,
    )
    for (const r of rows) cache.sources.set(r.key, num(r.id))
  }
}

/** Topic ids by metric, group and place, creating the topics not seen before. */
async function resolveTopics(tx: Runner, keys: TopicKey[], cache: IdCache) {
  const wanted = [...firstOf(keys, topicKey, cache.topics).values()]
  if (!wanted.length) return
  const input = wanted.map((t, ord) => ({
    ord,
    metric: t.metric,
    group_key: t.group.key,
    group_label: t.group.label,
    place_key: t.place.key,
    place_name: t.place.name,
    country: t.place.country,
  }))
  const select = (from: SQL) =>
    sql`select t.id, t.metric::text as metric, t.group_key, t.place_key from topics t join ${from} i
      on t.metric = i.metric and t.group_key = i.group_key and t.place_key = i.place_key`
  type Row = { id: unknown; metric: string; group_key: string; place_key: string }
  const keep = (rows: Row[]) => {
    for (const r of rows) cache.topics.set(`${r.metric}|${r.group_key}|${r.place_key}`, num(r.id))
  }
  keep(
    await rowsOf<Row>(
      tx,
      sql`with input as (
        select * from jsonb_to_recordset(${jsonb(input)}) as x(ord int, metric metric, group_key text,
          group_label text, place_key text, place_name text, country text)
      ), old as (${select(sql`input`)}), ins as (
        insert into topics (metric, group_key, group_label, place_key, place_name, country)
        select metric, group_key, group_label, place_key, place_name, country from input i
        where not exists (select 1 from old o
          where o.metric = i.metric::text and o.group_key = i.group_key and o.place_key = i.place_key)
        order by ord
        on conflict do nothing returning id, metric::text as metric, group_key, place_key
      )
      select * from old union all select * from ins`,
    ),
  )
  const late = input.filter((_, i) => !cache.topics.has(topicKey(wanted[i])))
  if (late.length)
    keep(
      await rowsOf<Row>(
        tx,
        select(
          sql`(select * from jsonb_to_recordset(${jsonb(late)}) as x(metric metric, group_key text, place_key text))`,
        ),
      ),
    )
}

type SeriesRow = { id: unknown; topic_id: unknown; period_key: string; merged_into: unknown }

/**
 * Live series ids by topic and period, creating the series not seen before. A series merged away hands
 * its claims on to the series it joined, following the chain.
 */
export async function resolveSeries(tx: Runner, keys: SeriesKey[], cache: IdCache) {
  const wanted = [...firstOf(keys, seriesKey, cache.series).values()]
  if (!wanted.length) return
  await resolveTopics(tx, wanted, cache)
  const items = wanted.map((s) => ({ s, topicId: cache.topics.get(topicKey(s))!, at: '' }))
  for (const item of items) item.at = `${item.topicId}|${item.s.periodKey}`
  const found = await findSeries(tx, items)
  const missing = items.filter((i) => !found.has(i.at))
  if (missing.length) {
    const input = missing.map((i, ord) => ({
      ord,
      topic_id: i.topicId,
      kind: i.s.kind,
      period_key: i.s.periodKey,
      since_date: i.s.periodKey.startsWith('since:') ? i.s.periodKey.slice(6) : null,
      title: i.s.title,
    }))
    await tx.execute(
      sql`insert into series (topic_id, kind, period_key, since_date, title)
        select topic_id, kind, period_key, since_date, title
        from jsonb_to_recordset(${jsonb(input)})
          as x(ord int, topic_id bigint, kind text, period_key text, since_date date, title text)
        order by ord
        on conflict (topic_id, period_key) where merged_into is null do nothing`,
    )
    for (const [at, id] of await findSeries(tx, missing)) found.set(at, id)
  }
  for (const i of items) cache.series.set(seriesKey(i.s), found.get(i.at)!)
}

/** The live series of each topic and period, as the lowest-id row, live rows first, leads. */
async function findSeries(tx: Runner, items: { topicId: number; s: SeriesKey; at: string }[]) {
  const input = items.map((i) => ({ topic_id: i.topicId, period_key: i.s.periodKey }))
  const rows = await rowsOf<SeriesRow>(
    tx,
    sql`select s.id, s.topic_id, s.period_key, s.merged_into from series s
      join jsonb_to_recordset(${jsonb(input)}) as x(topic_id bigint, period_key text)
        on s.topic_id = x.topic_id and s.period_key = x.period_key
      order by s.merged_into is not null, s.id`,
  )
  const heads = new Map<string, { id: number; next: number | null }>()
  for (const r of rows) {
    const at = `${num(r.topic_id)}|${r.period_key}`
    if (!heads.has(at))
      heads.set(at, { id: num(r.id), next: r.merged_into == null ? null : num(r.merged_into) })
  }
  // At most 20 hops, one statement per hop for all chains at once.
  for (let hops = 0; hops < 20; hops++) {
    const moving = [...heads.values()].filter((h) => h.next !== null)
    if (!moving.length) break
    const ids = [...new Set(moving.map((h) => h.next!))]
    const next = new Map(
      (
        await rowsOf<{ id: unknown; merged_into: unknown }>(
          tx,
          sql`select id, merged_into from series where id = ${anyId(ids)}`,
        )
      ).map((r) => [num(r.id), r.merged_into == null ? null : num(r.merged_into)]),
    )
    for (const h of moving) {
      h.id = h.next!
      h.next = next.get(h.id) ?? null
    }
  }
  return new Map([...heads].map(([at, h]) => [at, h.id]))
}
