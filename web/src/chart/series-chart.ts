// Chart.js configuration for a series: markers by qualifier, open bounds, error bars, disagreements.

import type { Chart, ChartData, ChartOptions, ChartType, Plugin, TooltipItem } from 'chart.js'
import { formatCompact, formatDate, formatIncrement, formatNumber, formatSigned } from '../lib/format.ts'
import type { Bucket, Increment } from '../lib/types.ts'
import { dayMs, type PlotModel, type PlotPoint, tooltipLines } from './series-data.ts'

interface MarksOptions {
  model: PlotModel | null
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    tallyMarks?: MarksOptions
    tallyBackground?: Record<string, never>
  }
}

const DISAGREE = '#C2185B'

function fade(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

/** Fills the canvas white, so the downloaded PNG is not transparent. */
export const backgroundPlugin: Plugin<'line'> = {
  id: 'tallyBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

function arrow(ctx: CanvasRenderingContext2D, x: number, y: number, dir: -1 | 1, color: string) {
  const len = 16
  ctx.strokeStyle = color
  ctx.fillStyle = color
  ctx.lineWidth = 1.5
  ctx.setLineDash([3, 2])
  ctx.beginPath()
  ctx.moveTo(x, y + dir * 7)
  ctx.lineTo(x, y + dir * (7 + len))
  ctx.stroke()
  ctx.setLineDash([])
  const tip = y + dir * (10 + len)
  ctx.beginPath()
  ctx.moveTo(x, tip)
  ctx.lineTo(x - 4, tip - dir * 6)
  ctx.lineTo(x + 4, tip - dir * 6)
  ctx.closePath()
  ctx.fill()
}

/**
 * Draws what Chart.js has no option for: the open bound of "at least"/"at most" (a dashed arrow),
 * the error bar of a range, a cross on denied figures, and a dashed link between disagreeing points.
 */
export const marksPlugin: Plugin<'line'> = {
  id: 'tallyMarks',
  afterDatasetsDraw(chart, _args, options: MarksOptions) {
    const model = options?.model
    if (!model) return
    const { ctx } = chart
    const y = chart.scales.y
    if (!y) return
    const where = new Map<number, { x: number; y: number }>()
    ctx.save()
    chart.data.datasets.forEach((ds, di) => {
      const meta = chart.getDatasetMeta(di)
      if (!chart.isDatasetVisible(di) || meta.type !== 'line') return
      const color = (ds.borderColor as string) ?? '#333'
      const data = ds.data as unknown as PlotPoint[]
      meta.data.forEach((el, i) => {
        const p = data[i]
        if (!p || (el as unknown as { skip?: boolean }).skip) return
        where.set(p.ref, { x: el.x, y: el.y })
        if (p.q === 'at_least') arrow(ctx, el.x, el.y, -1, color)
        else if (p.q === 'at_most') arrow(ctx, el.x, el.y, 1, color)
        else if (p.q === 'range' && p.high !== null) {
          const top = y.getPixelForValue(p.high)
          const bottom = y.getPixelForValue(p.low)
          ctx.strokeStyle = color
          ctx.lineWidth = 2
          ctx.setLineDash([])
          ctx.beginPath()
          ctx.moveTo(el.x, top)
          ctx.lineTo(el.x, bottom)
          ctx.moveTo(el.x - 6, top)
          ctx.lineTo(el.x + 6, top)
          ctx.moveTo(el.x - 6, bottom)
          ctx.lineTo(el.x + 6, bottom)
          ctx.stroke()
        }
        if (p.denied) {
          ctx.strokeStyle = DISAGREE
          ctx.lineWidth = 2
          ctx.beginPath()
          ctx.moveTo(el.x - 7, el.y - 7)
          ctx.lineTo(el.x + 7, el.y + 7)
          ctx.moveTo(el.x + 7, el.y - 7)
          ctx.lineTo(el.x - 7, el.y + 7)
          ctx.stroke()
        }
      })
    })
    for (const d of model.disagreements) {
      const a = where.get(d.a)
      const b = where.get(d.b)
      if (!a || !b) continue
      ctx.strokeStyle = DISAGREE
      ctx.lineWidth = 1.5
      ctx.setLineDash([4, 3])
      ctx.beginPath()
      ctx.moveTo(a.x, a.y)
      ctx.lineTo(b.x, b.y)
      ctx.stroke()
      ctx.setLineDash([])
      const mx = (a.x + b.x) / 2
      const my = (a.y + b.y) / 2
      ctx.fillStyle = DISAGREE
      ctx.beginPath()
      ctx.arc(mx, my, 8, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = '#fff'
      ctx.font = 'bold 11px sans-serif'
      ctx.textAlign = 'center'
      ctx.textBaseline = 'middle'
      ctx.fillText('!', mx, my + 0.5)
    }
    ctx.restore()
  },
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Tick labels: "13 Jun", "Jul", with the year on the first tick and wherever it changes. */
export function tickLabel(ms: number, previous: number | null, unit: string): string {
  const d = new Date(ms)
  const year = d.getFullYear()
  const showYear = previous === null || new Date(previous).getFullYear() !== year
  if (unit === 'year') return String(year)
  const month = MONTHS[d.getMonth()] ?? ''
  if (unit === 'month' || unit === 'quarter') return showYear ? `${month} ${year}` : month
  const day = `${d.getDate()} ${month}`
  return showYear ? `${day} ${year}` : day
}

const timeScale = (min?: number, max?: number) =>
  ({
    type: 'time' as const,
    min,
    max,
    offset: false,
    time: { minUnit: 'day' as const },
    ticks: {
      maxRotation: 0,
      autoSkipPadding: 18,
      callback(this: { chart: Chart }, value: number | string, index: number, ticks: { value: number }[]) {
        const unit = (this.chart.scales.x as unknown as { _unit?: string })._unit ?? 'day'
        return tickLabel(Number(value), ticks[index - 1]?.value ?? null, unit)
      },
    },
    grid: { display: false },
  }) as const

/** A y axis of counts, from zero, with short tick labels ("1.2k"); `more` adds to or overrides it. */
const countScale = <const T extends object>(more: T) => ({
  beginAtZero: true,
  ticks: { precision: 0, callback: (v: number | string) => formatCompact(Number(v)) },
  border: { display: false },
  ...more,
})

/** The tooltip box of every chart. */
const TOOLTIP_BOX = { backgroundColor: 'rgba(24, 33, 47, 0.95)', padding: 10 } as const

/** Some room on both sides of the points, so the first and last markers are not cut. */
export function paddedRange(xs: number[], from?: string, to?: string): { min?: number; max?: number } {
  const lo = from ? dayMs(from) : Math.min(...xs)
  const hi = to ? dayMs(to) : Math.max(...xs)
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return {}
  const pad = Math.max((hi - lo) * 0.06, 5 * 86_400_000)
  return { min: from ? lo : lo - pad, max: to ? hi : hi + pad }
}

/** The reported figures: one line per source, markers shaped by qualifier. */
export function figuresChart(
  model: PlotModel,
  hidden: Set<string>,
  range: { from?: string; to?: string },
  onOpen: (ref: number) => void,
): { data: ChartData<'line', PlotPoint[]>; options: ChartOptions<'line'> } {
  const total = model.points.length
  const data: ChartData<'line', PlotPoint[]> = {
    datasets: model.datasets.map((ds) => ({
      type: 'line' as const,
      label: ds.label,
      data: ds.data,
      hidden: hidden.has(ds.sourceKey),
      borderColor: ds.color,
      backgroundColor: ds.color,
      borderDash: ds.dash,
      borderWidth: 2,
      tension: 0,
      spanGaps: true,
      showLine: ds.connect,
      parsing: false as const,
      normalized: true,
      pointStyle: (c: { raw?: unknown }) =>
        (c.raw as PlotPoint | undefined)?.q === 'at_least' ||
        (c.raw as PlotPoint | undefined)?.q === 'at_most'
          ? 'triangle'
          : 'circle',
      pointRotation: (c: { raw?: unknown }) => ((c.raw as PlotPoint | undefined)?.q === 'at_most' ? 180 : 0),
      pointRadius: (c: { raw?: unknown }) => {
        const p = c.raw as PlotPoint | undefined
        if (!p) return 4
        const citations = model.points[p.ref]?.point.citations ?? 1
        return (total > 400 ? 2.5 : 5) + Math.min(citations - 1, 3)
      },
      pointHoverRadius: 8,
      pointBorderWidth: 2,
      pointBackgroundColor: (c: { raw?: unknown }) => {
        const p = c.raw as PlotPoint | undefined
        if (p?.q === 'approx') return '#ffffff'
        if (p?.q === 'vague') return fade(ds.color, 0.35)
        return ds.color
      },
      pointBorderColor: (c: { raw?: unknown }) =>
        (c.raw as PlotPoint | undefined)?.q === 'vague' ? fade(ds.color, 0.5) : ds.color,
    })),
  }
  const xs = model.datasets.flatMap((d) => d.data.map((p) => p.x))
  const { min, max } = paddedRange(xs, range.from, range.to)
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: total > 300 ? false : { duration: 250 },
    interaction: { mode: 'nearest', intersect: true },
    layout: { padding: { top: 28, right: 12, bottom: 4, left: 4 } },
    scales: {
      x: timeScale(min, max),
      y: countScale({ grace: '12%' }),
    },
    plugins: {
      legend: { display: false },
      decimation: { enabled: total > 1000, algorithm: 'lttb', samples: 400, threshold: 500 },
      tallyMarks: { model },
      tooltip: {
        ...TOOLTIP_BOX,
        boxPadding: 4,
        titleFont: { weight: 'bold' },
        bodySpacing: 3,
        callbacks: {
          title: (items: TooltipItem<'line'>[]) => {
            const p = items[0]?.raw as PlotPoint | undefined
            const ref = p && model.points[p.ref]
            return ref ? tooltipLines(ref).title : ''
          },
          label: (item: TooltipItem<'line'>) => {
            const ref = model.points[(item.raw as PlotPoint).ref]
            return ref ? tooltipLines(ref).body : []
          },
          footer: () => 'Click to open the article at this quote',
        },
        footerFont: { weight: 'normal', size: 11 },
        footerColor: '#b8c2d0',
      },
    },
    onHover: (event, elements) => {
      const target = event.native?.target as HTMLElement | undefined
      if (target) target.style.cursor = elements.length ? 'pointer' : 'default'
    },
    onClick: (_event, elements, chart: Chart) => {
      const el = elements[0]
      if (!el) return
      const p = chart.data.datasets[el.datasetIndex]?.data[el.index] as unknown as PlotPoint | undefined
      if (p) onOpen(p.ref)
    },
  }
  return { data, options }
}

export interface IncrementBar {
  x: number
  y: number
  inc: Increment
  source: string
}

/** Writes over each increment's bar what it is: "+500 between 13 Jun and 20 Aug 2019". */
export const incrementLabelsPlugin: Plugin<'line'> = {
  id: 'tallyIncrementLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.font = '600 11px "Inter Variable", Inter, system-ui, sans-serif'
    ctx.fillStyle = '#18212f'
    ctx.textBaseline = 'bottom'
    chart.data.datasets.forEach((ds, di) => {
      const meta = chart.getDatasetMeta(di)
      if (!chart.isDatasetVisible(di) || meta.type !== 'bar') return
      meta.data.forEach((el, i) => {
        // Only the increments' bars carry an increment (the incidents' bars are sums per period).
        const bar = ds.data[i] as unknown as Partial<IncrementBar> | undefined
        if (!bar?.inc) return
        const text = formatIncrement(bar.inc)
        const width = ctx.measureText(text).width
        // Kept inside the plot: right-aligned to the bar near the right edge.
        const x = Math.min(Math.max(el.x - width / 2, chart.chartArea.left), chart.chartArea.right - width)
        ctx.textAlign = 'left'
        const base = (el as unknown as { base?: number }).base ?? el.y
        ctx.fillText(text, x, Math.min(el.y, base) - 4)
      })
    })
    ctx.restore()
  },
}

/** Between two reports of a cumulative toll: how much it grew, as bars at the later date. */
export function incrementsChart(
  increments: Increment[],
  model: PlotModel,
  names: Map<string, string>,
  hidden: Set<string>,
  range: { from?: string; to?: string },
): { data: ChartData<'line'>; options: ChartOptions<'line'> } {
  const bySource = new Map<string, IncrementBar[]>()
  for (const inc of increments) {
    const key = inc.source_key ?? 'name:unknown'
    const list = bySource.get(key) ?? []
    list.push({ x: dayMs(inc.to), y: inc.delta, inc, source: names.get(key) ?? key })
    bySource.set(key, list)
  }
  const datasets: unknown[] = [...bySource.entries()].map(([key, bars]) => ({
    type: 'bar' as const,
    label: bars[0]?.source ?? key,
    data: bars,
    hidden: hidden.has(key),
    backgroundColor: fade(model.colors.get(key) ?? '#0072B2', 0.8),
    borderColor: model.colors.get(key) ?? '#0072B2',
    borderWidth: 1,
    parsing: false as const,
    maxBarThickness: 28,
    barPercentage: 0.8,
    categoryPercentage: 0.9,
  }))
  // Each increment's interval, as a thin dashed line from the earlier report to the bar.
  for (const [key, bars] of bySource) {
    for (const b of bars) {
      datasets.push({
        type: 'line' as const,
        label: `${b.source} interval`,
        data: [
          { x: dayMs(b.inc.from), y: b.inc.delta },
          { x: b.x, y: b.inc.delta },
        ],
        hidden: hidden.has(key),
        parsing: false as const,
        borderColor: fade(model.colors.get(key) ?? '#0072B2', 0.7),
        borderDash: [4, 3],
        borderWidth: 1.5,
        pointRadius: [3, 0],
        pointBackgroundColor: model.colors.get(key) ?? '#0072B2',
        pointHoverRadius: 0,
        interval: true,
      })
    }
  }
  const xs = increments.flatMap((i) => [dayMs(i.from), dayMs(i.to)])
  const { min, max } = paddedRange(xs, range.from, range.to)
  const data = { datasets } as unknown as ChartData<'line'>
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: 250 },
    layout: { padding: { top: 12, right: 12 } },
    scales: {
      x: timeScale(min, max),
      y: countScale({ grace: '10%' }),
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        ...TOOLTIP_BOX,
        filter: (item) => !(item.dataset as { interval?: boolean }).interval,
        callbacks: {
          title: (items) => {
            const b = items[0]?.raw as unknown as IncrementBar | undefined
            return b ? formatIncrement(b.inc) : ''
          },
          label: (item) => {
            const b = item.raw as unknown as IncrementBar
            const rate = b.inc.per_day !== null ? `, ${formatNumber(b.inc.per_day)} a day` : ''
            return `${b.source}: ${formatSigned(b.inc.delta)}${rate}`
          },
        },
      },
    },
  }
  return { data, options }
}

