import { Type } from 'typebox'
import { HistoryEntry } from '../audit/schemas.ts'
import { METRICS, QUALIFIERS } from '../extractor/types.ts'
import {
  Id,
  IsoDate,
  Nullable,
  NullableDay,
  NullableTimestamp,
  PageLimit,
  Timestamp,
} from '../http/schemas.ts'
import { CAUSES, ESTIMATE_RULES, FLAG_KINDS, GRADES } from './vocab.ts'

const Place = Type.Object({
  key: Type.String(),
  name: Nullable(Type.String()),
  country: Nullable(Type.String()),
})
const Group = Type.Object({ key: Type.String(), label: Type.String() })

export const EstimateRuleSchema = Type.Enum(ESTIMATE_RULES, {
  description:
    "latest_reliable: latest figure of the most reliable source within 30 days (default); most_conservative: the lowest of sources' latest; highest_credible: the highest of named sources' latest; median_latest: the median of sources' latest",
})

export const Estimate = Type.Object(
  {
    rule: EstimateRuleSchema,
    rule_name: Type.String(),
    as_of: Type.String({ description: 'the latest report weighed' }),
    low: Type.Number(),
    best: Type.Number(),
    high: Type.Union([Type.Number(), Type.Null()], { description: 'null: no upper bound ("more than 860")' }),
    source_key: Nullable(Type.String()),
    point: Type.String({ description: 'key of the point the best figure comes from' }),
    weighed: Type.Integer({ description: "how many sources' latest figures were weighed" }),
    reason: Type.String(),
  },
  { description: 'low, best and high by the series rule, with a one-sentence reason' },
)

export const SeriesSummary = Type.Object({
  id: Type.Integer(),
  topic_id: Type.Integer(),
  title: Type.String(),
  kind: Type.Enum(['cumulative', 'incident']),
  since_date: Nullable(Type.String()),
  pinned: Type.Boolean(),
  metric: Type.Enum(METRICS),
  group: Group,
  place: Place,
  claim_count: Type.Integer(),
  point_count: Type.Integer(),
  source_count: Type.Integer(),
  first_date: Nullable(Type.String()),
  last_date: Nullable(Type.String()),
  latest: Nullable(
    Type.Object({
      low: Type.Number(),
      high: Nullable(Type.Number()),
      qualifier: Nullable(Type.Enum(QUALIFIERS)),
      source: Nullable(Type.String()),
      as_of: NullableDay,
    }),
  ),
  previous_low: Nullable(Type.Number()),
  change: Nullable(Type.Object({ abs: Type.Number(), pct: Nullable(Type.Number()) })),
  disagreement_count: Type.Integer(),
  revision_count: Type.Integer(),
  spark: Type.Array(Type.Object({ as_of: Type.String(), low: Type.Number() }), {
    description: 'the highest figure of each of the last report days, for a sparkline',
  }),
  estimate_rule: EstimateRuleSchema,
  estimate: Nullable(Estimate),
  updated_at: Timestamp,
})

export const Topic = Type.Object({
  id: Type.Integer(),
  metric: Type.Enum(METRICS),
  group: Group,
  place: Place,
  series: Type.Array(SeriesSummary),
})

