import { sql } from 'drizzle-orm'
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core'
import { counter, day, flag, int64, parent } from './columns.ts'
import { series } from './series.ts'

// The stored state behind a series summary, kept so that a change reads only the claims it affects
// (api/series/store/refresh.ts). A full rebuild (`npm run series:rebuild`) rewrites all of it.

/**
 * Days a point's report days may span and still be found by its first day alone: a refresh reads the
 * points near a changed one through (series_id, date) from this much before, and the few that span
 * longer through series_points_long_idx.
 */
export const LONG_SPAN_DAYS = 30

/** One point (or incident) of a series, as api/series/points.ts makes it from the claims. */
export const seriesPoints = pgTable(
  'series_points',
  {
    seriesId: parent('series_id', () => series.id),
    pointKey: text('point_key').notNull(),
    // The slice it was computed from: a source (cumulative series) or a value (incident series).
    sourceId: int64('source_id'),
    sourceKey: text('source_key'),
    low: doublePrecision('low').notNull(),
    high: doublePrecision('high'),
    qualifier: text('qualifier').notNull(),
    denied: boolean('denied').notNull(),
    date: day('date'),
    lastSeen: day('last_seen'),
    dates: jsonb('dates').$type<string[]>().notNull(),
    citations: integer('citations').notNull(),
    // The later point of a revision (a named source's cumulative figure lower than its previous one).
    revision: flag('revision'),
    // Whether an editor verified a claim behind it (the figure to use weighs verified points first).
    verified: flag('verified'),
    // What the point's first claim says it counts (unit, since, group, place): why a pair disagrees.
    facts: jsonb('facts').$type<{
      since: string | null
      group: string | null
      place: string | null
      unit: string | null
    }>(),
    // The earliest date its claims say the figure is about, and the earliest publication of an
    // article behind it: a late report (flags.ts) without reading its claims. Null on points stored
    // before they existed (a rebuild fills them).
    aboutDate: day('about_date'),
    firstPublished: day('first_published'),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.pointKey] }),
    index('series_points_date_idx').on(t.seriesId, t.date),
    // A source's points by date: the points around a changed one, whose revision flags it may move.
    index('series_points_source_idx').on(t.seriesId, t.sourceId, t.date),
    // The figure to use starts from the latest verified point. Revisions are counted as deltas, not read.
    index('series_points_verified_idx').on(t.seriesId, t.date).where(sql`${t.verified}`),
    // A changed slice's stored points (one source's, or one incident's, points of one value).
    index('series_points_low_idx').on(t.seriesId, t.low),
    // A refresh's summary without a pass over the series' points: its last report day, and its named
    // sources (a skip scan over the keys).
    index('series_points_last_seen_idx').on(t.seriesId, t.lastSeen),
    index('series_points_long_idx')
      .on(t.seriesId, t.lastSeen)
      .where(sql`${t.lastSeen} > ${t.date} + ${sql.raw(String(LONG_SPAN_DAYS))}`),
    index('series_points_named_idx').on(t.seriesId, t.sourceKey).where(sql`not ${t.denied}`),
  ],
)

/** Pairs of points of a series that disagree within the disagreement window; `aKey` < `bKey`. */
export const seriesPairs = pgTable(
  'series_pairs',
  {
    seriesId: parent('series_id', () => series.id),
    aKey: text('a_key').notNull(),
    bKey: text('b_key').notNull(),
    // A true conflict (not another period, group, place or unit, nor a denial), between the sources of
    // the lower figure (a) and the higher (b): what sources' track records sum.
    conflict: flag('conflict'),
    lowSource: text('low_source'),
    highSource: text('high_source'),
    // The second of the pair's closest report dates (`dates[1]`): answers list the latest pairs first,
    // and a long series has thousands among the points sent, so the database picks them by this.
    // Null on pairs stored before it existed (a rebuild fills it).
    reportDate: day('report_date'),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.aKey, t.bKey] }),
    index('series_pairs_b_idx').on(t.seriesId, t.bKey),
    index('series_pairs_conflict_idx').on(t.seriesId).where(sql`${t.conflict}`),
  ],
)

/**
 * Slices of series whose claims changed since their points were last computed, written by triggers on
 * claims and articles (every path that changes a claim, present or future, is seen) and consumed by
 * the next refresh of the series. Ingest commits its claims with their marks and refreshes after commit
 * (api/series/store/deferred.ts): marks left by a crash in between are refreshed later, never lost.
 */
export const seriesDirty = pgTable(
  'series_dirty',
  {
    seriesId: int64('series_id').notNull(),
    sourceId: int64('source_id'),
    low: doublePrecision('low').notNull(),
    // The claim inserted, for a mark written by an insert: the claims a refresh after commit has alert
    // events about ("the claims this ingest stored"), whichever transaction runs it.
    claimId: int64('claim_id'),
    // Claims that joined (+) or left (−) the series with this change: the refresh that consumes the mark
    // adds them to the stored claim count instead of counting the series' claims.
    joined: counter('joined'),
  },
  (t) => [index('series_dirty_series_idx').on(t.seriesId)],
)

export type SeriesPoint = typeof seriesPoints.$inferSelect
export type NewSeriesPoint = typeof seriesPoints.$inferInsert