export interface BucketBar {
  x: number
  y: number
  bucket: Bucket
}

/** Single incidents summed per day, week or month (bars), with the running total (line, right axis). */
export function bucketsChart(
  buckets: Bucket[],
  range: { from?: string; to?: string },
): { data: ChartData<'line'>; options: ChartOptions<'line'> } {
  const bars = buckets.map((b) => ({ x: dayMs(b.start), y: b.sum, bucket: b }))
  const totals = buckets.map((b) => ({ x: dayMs(b.start), y: b.running_total, bucket: b }))
  const data = {
    datasets: [
      {
        type: 'bar' as const,
        label: 'Sum in the period',
        data: bars,
        parsing: false as const,
        backgroundColor: 'rgba(0, 114, 178, 0.75)',
        borderColor: '#0072B2',
        borderWidth: 1,
        maxBarThickness: 36,
        yAxisID: 'y',
      },
      {
        type: 'line' as const,
        label: 'Running total',
        data: totals,
        parsing: false as const,
        borderColor: '#D55E00',
        backgroundColor: '#D55E00',
        borderWidth: 2,
        stepped: 'after' as const,
        pointRadius: buckets.map((b) => (b.incidents ? 3 : 0)),
        yAxisID: 'y2',
      },
    ],
  } as unknown as ChartData<'line'>
  const { min, max } = paddedRange(
    bars.map((b) => b.x),
    range.from,
    range.to,
  )
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: 250 },
    interaction: { mode: 'index', intersect: false },
    layout: { padding: { top: 12, right: 4 } },
    scales: {
      x: timeScale(min, max),
      y: countScale({ position: 'left', title: { display: true, text: 'in the period' } }),
      y2: countScale({
        position: 'right',
        title: { display: true, text: 'running total' },
        grid: { display: false },
      }),
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        ...TOOLTIP_BOX,
        callbacks: {
          title: (items) => {
            const b = (items[0]?.raw as unknown as BucketBar | undefined)?.bucket
            return b
              ? b.start === b.end
                ? formatDate(b.start)
                : `${formatDate(b.start)} – ${formatDate(b.end)}`
              : ''
          },
          label: (item) => {
            const b = (item.raw as unknown as BucketBar).bucket
            return item.datasetIndex === 0
              ? `${formatNumber(b.sum)} in ${b.incidents} incident${b.incidents === 1 ? '' : 's'}`
              : `Running total: ${formatNumber(b.running_total)}`
          },
        },
      },
    },
  }
  return { data, options }
}