export const SeriesQuery = Type.Object(
  {
    metric: Type.Optional(Type.String({ description: 'one metric or several, comma-separated' })),
    place: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'division ("Idlib", "Idleb"), country name or ISO3 code (all its places), place key, or part of a name',
      }),
    ),
    group: Type.Optional(Type.String({ maxLength: 200 })),
    source: Type.Optional(Type.String({ maxLength: 200 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    has_disagreement: Type.Optional(Type.Boolean()),
    updated_since: Type.Optional(Type.String({ format: 'date-time' })),
    pinned: Type.Optional(Type.Boolean()),
    topic_id: Type.Optional(Id),
    limit: PageLimit(200),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)

/** What changed since a date, for the series the overview's filters select. */
export const ChangesQuery = Type.Object(
  {
    since: IsoDate,
    metric: SeriesQuery.properties.metric,
    place: SeriesQuery.properties.place,
    group: SeriesQuery.properties.group,
    source: SeriesQuery.properties.source,
    from: SeriesQuery.properties.from,
    to: SeriesQuery.properties.to,
    has_disagreement: SeriesQuery.properties.has_disagreement,
    pinned: SeriesQuery.properties.pinned,
    topic_id: SeriesQuery.properties.topic_id,
  },
  { additionalProperties: false },
)

export const TopicQuery = Type.Object(
  {
    ...SeriesQuery.properties,
    cursor: Type.Optional(Type.Integer({ minimum: 0, description: 'offset of the next page, as returned' })),
  },
  { additionalProperties: false },
)

const SeriesPoint = Type.Object({
  key: Type.String(),
  source_key: Nullable(Type.String()),
  source_name: Type.String(),
  as_of: NullableDay,
  low: Type.Number(),
  high: Nullable(Type.Number()),
  qualifier: Type.Enum(QUALIFIERS),
  repeated_on: Type.Array(Type.String()),
  citations: Type.Integer(),
  claim_ids: Type.Array(Type.Integer()),
  verified: Type.Boolean(),
  denied: Type.Boolean(),
  change: Nullable(
    Type.Object({
      abs: Type.Number(),
      pct: Nullable(Type.Number()),
      per_day: Nullable(Type.Number()),
      days: Nullable(Type.Number()),
    }),
  ),
  quotes: Type.Array(
    Type.Object({
      claim_id: Type.Integer(),
      quote: Type.String(),
      article_id: Nullable(Type.Integer()),
      article_title: Nullable(Type.String()),
      outlet: Nullable(Type.String()),
      url: Nullable(Type.String()),
      published: NullableDay,
      start: Nullable(Type.Integer()),
      end: Nullable(Type.Integer()),
    }),
  ),
})

export const FlagKindSchema = Type.Enum(FLAG_KINDS, {
  description:
    "jump: a rise far faster than the series' usual daily rate; late: first reported long after its date",
})

export const FlagExplanation = Type.Object({
  note: Type.String(),
  by: Type.String(),
  at: Type.String({ format: 'date-time' }),
})

export const SeriesFlag = Type.Object(
  {
    kind: FlagKindSchema,
    point: Type.String({ description: 'key of the flagged point (or incident)' }),
    source_key: Nullable(Type.String()),
    source_name: Type.String(),
    date: Type.String({ description: 'the date the figure is about' }),
    reason: Type.String(),
    explained: Nullable(FlagExplanation),
  },
  { description: 'a figure to look at twice: a jump or a late report' },
)

export const FlagExplainBody = Type.Object(
  {
    kind: FlagKindSchema,
    point: Type.String({ minLength: 1, maxLength: 1000 }),
    note: Type.String({ minLength: 1, maxLength: 2000, description: 'why the flag is not a problem' }),
  },
  { additionalProperties: false },
)

export const SeriesRange = Type.Object(
  {
    from: Nullable(IsoDate),
    to: Nullable(IsoDate),
    points_in_range: Type.Integer(),
    points_sent: Type.Integer(),
    decimated: Type.Boolean({ description: 'true when fewer points are sent than the range holds' }),
    disagreements_found: Type.Integer({ description: 'disagreeing pairs among the points sent' }),
    disagreements_sent: Type.Integer({ description: 'of those, the latest 500 at most are listed' }),
  },
  {
    description:
      'present when the answer is paged (a range or max_points was asked for, or the series is long): points come from the stored state, thinned to max_points, with no quotes (GET /api/series/:id/quotes?point=KEY)',
  },
)

/** A range of a long series: what a chart shows. */
export const SeriesDetailQuery = Type.Object(
  {
    window_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, default: 7 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    max_points: Type.Optional(
      Type.Integer({ minimum: 10, maximum: 5000, description: 'at most this many points (default 1,500)' }),
    ),
  },
  { additionalProperties: false },
)

export const PointQuotes = Type.Object({
  key: Type.String(),
  claim_ids: Type.Array(Type.Integer()),
  quotes: SeriesPoint.properties.quotes,
})

export const SeriesDetail = Type.Object({
  series: SeriesSummary,
  range: Type.Optional(SeriesRange),
  sources: Type.Array(Type.Object({ key: Nullable(Type.String()), name: Type.String() })),
  points: Type.Array(SeriesPoint),
  disagreements: Type.Array(
    Type.Object({
      kind: Type.Enum(['range', 'denial']),
      a: Type.String(),
      b: Type.String(),
      days_apart: Type.Number(),
      gap: Nullable(Type.Number()),
      dates: Type.Array(Type.String()),
      reason: Type.String(),
    }),
  ),
  disagreement_groups: Type.Array(
    Type.Object({
      id: Type.String(),
      cause: Type.Enum(CAUSES),
      comparable: Type.Boolean({ description: 'true only for a true conflict' }),
      first: Type.String(),
      last: Type.String(),
      reason: Type.String(),
      pairs: Type.Array(Type.Object({ id: Type.String(), cause: Type.Enum(CAUSES), reason: Type.String() })),
    }),
    { description: 'disagreements grouped per cluster of report dates, each with why the figures differ' },
  ),
  revisions: Type.Array(
    Type.Object({
      source_key: Type.String(),
      from: Type.String(),
      to: Type.String(),
      drop: Type.Number(),
      reason: Type.String(),
    }),
  ),
  increments: Type.Array(
    Type.Object({
      source_key: Nullable(Type.String()),
      from: Type.String(),
      to: Type.String(),
      delta: Type.Number(),
      per_day: Nullable(Type.Number()),
      exact: Type.Boolean(),
    }),
  ),
  flags: Type.Array(SeriesFlag),
})

export const Buckets = Type.Object({
  kind: Type.String(),
  unit: Type.Enum(['day', 'week', 'month']),
  undated: Type.Object(
    { incidents: Type.Integer(), sum: Type.Number() },
    { description: 'incidents with no date: in no bucket and no running total' },
  ),
  buckets: Type.Array(
    Type.Object({
      start: Type.String(),
      end: Type.String(),
      sum: Type.Number(),
      sum_high: Nullable(Type.Number()),
      running_total: Type.Number(),
      incidents: Type.Integer(),
    }),
  ),
})

export const Changes = Type.Object({
  since: Timestamp,
  new_points: Type.Array(
    Type.Object({
      series_id: Type.Integer(),
      series_title: Type.String(),
      point: Type.Object({
        key: Type.String(),
        source_name: Type.String(),
        as_of: NullableDay,
        low: Type.Number(),
        high: Nullable(Type.Number()),
        qualifier: Type.Enum(QUALIFIERS),
        change: SeriesPoint.properties.change,
      }),
    }),
  ),
  biggest_moves: Type.Array(
    Type.Object({
      series_id: Type.Integer(),
      series_title: Type.String(),
      source_name: Type.String(),
      from: Type.Number(),
      to: Type.Number(),
      abs: Type.Number(),
      pct: Nullable(Type.Number()),
    }),
  ),
  new_disagreements: Type.Array(
    Type.Object({
      series_id: Type.Integer(),
      series_title: Type.String(),
      reason: Type.String(),
      kind: Type.String(),
    }),
  ),
})

export const SeriesPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    pinned: Type.Optional(Type.Boolean()),
    estimate_rule: Type.Optional(Nullable(EstimateRuleSchema)),
  },
  { additionalProperties: false, minProperties: 1 },
)

