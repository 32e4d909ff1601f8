// Exports (api/exports/routes.ts): the shapes the dashboard reads, and pure helpers for the exports page.
import type * as Api from '../../../api/contract.ts'
import { formatMetric, formatStatus } from './format.ts'
import { apiQuery, type Query } from './route.ts'
import { METRICS, STATUSES } from './types.ts'

export const EXPORT_TABLES = ['claims', 'points', 'summary'] as const
export type ExportTable = (typeof EXPORT_TABLES)[number]
export type ExportFormat = Api.ExportSchedule['format']

export const TABLE_LABELS: Record<ExportTable, string> = {
  claims: 'Claims',
  points: 'Series points',
  summary: 'Series summary',
}

export const TABLE_HINTS: Record<ExportTable, string> = {
  claims: 'One row per claim: figure, qualifier, metric, place, source, outlet, dates, status, quote, URL.',
  points: 'One row per point of every series: the figures as charted, by source and date.',
  summary: 'Latest figure per series and source, its change, and whether sources disagree.',
}

// The shapes, type-only from the API's schemas (api/contract.ts).
export type ExportFilters = Api.ExportFilters
export type ExportRun = Api.ExportRun
export type ExportSchedule = Api.ExportSchedule
export type ExportFeed = Api.ExportFeed
export type CreatedFeed = Api.CreatedFeed
export type ExportDestination = Api.ExportDestination
export type DeliveryTestResult = Api.DeliveryTestResult
/** What a schedule's form edits. */
export type ScheduleFields = Omit<
  ExportSchedule,
  'id' | 'active_since' | 'next_run' | 'last_run' | 'created_by' | 'created_at' | 'updated_at'
>

/** The filters of the exports page's URL that an export understands. */
export const FILTER_KEYS = ['metric', 'status', 'place', 'source', 'outlet', 'from', 'to', 'q'] as const

function listOf<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (!value) return undefined
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is T => (allowed as readonly string[]).includes(v))
  return items.length ? [...new Set(items)] : undefined
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The page's query ("#/exports?metric=killed&place=Idlib") as stored filters; unknown values left out. */
export function filtersFromQuery(query: Query): ExportFilters {
  const f: ExportFilters = {}
  const metric = listOf(query.metric, METRICS)
  if (metric) f.metric = metric
  const status = listOf(query.status, STATUSES)
  if (status) f.status = status
  for (const key of ['place', 'source', 'outlet', 'q'] as const) {
    const v = query[key]?.trim()
    if (v) f[key] = v.slice(0, 200)
  }
  if (query.from && DAY.test(query.from)) f.from = query.from
  if (query.to && DAY.test(query.to)) f.to = query.to
  return f
}

/** Stored filters as query parameters of a download (lists comma-separated). */
export function filterParams(f: ExportFilters): Record<string, string | boolean | number | undefined> {
  return {
    metric: f.metric?.join(','),
    status: f.status?.join(','),
    origin: f.origin,
    who: f.who,
    source: f.source,
    outlet: f.outlet,
    place: f.place,
    country: f.country,
    article_id: f.article_id,
    from: f.from,
    to: f.to,
    q: f.q,
    include_projected: f.include_projected || undefined,
  }
}

/** The URL of an export on demand: one table as CSV or xlsx, or several tables as one xlsx. */
export function downloadUrl(
  tables: ExportTable[],
  format: ExportFormat,
  filters: ExportFilters,
  options: { hxl?: boolean; bom?: boolean } = {},
): string {
  const params = {
    ...filterParams(filters),
    hxl: options.hxl || undefined,
    bom: (format === 'csv' && options.bom) || undefined,
  }
  if (tables.length === 1) return `/api/exports/${tables[0]}.${format}${apiQuery(params)}`
  return `/api/exports/export.xlsx${apiQuery({ ...params, tables: tables.join(',') })}`
}

/** Filters in words, one phrase each: ["Killed, Injured", "place “Idlib”", "from 1 Apr 2019"]. */
export function describeFilters(f: ExportFilters): string[] {
  const out: string[] = []
  if (f.metric?.length) out.push(f.metric.map(formatMetric).join(', '))
  if (f.status?.length) out.push(`status ${f.status.map((s) => formatStatus(s).toLowerCase()).join(' or ')}`)
  if (f.origin) out.push(`${f.origin} claims`)
  if (f.who) out.push(`who “${f.who}”`)
  if (f.place) out.push(`place “${f.place}”`)
  if (f.country) out.push(`country ${f.country.toUpperCase()}`)
  if (f.source) out.push(`source “${f.source}”`)
  if (f.outlet) out.push(`outlet “${f.outlet}”`)
  if (f.article_id) out.push(`article ${f.article_id}`)
  if (f.from) out.push(`from ${f.from}`)
  if (f.to) out.push(`to ${f.to}`)
  if (f.q) out.push(`text “${f.q}”`)
  if (f.include_projected) out.push('projections included')
  return out
}

type CronPreset = { cron: string; label: string }
export const CRON_PRESETS: [CronPreset, ...CronPreset[]] = [
  { cron: '0 6 * * *', label: 'Every day at 06:00' },
  { cron: '0 6 * * 1-5', label: 'Weekdays at 06:00' },
  { cron: '0 6 * * 1', label: 'Every Monday at 06:00' },
  { cron: '0 6 1 * *', label: 'The 1st of every month at 06:00' },
  { cron: '0 * * * *', label: 'Every hour' },
]

/** A cron expression in words when it is a known one, else the expression itself. */
export function describeCron(cron: string): string {
  const normal = cron.trim().replace(/\s+/g, ' ')
  return CRON_PRESETS.find((p) => p.cron === normal)?.label ?? `cron ${normal}`
}

/** 850 → "0.9 s", 61_000 → "1 min 1 s"; null → "–". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–'
  if (ms < 100) return '< 0.1 s'
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)} min ${s % 60} s`
}

/** The file name of a run's file ("ngo/idlib-2026-05-01.xlsx" → "idlib-2026-05-01.xlsx"). */
export function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

/** Time zones the browser knows, the given one first when it is missing from the list. */
export function timeZones(current: string): string[] {
  let zones: string[] = []
  try {
    zones = Intl.supportedValuesOf('timeZone')
  } catch {
    zones = []
  }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones]
  return current && !zones.includes(current) ? [current, ...zones] : zones
}

/** The browser's own time zone, or UTC. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}
