// From the series API to what the chart, its legend, its data table and its CSV show. Pure: no DOM,
// no Chart.js at run time, so the mapping is unit-tested.

import { toCsv } from '../lib/csv.ts'
import { formatDate, formatFigure, formatQualifier } from '../lib/format.ts'
import type { Qualifier, SeriesDetail, SeriesPoint } from '../lib/types.ts'

/**
 * Okabe & Ito's palette, safe for the common colour-vision deficiencies, in an order that reads well on
 * white (the yellow last). Sources get colours in order of first appearance.
 */
export const PALETTE: [string, ...string[]] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
  '#B8A000',
]

/** The `i`th of a list that starts again from its first when `i` runs past its end. */
export function cycle<T>(list: readonly [T, ...T[]], i: number): T {
  return list[i % list.length] ?? list[0]
}

/** Line dashes that tell overlaid series apart (solid for the first). */
export const SERIES_DASHES: [number[], ...number[][]] = [[], [6, 4], [2, 3], [10, 3, 2, 3]]

export interface PlotPoint {
  x: number
  /** Where the marker sits: the figure, the middle of a range. */
  y: number
  low: number
  high: number | null
  q: Qualifier
  denied: boolean
  /** Index into `PlotModel.points`. */
  ref: number
}

export interface PlotDataset {
  label: string
  seriesId: number
  sourceKey: string
  color: string
  dash: number[]
  /** Whether a line joins the points: a running toll yes, single incidents no (they are not a trend). */
  connect: boolean
  data: PlotPoint[]
}

export interface PlotRef {
  seriesId: number
  seriesTitle: string
  point: SeriesPoint
  color: string
}

export interface PlotModel {
  datasets: PlotDataset[]
  points: PlotRef[]
  /** Points without a date: in the table, not on the chart. */
  undated: PlotRef[]
  /** Pairs of `points` indexes that disagree, with the reason. */
  disagreements: { a: number; b: number; kind: string; reason: string; seriesId: number }[]
  /** Overlaid series that count from different dates: the legend says so. */
  mixedPeriods: boolean
  colors: Map<string, string>
}