/** An editorial operation on a series: its audit-log entry, without the actor's id and the note. */
export const Operation = Type.Pick(HistoryEntry, ['id', 'action', 'actor', 'at', 'before', 'after'])

export const SourceItem = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  country: Nullable(Type.String()),
  claim_count: Type.Integer(),
  aliases: Type.Array(Type.Object({ id: Type.Integer(), alias: Type.String() })),
})

export const SourceCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    key: Type.Optional(Type.String({ pattern: '^[a-z0-9:_.-]{1,100}$' })),
    kind: Type.Optional(
      Type.Enum(['un', 'government', 'military', 'monitor', 'ngo', 'media', 'health', 'other']),
    ),
    country: Type.Optional(Nullable(Type.String({ pattern: '^[A-Za-z]{3}$' }))),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 100 })),
  },
  { additionalProperties: false },
)

export const EstimateQuery = Type.Object(
  {
    at: Type.Optional(IsoDate),
    rule: Type.Optional(EstimateRuleSchema),
    window_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, default: 30 })),
  },
  { additionalProperties: false },
)

export const SourceGrade = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  grade: Nullable(Type.Enum(GRADES)),
  grade_note: Nullable(Type.String()),
  graded_by: Nullable(Type.String()),
  graded_at: NullableTimestamp,
})

export const SourceGradeBody = Type.Object(
  {
    grade: Nullable(
      Type.Enum(GRADES, {
        description:
          'NATO/Admiralty: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged; null clears it',
      }),
    ),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
)

export const TrackRecord = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  grade: Nullable(Type.Enum(GRADES)),
  grade_note: Nullable(Type.String()),
  graded_by: Nullable(Type.String()),
  claims: Type.Integer(),
  figures: Type.Integer({ description: 'distinct figures, rejected claims left out' }),
  revised_down: Type.Integer({ description: 'times it later reported lower than its own earlier figure' }),
  revised_down_share: Nullable(Type.Number()),
  conflicts: Type.Integer({ description: 'true conflicts (not another period, group, place or unit)' }),
  conflicts_with: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), count: Type.Integer() })),
  median_lag_days: Nullable(Type.Number({ description: 'days from the figure date to publication' })),
  rounding: Type.Enum(['hundreds', 'tens', 'exact', 'unknown']),
  round_hundreds_share: Nullable(Type.Number()),
  median_distance_from_best: Nullable(
    Type.Number({ description: "median |figure - series' later best estimate| / best, as a fraction" }),
  ),
  verified_share: Nullable(Type.Number()),
  rejected_share: Nullable(Type.Number()),
})
