// The chart as a picture to paste into a brief as it is: its title, the chart, a legend of sources with
// the key to the markers, the sources and dates it covers, and where and when it came from.
import type { Chart } from 'chart.js'
import { formatDate } from '../lib/format.ts'

export interface PngCaption {
  title: string
  /** The sources drawn, with their colours. */
  sources: { name: string; color: string }[]
  /** First and last report date shown. */
  from: string | null
  to: string | null
  /** Editors' notes drawn on the chart, numbered as there. */
  notes?: { on: string; note: string }[]
}

/** How each marker reads, as the chart draws them (series-chart.ts). */
export const QUALIFIER_KEY = '● exact   ▲ at least   ▼ at most   ○ about   ┃ range   faded: vague'

/** The text lines under the chart: the period and sources covered, and the credit with its date. */
export function captionLines(c: PngCaption, exported: Date): string[] {
  const period = c.from && c.to ? `${formatDate(c.from)} – ${formatDate(c.to)}` : 'no dated figure'
  const notes = c.notes?.length
    ? [`Notes: ${c.notes.map((n, i) => `${i + 1}. ${formatDate(n.on)}, ${n.note}`).join('; ')}`]
    : []
  return [
    `Reported ${period}. Sources: ${c.sources.map((s) => s.name).join('; ') || 'none'}.`,
    ...notes,
    `Tally, exported ${formatDate(exported.toISOString().slice(0, 10))}`,
  ]
}

const PAD = 24
const FONT = '"Inter Variable", Inter, system-ui, sans-serif'

/** A PNG (data URL) of the chart with its title above and its legend, key and credit below. */
export function chartPng(chart: Chart, caption: PngCaption, exported: Date): string {
  // No hover box in the picture.
  chart.tooltip?.setActiveElements([], { x: 0, y: 0 })
  chart.update('none')
  const source = chart.canvas
  const ratio = source.width / source.clientWidth || 1
  const width = source.width
  const line = 20 * ratio
  const legendRows = Math.ceil(caption.sources.length / 3)
  const top = PAD * ratio + 28 * ratio
  const lines = captionLines(caption, exported)
  const bottom = (legendRows + 2 + lines.length) * line + PAD * ratio
  const out = document.createElement('canvas')
  out.width = width
  out.height = top + source.height + bottom
  const ctx = out.getContext('2d')!
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.fillStyle = '#18212f'
  ctx.textBaseline = 'top'
  ctx.font = `700 ${18 * ratio}px ${FONT}`
  ctx.fillText(caption.title, PAD * ratio, PAD * ratio, width - 2 * PAD * ratio)
  ctx.drawImage(source, 0, top)

  let y = top + source.height + line / 2
  ctx.font = `${12 * ratio}px ${FONT}`
  const column = (width - 2 * PAD * ratio) / 3
  caption.sources.forEach((s, i) => {
    const x = PAD * ratio + (i % 3) * column
    const rowY = y + Math.floor(i / 3) * line
    ctx.fillStyle = s.color
    ctx.fillRect(x, rowY + 2 * ratio, 12 * ratio, 12 * ratio)
    ctx.fillStyle = '#18212f'
    ctx.fillText(s.name, x + 18 * ratio, rowY, column - 24 * ratio)
  })
  y += legendRows * line
  ctx.fillStyle = '#3d4755'
  ctx.fillText(`Markers: ${QUALIFIER_KEY}`, PAD * ratio, y, width - 2 * PAD * ratio)
  for (const text of lines) {
    y += line
    ctx.fillText(text, PAD * ratio, y, width - 2 * PAD * ratio)
  }
  return out.toDataURL('image/png')
}
