// The three tables Tally exports, column by column: header, type, HXL hashtag, width and meaning, and
// where each value comes from (an SQL expression for claims, a field of a computed row for series).
// Writers (csv.ts, xlsx.ts) know nothing about claims or series: they get the columns and the rows as
// cell values in column order.
import { type SQL, sql } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'
import { articles, claims, outlets, sources, topics } from '../db/schema/index.ts'
import type { Metric } from '../extractor/types.ts'
import { type CellKind, type ColumnInfo, column, type HxlContext } from './column.ts'
import { GEO_COLUMNS } from './geo-columns.ts'

export type { CellKind, ColumnInfo, HxlContext }

export const EXPORT_TABLES = ['claims', 'points', 'summary'] as const
export type TableName = (typeof EXPORT_TABLES)[number]

export type CellValue = string | number | boolean | null
/** Takes a table's rows as cell values in column order. */
export interface RowSink {
  /** One row; the array is the sink's to keep or change. */
  row(cells: CellValue[]): void
  /** Awaited every few hundred rows and after the last: the sink writes out and waits for room. */
  batch(): Promise<void>
}
/** A table's rows: pushes every row into the sink, and resolves when all are in. */
export type RowSource = (sink: RowSink) => Promise<void>

/** A column whose value is an SQL expression over claims and the tables joined to them. */
export interface SqlColumn extends ColumnInfo {
  sql: SQL | PgColumn
}

/** A column whose value is read from a row computed in Tally. */
export interface Column<R> extends ColumnInfo {
  value: (row: R) => CellValue
}

export interface TableDef<C extends ColumnInfo = ColumnInfo> {
  /** The exported tables, and 'changes': the change log written beside a scheduled export. */
  name: TableName | 'changes'
  /** Sheet name in xlsx (at most 31 characters). */
  sheet: string
  title: string
  description: string
  columns: C[]
}

// HXL (https://hxlstandard.org): the humanitarian hashtags a figure of each metric carries.
const METRIC_HXL: Record<Metric, string> = {
  killed: '#affected+killed',
  injured: '#affected+injured',
  casualties: '#affected+casualties',
  displaced: '#affected+displaced',
  refugees: '#affected+refugees',
  missing: '#affected+missing',
  detained: '#affected+detained',
  affected: '#affected+total',
  facilities: '#affected+facilities',
  homes: '#affected+homes',
}

/** The figure's hashtag: per metric when the export holds one metric, else the generic "#affected+num". */
export function figureTag(ctx: HxlContext, ...attributes: string[]): string {
  const only = ctx.metrics?.length === 1 ? ctx.metrics[0] : undefined
  const base = only ? METRIC_HXL[only] : '#affected+num'
  return [base, ...attributes].join('+')
}

export function hxlTag(column: ColumnInfo, ctx: HxlContext): string {
  return typeof column.hxl === 'string' ? column.hxl : column.hxl(ctx)
}

// ---------------------------------------------------------------------------------------------------
// Columns that several tables share; each table adds where the value comes from and, where the
// meaning differs, its own description.

const FIGURE = column('figure', 'number', (c) => figureTag(c), 12)
const LOW = column('low', 'number', (c) => figureTag(c, 'min'), 10)
const HIGH = column('high', 'number', (c) => figureTag(c, 'max'), 10)
const CHANGE = column('change', 'number', (c) => figureTag(c, 'change'), 10)
const METRIC = column('metric', 'text', '#indicator+metric', 11)
const GROUP = column('group', 'text', '#group+name', 18)
const PLACE = column('place', 'text', '#adm1+name', 18)
const SOURCE = column('source', 'text', '#org+reporting', 28)
const AS_OF = column('as_of', 'date', '#date+reported', 12, 'as-of date')
const PERIOD_START = column('period_start', 'date', '#date+start', 12)
const QUALIFIER = {
  ...column('qualifier', 'text', '#meta+qualifier', 10),
  description: 'exact, at_least, approx, at_most, range or vague.',
}
const COUNTRY = { ...column('country', 'text', '#country+code', 8), description: 'ISO 3166-1 alpha-3 code.' }
const CHANGE_PCT = {
  ...column('change_pct', 'number', (c) => figureTag(c, 'change', 'pct'), 10, 'change %'),
  description: 'The change in per cent of the previous figure.',
}
const UNATTRIBUTED = 'The organisation credited (or "an unattributed report").'

// ---------------------------------------------------------------------------------------------------
// Claims: one row per claim, read straight from the database in column order.

