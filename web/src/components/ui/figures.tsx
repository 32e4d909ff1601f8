// Figures and their marks: a claim's figure, a series' latest one and change, badges, sparklines.
import type { ComponentChildren } from 'preact'
import {
  changeDirection,
  describeFigure,
  formatChange,
  formatFigure,
  formatMetric,
  formatStatus,
} from '../../lib/format.ts'
import type { Change, Figure, Metric, SeriesLatest, Status } from '../../lib/types.ts'

export function FigureText(props: { figure: Figure; class?: string }) {
  return (
    <span class={`figure ${props.class ?? ''}`} title={describeFigure(props.figure)}>
      {formatFigure(props.figure)}
    </span>
  )
}

/** A series' latest figure (with no qualifier, read as exact), or a dash when there is none. */
export function LatestFigure(props: { latest: SeriesLatest | null; class: string; emptyClass?: string }) {
  const latest = props.latest
  if (!latest) return <span class={props.emptyClass ?? props.class}>–</span>
  return <FigureText figure={{ ...latest, qualifier: latest.qualifier ?? 'exact' }} class={props.class} />
}

export function ChangeText(props: { change: Change | null | undefined; compact?: boolean }) {
  const dir = changeDirection(props.change)
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : ''
  return (
    <span class={`change change-${dir}`}>
      {arrow ? (
        <span aria-hidden="true" class="change-arrow">
          {arrow}
        </span>
      ) : null}
      {formatChange(props.change)}
    </span>
  )
}

/** A metric's name on its tint: the chip paints with the metric's pair of tokens (--m-killed, --m-killed-ink). */
export function MetricChip(props: { metric: Metric }) {
  const m = props.metric
  return (
    <span class="metric-chip" style={{ '--metric': `var(--m-${m})`, '--metric-ink': `var(--m-${m}-ink)` }}>
      {formatMetric(m)}
    </span>
  )
}

export function Badge(props: { kind?: string; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge badge-${props.kind ?? 'neutral'}`} title={props.title}>
      {props.children}
    </span>
  )
}

export function StatusBadge(props: { status: Status }) {
  const kind = props.status === 'verified' ? 'success' : props.status === 'rejected' ? 'danger' : 'pending'
  return <Badge kind={kind}>{formatStatus(props.status)}</Badge>
}

/** A claim's facts, as terms and values: `[["Source", "UNHCR"], ["As of", "2 May 2024"]]`. */
export function ClaimFacts(props: { items: [string, ComponentChildren][] }) {
  return (
    <dl class="claim-facts">
      {props.items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** A tiny line of values, drawn as SVG (no canvas per tile). */
export function Sparkline(props: { values: number[]; color?: string; label?: string }) {
  const w = 120
  const h = 32
  const v = props.values
  if (v.length < 2) return <span class="sparkline-empty" aria-hidden="true" />
  const min = Math.min(...v, 0)
  const max = Math.max(...v)
  const span = max - min || 1
  const pts = v.map((y, i) => ({
    x: (i / (v.length - 1)) * (w - 4) + 2,
    y: h - 3 - ((y - min) / span) * (h - 6),
  }))
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
  const last = pts.at(-1) ?? { x: 2, y: h - 3 }
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={props.label ?? 'trend'}
    >
      <path d={`${d} L${last.x.toFixed(1)},${h - 1} L2,${h - 1} Z`} class="sparkline-area" />
      <path d={d} class="sparkline-line" stroke={props.color} />
      <circle cx={last.x} cy={last.y} r="2.5" class="sparkline-dot" fill={props.color} />
    </svg>
  )
}
