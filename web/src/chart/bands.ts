// Where a figure is an interval, the chart shows its band: a range between its bounds, "about" ±10%
// (the API's reading, api/series/intervals.ts), "up to" from zero, and "at least" open to the top of
// the chart. Drawn under the lines, faint, in each source's colour, from one report to the next.
import type { Plugin } from 'chart.js'
import type { PlotPoint } from './series-data.ts'

const APPROX_BAND = 0.1

/** The values a plotted figure allows; Infinity for no upper bound. Null: a single value. */
export function bandOf(p: PlotPoint): { low: number; high: number } | null {
  switch (p.q) {
    case 'range':
      return p.high !== null && p.high > p.low ? { low: p.low, high: p.high } : null
    case 'approx':
      return { low: p.low * (1 - APPROX_BAND), high: p.low * (1 + APPROX_BAND) }
    case 'at_most':
      return { low: 0, high: p.high ?? p.low }
    case 'at_least':
    case 'vague':
      return { low: p.low, high: Number.POSITIVE_INFINITY }
    default:
      return null
  }
}

function fade(color: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color
  const n = Number.parseInt(color.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

export const bandsPlugin: Plugin<'line'> = {
  id: 'tallyBands',
  beforeDatasetsDraw(chart) {
    const y = chart.scales.y
    if (!y) return
    const { ctx, chartArea } = chart
    const pixel = (v: number) =>
      Number.isFinite(v) ? Math.max(chartArea.top, y.getPixelForValue(v)) : chartArea.top
    ctx.save()
    chart.data.datasets.forEach((ds, di) => {
      const meta = chart.getDatasetMeta(di)
      if (!chart.isDatasetVisible(di) || meta.type !== 'line') return
      const data = ds.data as unknown as PlotPoint[]
      ctx.fillStyle = fade((ds.borderColor as string) ?? '#333333', 0.12)
      meta.data.forEach((el, i) => {
        const p = data[i]
        const band = p && !p.denied ? bandOf(p) : null
        if (!band) return
        // Each band runs to the next report of the source (or a marker's width at the last one).
        const next = meta.data[i + 1]
        const right = next ? next.x : el.x + 8
        const top = pixel(band.high)
        const bottom = pixel(band.low)
        ctx.fillRect(el.x - 4, top, right - el.x + 4, Math.max(1, bottom - top))
      })
    })
    ctx.restore()
  },
}