export const claimsTable: TableDef<SqlColumn> = {
  name: 'claims',
  sheet: 'Claims',
  title: 'Claims',
  description: 'One row per claim: a figure as one text states it, with who said it, where and when.',
  columns: [
    {
      ...FIGURE,
      description: 'The reported figure (for a range its lower end; for "at least" the bound).',
      sql: claims.low,
    },
    { ...LOW, description: 'Lower bound of the figure.', sql: claims.low },
    {
      ...HIGH,
      description: 'Upper bound; empty for "at least", approximate and vague figures.',
      sql: claims.high,
    },
    { ...QUALIFIER, sql: claims.qualifier },
    {
      ...METRIC,
      description: 'What is counted: killed, injured, displaced, refugees, missing, ...',
      sql: claims.metric,
    },
    {
      ...column('unit', 'text', '#indicator+unit', 10),
      description: 'people, households, facilities or homes.',
      sql: claims.unit,
    },
    {
      ...GROUP,
      description: 'Who is counted, normalised ("children"), or as written when not in a series.',
      sql: sql`coalesce(${topics.groupLabel}, ${claims.who})`,
    },
    {
      ...PLACE,
      description: 'First-level division the figure is about, or the place as written.',
      sql: sql`coalesce(${topics.placeName}, ${claims.location})`,
    },
    { ...COUNTRY, sql: sql`coalesce(${topics.country}, ${claims.geoCountry}, ${claims.country})` },
    ...GEO_COLUMNS,
    {
      ...SOURCE,
      description: 'The organisation credited with the figure.',
      sql: sql`coalesce(${sources.name}, ${claims.source})`,
    },
    {
      ...column('outlet', 'text', '#meta+source', 20),
      description: 'Who published the article.',
      sql: outlets.name,
    },
    {
      ...column('published', 'date', '#date+published', 12, 'publication date'),
      description: 'When the article was published.',
      sql: articles.published,
    },
    { ...AS_OF, description: 'The date the figure holds as of.', sql: claims.asOf },
    {
      ...PERIOD_START,
      description: 'Start of the period a cumulative figure counts from ("since 21 April").',
      sql: claims.sinceDate,
    },
    {
      ...column('status', 'text', '#status+review', 10),
      description: 'Review status: pending, verified or rejected.',
      sql: claims.status,
    },
    {
      ...column('quote', 'text', '#description', 60),
      description: 'The exact words the figure was read from.',
      sql: claims.quote,
    },
    {
      ...column('context', 'text', '#description+context', 20, 'table label'),
      description:
        'For a figure read from a table or a key-figures box: the row or column label it belongs to, when the quote (the cell) does not hold it.',
      sql: claims.context,
    },
    {
      ...column('url', 'text', '#meta+url', 40, 'article URL'),
      description: "The article's address, or the citation of a claim entered by hand.",
      sql: sql`coalesce(${articles.url}, ${claims.citation})`,
    },
    {
      ...column('claim_id', 'integer', '#meta+id', 9),
      description: "Tally's id of the claim (/api/claims/<id>).",
      sql: claims.id,
    },
  ],
}

// ---------------------------------------------------------------------------------------------------
// Series points and summaries share the series' identity columns.

export interface SeriesIdentity {
  seriesId: number
  seriesTitle: string
  kind: string
  metric: string
  group: string
  place: string | null
  country: string | null
  periodStart: string | null
}

function seriesColumns<R extends SeriesIdentity>(): Column<R>[] {
  return [
    {
      ...column('series_id', 'integer', '#meta+series+id', 9),
      description: "Tally's id of the series (/api/series/<id>).",
      value: (r) => r.seriesId,
    },
    {
      ...column('series', 'text', '#meta+series+name', 40),
      description: 'Title of the series: metric, group, place and period.',
      value: (r) => r.seriesTitle,
    },
    {
      ...column('kind', 'text', '#meta+series+type', 11),
      description: 'cumulative (a toll since a date) or incident (single events).',
      value: (r) => r.kind,
    },
    { ...METRIC, description: 'What is counted.', value: (r) => r.metric },
    { ...GROUP, description: 'Who is counted, normalised.', value: (r) => r.group },
    {
      ...PLACE,
      description: 'First-level division (or country) the series is about.',
      value: (r) => r.place,
    },
    { ...COUNTRY, value: (r) => r.country },
    {
      ...PERIOD_START,
      description: 'Start of the period the series counts from.',
      value: (r) => r.periodStart,
    },
  ]
}

export interface PointExportRow extends SeriesIdentity {
  pointKey: string
  source: string
  asOf: string | null
  repeatedOn: string
  low: number
  high: number | null
  qualifier: string
  citations: number
  verified: boolean
  denied: boolean
  change: number | null
  changePct: number | null
  claimIds: string
}