/** A calendar day as the chart's time: local midnight, so the time axis labels it as that day. */
export function dayMs(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00`).getTime()
}

/** A source's colour key; points without a known source are told apart by name. */
export function sourceKey(p: { source_key: string | null; source_name: string }): string {
  return p.source_key ?? `name:${p.source_name}`
}

/** Where a figure's marker sits on the value axis. */
export function markerValue(p: { low: number; high: number | null; qualifier: Qualifier }): number {
  if (p.qualifier === 'range' && p.high !== null) return (p.low + p.high) / 2
  if (p.qualifier === 'at_most' && p.high !== null) return p.high
  return p.low
}

/** "since 21 Apr 2019", or "incidents" for a series of single events. */
export function periodLabel(series: SeriesDetail['series']): string {
  if (series.kind === 'incident') return 'single incidents'
  return series.since_date ? `since ${formatDate(series.since_date)}` : 'since an unknown date'
}

export function buildPlot(details: SeriesDetail[]): PlotModel {
  const colors = new Map<string, string>()
  const colorOf = (key: string) => {
    let c = colors.get(key)
    if (!c) {
      c = cycle(PALETTE, colors.size)
      colors.set(key, c)
    }
    return c
  }
  const datasets: PlotDataset[] = []
  const points: PlotRef[] = []
  const undated: PlotRef[] = []
  const disagreements: PlotModel['disagreements'] = []
  const periods = new Set(details.map((d) => periodLabel(d.series)))
  const mixedPeriods = periods.size > 1
  details.forEach((detail, si) => {
    const bySource = new Map<string, PlotDataset>()
    const refOfKey = new Map<string, number>()
    const sorted = [...detail.points].sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? ''))
    for (const p of sorted) {
      const key = sourceKey(p)
      const color = colorOf(key)
      const ref: PlotRef = { seriesId: detail.series.id, seriesTitle: detail.series.title, point: p, color }
      if (!p.as_of) {
        undated.push(ref)
        continue
      }
      let ds = bySource.get(key)
      if (!ds) {
        ds = {
          label: details.length > 1 ? `${p.source_name} · ${periodLabel(detail.series)}` : p.source_name,
          seriesId: detail.series.id,
          sourceKey: key,
          color,
          dash: cycle(SERIES_DASHES, si),
          connect: detail.series.kind !== 'incident',
          data: [],
        }
        bySource.set(key, ds)
        datasets.push(ds)
      }
      const index = points.length
      points.push(ref)
      refOfKey.set(p.key, index)
      ds.data.push({
        x: dayMs(p.as_of),
        y: markerValue(p),
        low: p.low,
        high: p.high,
        q: p.qualifier,
        denied: p.denied,
        ref: index,
      })
    }
    for (const d of detail.disagreements) {
      const a = refOfKey.get(d.a)
      const b = refOfKey.get(d.b)
      if (a !== undefined && b !== undefined) {
        disagreements.push({ a, b, kind: d.kind, reason: d.reason, seriesId: detail.series.id })
      }
    }
  })
  return { datasets, points, undated, disagreements, mixedPeriods, colors }
}

/** The hover text of one point: title line and body lines (plain text; Chart.js draws it on the canvas). */
export function tooltipLines(ref: PlotRef): { title: string; body: string[] } {
  const p = ref.point
  const body = [
    `${p.source_name}: ${formatFigure(p)}${p.qualifier === 'exact' ? '' : ` (${formatQualifier(p.qualifier)})`}`,
  ]
  if (p.denied) body.push('Denied by the source')
  const outlets = [...new Set(p.quotes.map((q) => q.outlet).filter((o): o is string => Boolean(o)))]
  if (outlets.length) body.push(`In ${outlets.join(', ')}`)
  if (p.citations > 1) body.push(`Cited ${p.citations} times`)
  if (p.repeated_on.length) body.push(`Repeated on ${p.repeated_on.map(formatDate).join(', ')}`)
  const quote = p.quotes[0]?.quote
  if (quote) body.push(...wrap(`“${quote}”`, 64))
  return { title: p.as_of ? formatDate(p.as_of) : 'no date', body }
}

/** Splits text into lines of at most `width` characters at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export type SortKey = 'date' | 'source' | 'figure' | 'change' | 'citations'

/** The data table's rows in the chosen order (stable; date then source break ties). */
export function sortRefs(refs: PlotRef[], key: SortKey, dir: 'asc' | 'desc'): PlotRef[] {
  const value = (r: PlotRef): number | string => {
    switch (key) {
      case 'source':
        return r.point.source_name.toLowerCase()
      case 'figure':
        return markerValue(r.point)
      case 'change':
        return r.point.change?.abs ?? Number.NEGATIVE_INFINITY
      case 'citations':
        return r.point.citations
      default:
        return r.point.as_of ?? ''
    }
  }
  const sign = dir === 'asc' ? 1 : -1
  return [...refs].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const c = va < vb ? -1 : va > vb ? 1 : 0
    return (
      sign * c ||
      (a.point.as_of ?? '').localeCompare(b.point.as_of ?? '') ||
      a.point.source_name.localeCompare(b.point.source_name)
    )
  })
}

/** Every point as a CSV row, for a spreadsheet. */
export function pointsCsv(refs: PlotRef[]): string {
  return toCsv(
    [
      'series',
      'date',
      'source',
      'figure',
      'qualifier',
      'low',
      'high',
      'change',
      'citations',
      'claim_ids',
      'outlets',
      'quote',
      'urls',
    ],
    refs.map(({ seriesTitle, point: p }) => [
      seriesTitle,
      p.as_of,
      p.source_name,
      formatFigure(p),
      p.qualifier,
      p.low,
      p.high,
      p.change?.abs ?? null,
      p.citations,
      p.claim_ids.join(' '),
      [...new Set(p.quotes.map((q) => q.outlet).filter(Boolean))].join('; '),
      p.quotes[0]?.quote ?? '',
      [...new Set(p.quotes.map((q) => q.url).filter(Boolean))].join(' '),
    ]),
  )
}

/** Figures that disagree with one another, joined into one group (a cluster of report dates). */
export interface DisagreementCluster {
  /** `points` indexes, each once, by date. */
  refs: number[]
  from: string | null
  to: string | null
  kinds: string[]
  pairs: number
}

/**
 * The disagreeing pairs grouped: figures linked by any disagreement form one cluster, so three sources
 * that disagree read as one group of three, not three pairs, and each date is said once.
 */
export function disagreementClusters(model: PlotModel): DisagreementCluster[] {
  const parent = new Map<number, number>()
  const find = (i: number): number => {
    const p = parent.get(i) ?? i
    if (p === i) return i
    const root = find(p)
    parent.set(i, root)
    return root
  }
  for (const d of model.disagreements) {
    const a = find(d.a)
    const b = find(d.b)
    if (a !== b) parent.set(a, b)
  }
  const groups = new Map<number, DisagreementCluster>()
  for (const d of model.disagreements) {
    const root = find(d.a)
    const g = groups.get(root) ?? { refs: [], from: null, to: null, kinds: [], pairs: 0 }
    for (const r of [d.a, d.b]) if (!g.refs.includes(r)) g.refs.push(r)
    if (!g.kinds.includes(d.kind)) g.kinds.push(d.kind)
    g.pairs++
    groups.set(root, g)
  }
  const dateOf = (r: number) => model.points[r]?.point.as_of ?? ''
  return [...groups.values()]
    .map((g) => {
      const refs = [...g.refs].sort((x, y) => dateOf(x).localeCompare(dateOf(y)) || x - y)
      const dates = refs.map(dateOf).filter(Boolean)
      return { ...g, refs, from: dates[0] ?? null, to: dates.at(-1) ?? null }
    })
    .sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''))
}
