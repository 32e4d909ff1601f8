import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  char,
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import type { Qualifier } from '../../extractor/types.ts'
import { at, counter, createdAt, day, flag, id, int64, parent, ref, updatedAt } from './columns.ts'
import { metricEnum } from './enums.ts'

/** Organisations credited with figures ("UN", "Syrian Observatory for Human Rights"), not publishers. */
export const sources = pgTable(
  'sources',
  {
    id: id(),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('other'),
    country: char('country', { length: 3 }),
    // An analyst's reliability grade (A-F, the NATO/Admiralty scale: A completely reliable ... E
    // unreliable, F cannot be judged), with a note and who set it; the best estimate weighs it first.
    grade: char('grade', { length: 1 }),
    gradeNote: text('grade_note'),
    gradedBy: text('graded_by'),
    gradedAt: at('graded_at'),
    createdAt: createdAt(),
  },
  (t) => [check('sources_grade', sql`${t.grade} is null or ${t.grade} in ('A', 'B', 'C', 'D', 'E', 'F')`)],
)

/** Spellings that resolve to a source; `aliasKey` is the normalised spelling used for matching. */
export const sourceAliases = pgTable(
  'source_aliases',
  {
    id: id(),
    sourceId: parent('source_id', () => sources.id),
    alias: text('alias').notNull(),
    aliasKey: text('alias_key').notNull().unique(),
  },
  (t) => [index('source_aliases_source_idx').on(t.sourceId)],
)

/** What is counted, about whom, where: metric + group + place. */
export const topics = pgTable(
  'topics',
  {
    id: id(),
    metric: metricEnum('metric').notNull(),
    groupKey: text('group_key').notNull(),
    groupLabel: text('group_label').notNull(),
    placeKey: text('place_key').notNull(),
    placeName: text('place_name'),
    country: char('country', { length: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('topics_identity_key').on(t.metric, t.groupKey, t.placeKey),
    index('topics_country_idx').on(t.country),
  ],
)

/**
 * A topic over one reference period ("since 2019-04-21"), or its single incidents. Merged series keep
 * their row (pointing at the survivor) so a merge can be undone.
 */
export const series = pgTable(
  'series',
  {
    id: id(),
    topicId: int64('topic_id')
      .notNull()
      .references(() => topics.id),
    // 'cumulative' tolls since a date, or 'incident' figures of single events.
    kind: text('kind').notNull(),
    periodKey: text('period_key').notNull(),
    since: text('since'),
    sinceDate: day('since_date'),
    title: text('title').notNull(),
    pinned: flag('pinned'),
    mergedInto: ref('merged_into', (): AnyPgColumn => series.id),
    // Summary kept up to date whenever the series' claims change, so listing series at a million
    // claims reads one row per series instead of its claims.
    claimCount: counter('claim_count'),
    pointCount: counter('point_count'),
    sourceCount: counter('source_count'),
    firstDate: day('first_date'),
    lastDate: day('last_date'),
    latestLow: doublePrecision('latest_low'),
    latestHigh: doublePrecision('latest_high'),
    latestQualifier: text('latest_qualifier').$type<Qualifier>(),
    latestSource: text('latest_source'),
    previousLow: doublePrecision('previous_low'),
    disagreementCount: counter('disagreement_count'),
    revisionCount: counter('revision_count'),
    // The last figures per report day, so the overview can draw a sparkline without the whole series.
    spark: jsonb('spark').$type<{ as_of: string; low: number }[]>().notNull().default([]),
    // "What number do we use": low/best/high with its reason by the series' rule (null: the default
    // rule), kept with the summary so that lists and exports never recompute it per read.
    estimateRule: text('estimate_rule'),
    estimate: jsonb('estimate').$type<StoredEstimate>(),
    // What this series says of its sources' track records (revisions down, true conflicts), so the
    // Sources page sums one row per series instead of re-analysing every claim.
    sourceRecord: jsonb('source_record').$type<StoredSourceRecord>(),
    // Bumped by every refresh: the validator of cached series answers (a timestamp can repeat
    // within one millisecond; a counter cannot).
    version: counter('version'),
    // False until series_points/series_pairs hold this series' points: its next refresh is a full one.
    pointsBuilt: flag('points_built'),
    // Last time a claim joined or left, for "updated since" filters and the what-changed feed.
    updatedAt: updatedAt(),
    createdAt: createdAt(),
  },
  (t) => [
    // Automatic assignment finds a topic's live series for a period through this index; series an
    // editor split off carry a distinct period key, so they never collide with it.
    uniqueIndex('series_period_key').on(t.topicId, t.periodKey).where(sql`${t.mergedInto} is null`),
    index('series_updated_idx').on(t.updatedAt),
    index('series_topic_idx').on(t.topicId),
  ],
)

// The shapes of the derived jsonb columns; api/series/estimate.ts and track-record.ts make them (the
// schema cannot import the series library without a folder cycle).
export interface StoredEstimate {
  rule: string
  rule_name: string
  as_of: string
  low: number
  best: number
  high: number | null
  source_key: string | null
  point: string
  weighed: number
  reason: string
}
export interface StoredSourceRecord {
  revised_down: Record<string, number>
  /** Pairs of source keys in true conflict, with how many pairs of their figures are. */
  conflicts: Array<[string, string, number]>
}

export type Source = typeof sources.$inferSelect
export type Topic = typeof topics.$inferSelect
export type Series = typeof series.$inferSelect