export const pointsTable: TableDef<Column<PointExportRow>> = {
  name: 'points',
  sheet: 'Series points',
  title: 'Series points',
  description:
    "One row per point: one source's figure in a series, first reported on a date and perhaps repeated later.",
  columns: [
    ...seriesColumns<PointExportRow>(),
    { ...SOURCE, description: UNATTRIBUTED, value: (r) => r.source },
    { ...AS_OF, description: 'First date the figure was reported as of.', value: (r) => r.asOf },
    { ...FIGURE, description: 'The reported figure.', value: (r) => r.low },
    { ...LOW, description: 'Lower bound.', value: (r) => r.low },
    { ...HIGH, description: 'Upper bound, when there is one.', value: (r) => r.high },
    { ...QUALIFIER, value: (r) => r.qualifier },
    { ...CHANGE, description: "Change from the same source's previous point.", value: (r) => r.change },
    { ...CHANGE_PCT, value: (r) => r.changePct },
    {
      ...column('citations', 'integer', '#meta+citations', 9),
      description: 'Distinct stories citing the figure (copies of one story count once).',
      value: (r) => r.citations,
    },
    {
      ...column('repeated_on', 'text', '#date+repeated', 22),
      description: 'Later dates the same figure was repeated, separated by "; ".',
      value: (r) => r.repeatedOn,
    },
    {
      ...column('verified', 'boolean', '#status+verified', 9),
      description: 'At least one claim behind the point was verified by an editor.',
      value: (r) => r.verified,
    },
    {
      ...column('denied', 'boolean', '#meta+denied', 8),
      description: 'The source denied this figure.',
      value: (r) => r.denied,
    },
    {
      ...column('claim_ids', 'text', '#meta+id+claims', 14),
      description: 'The claims behind the point, separated by "; ".',
      value: (r) => r.claimIds,
    },
  ],
}

export interface SummaryExportRow extends SeriesIdentity {
  source: string
  asOf: string | null
  low: number
  high: number | null
  qualifier: string
  previous: number | null
  previousAsOf: string | null
  change: number | null
  changePct: number | null
  points: number
  disagreement: boolean
  seriesLatest: boolean
  /** Jump and late-report flags on the source's figures, with analysts' notes. */
  flags: string
  estimateLow: number | null
  estimateBest: number | null
  estimateHigh: number | null
  estimateRule: string | null
  estimateReason: string | null
}

export const summaryTable: TableDef<Column<SummaryExportRow>> = {
  name: 'summary',
  sheet: 'Series summary',
  title: 'Series summary',
  description:
    'One row per series and source: the latest figure, its change, and whether another source disagrees.',
  columns: [
    ...seriesColumns<SummaryExportRow>(),
    { ...SOURCE, description: UNATTRIBUTED, value: (r) => r.source },
    { ...AS_OF, description: "Date of the source's latest figure.", value: (r) => r.asOf },
    { ...FIGURE, header: 'latest figure', description: "The source's latest figure.", value: (r) => r.low },
    {
      ...HIGH,
      description: 'Upper bound of the latest figure, when there is one.',
      value: (r) => r.high,
    },
    { ...QUALIFIER, value: (r) => r.qualifier },
    {
      ...column('previous', 'number', (c) => figureTag(c, 'previous'), 12, 'previous figure'),
      description: "The source's figure before the latest.",
      value: (r) => r.previous,
    },
    {
      ...column('previous_as_of', 'date', '#date+previous', 12, 'previous as-of date'),
      description: 'Date of the previous figure.',
      value: (r) => r.previousAsOf,
    },
    { ...CHANGE, description: 'Latest minus previous figure.', value: (r) => r.change },
    { ...CHANGE_PCT, value: (r) => r.changePct },
    {
      ...column('points', 'integer', '#meta+points', 8),
      description: 'How many distinct figures the source gave in this series.',
      value: (r) => r.points,
    },
    {
      ...column('disagreement', 'boolean', '#meta+disagreement', 13),
      description: "Another source's figure within 7 days cannot be true together with this one.",
      value: (r) => r.disagreement,
    },
    {
      ...column('series_latest', 'boolean', '#meta+latest', 10, 'latest in series'),
      description: "This is the series' headline (most recent) figure.",
      value: (r) => r.seriesLatest,
    },
    {
      ...column('flags', 'text', '#meta+flags', 30),
      description:
        "Figures of this source to look at twice: 'jump' (a rise far faster than the series' usual daily rate) or 'late' (first reported long after its date), each with its date and, once an analyst explained it, the note.",
      value: (r) => r.flags,
    },
    // The series' figure to use (the same on every row of a series), HXL-tagged as the issue of
    // best estimates asks: #affected+min, +best, +max and #meta+rule.
    {
      ...column('estimate_low', 'number', '#affected+min', 12),
      description: "Low of the series' best estimate: the lowest value its chosen figure allows.",
      value: (r) => r.estimateLow,
    },
    {
      ...column('estimate_best', 'number', '#affected+best', 12),
      description: "The series' best estimate by its rule: the figure to use.",
      value: (r) => r.estimateBest,
    },
    {
      ...column('estimate_high', 'number', '#affected+max', 12),
      description: 'High of the best estimate; empty when there is no upper bound ("more than").',
      value: (r) => r.estimateHigh,
    },
    {
      ...column('estimate_rule', 'text', '#meta+rule', 24),
      description: 'The rule that chose the best estimate.',
      value: (r) => r.estimateRule,
    },
    {
      ...column('estimate_reason', 'text', '#description+estimate', 60),
      description: 'Why: the figure, its source and date, and what sets the low and the high.',
      value: (r) => r.estimateReason,
    },
  ],
}

export const TABLES = { claims: claimsTable, points: pointsTable, summary: summaryTable } as const

/** Any of the tables, as the writers see it. */
export type AnyTable = TableDef<ColumnInfo>
