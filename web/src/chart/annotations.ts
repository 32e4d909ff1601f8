// Editors' dated notes drawn on the figures chart: a dashed line on the day, numbered as in the list under
// the chart (and in the brief), so a note never hides a figure behind its text.
import type { ChartOptions } from 'chart.js'
import { Chart } from 'chart.js'
// The lines are typed loosely: the plugin's option types send tsc into endless recursion.
import annotationPlugin from 'chartjs-plugin-annotation'
import type { Annotation } from '../lib/types.ts'
import { dayMs } from './series-data.ts'

Chart.register(annotationPlugin)

const INK = '#6b4e16'

/** The chart's options with the notes drawn; the scale stretches to take in notes outside the figures. */
export function withAnnotations(
  options: ChartOptions<'line'>,
  notes: Annotation[],
  range: { from?: string; to?: string } = {},
): ChartOptions<'line'> {
  if (!notes.length) return options
  const lines: Record<string, object> = {}
  notes.forEach((n, i) => {
    lines[`note${n.id}`] = {
      type: 'line',
      xMin: dayMs(n.on),
      xMax: dayMs(n.on),
      borderColor: INK,
      borderWidth: 1.5,
      borderDash: [4, 3],
      label: {
        display: true,
        content: String(i + 1),
        position: 'end',
        // Notes a few days apart would print their numbers over each other: step them down.
        yAdjust: (i % 3) * 20,
        backgroundColor: INK,
        color: '#ffffff',
        font: { size: 11, weight: 'bold' },
        padding: { x: 5, y: 2 },
        borderRadius: 3,
      },
    }
  })
  const x = { ...(options.scales?.x ?? {}) } as { min?: number; max?: number }
  const days = notes.map((n) => dayMs(n.on))
  const pad = 5 * 86_400_000
  if (!range.from && typeof x.min === 'number') x.min = Math.min(x.min, Math.min(...days) - pad)
  if (!range.to && typeof x.max === 'number') x.max = Math.max(x.max, Math.max(...days) + pad)
  const out = { ...options, scales: { ...options.scales, x } } as ChartOptions<'line'>
  out.plugins = { ...options.plugins, annotation: { annotations: lines } } as typeof out.plugins
  return out
}
