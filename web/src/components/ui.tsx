import type { ButtonHTMLAttributes, ComponentChildren, JSX } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { errorMessage } from '../lib/api.ts'
import { changeDirection, describeFigure, formatChange, formatFigure, formatStatus } from '../lib/format.ts'
import type { Change, Figure, Status } from '../lib/types.ts'

/** The page's heading; it takes the focus when the view opens, so screen readers announce it. */
export function PageHeader(props: {
  title: string
  subtitle?: ComponentChildren
  actions?: ComponentChildren
  focus?: boolean
}) {
  const h1 = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (props.focus !== false && !document.activeElement?.closest('main'))
      h1.current?.focus({ preventScroll: true })
  }, [props.title, props.focus])
  return (
    <header class="page-header">
      <div>
        <h1 tabIndex={-1} ref={h1}>
          {props.title}
        </h1>
        {props.subtitle ? <p class="page-subtitle">{props.subtitle}</p> : null}
      </div>
      {props.actions ? <div class="page-actions">{props.actions}</div> : null}
    </header>
  )
}

export function Notice(props: {
  kind?: 'info' | 'error' | 'success' | 'warning'
  children: ComponentChildren
  action?: ComponentChildren
}) {
  const kind = props.kind ?? 'info'
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span class="notice-text">{props.children}</span>
      {props.action ? <span class="notice-action">{props.action}</span> : null}
    </div>
  )
}

export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  return (
    <Notice
      kind="error"
      action={
        props.onRetry ? (
          <button type="button" class="btn btn-small" onClick={props.onRetry}>
            Try again
          </button>
        ) : null
      }
    >
      {errorMessage(props.error)}
    </Notice>
  )
}

export function Loading(props: { label?: string }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? 'Loading…'}
    </div>
  )
}

export function Empty(props: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{props.title}</p>
      {props.children ? <div class="empty-body">{props.children}</div> : null}
    </div>
  )
}

export function FigureText(props: { figure: Figure; class?: string }) {
  return (
    <span class={`figure ${props.class ?? ''}`} title={describeFigure(props.figure)}>
      {formatFigure(props.figure)}
    </span>
  )
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

let fieldIds = 0
/** A labelled control: the label, the control (given its id), an optional hint. */
export function Field(props: {
  label: string
  hint?: string
  class?: string
  children: (id: string, describedBy: string | undefined) => JSX.Element
}) {
  const [id] = useState(() => `f${++fieldIds}`)
  const hintId = props.hint ? `${id}-hint` : undefined
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      {props.children(id, hintId)}
      {props.hint ? (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
    </div>
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
  const pts = v.map((y, i) => [(i / (v.length - 1)) * (w - 4) + 2, h - 3 - ((y - min) / span) * (h - 6)])
  const d = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ')
  const last = pts[pts.length - 1]
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={props.label ?? 'trend'}
    >
      <path d={`${d} L${last[0].toFixed(1)},${h - 1} L2,${h - 1} Z`} class="sparkline-area" />
      <path d={d} class="sparkline-line" stroke={props.color} />
      <circle cx={last[0]} cy={last[1]} r="2.5" class="sparkline-dot" fill={props.color} />
    </svg>
  )
}

// Toasts: short confirmations of actions, announced politely.
type Toast = { id: number; text: string; kind: 'success' | 'error' | 'info' }
let toastId = 0
const toastListeners = new Set<(t: Toast[]) => void>()
let toasts: Toast[] = []
export function toast(text: string, kind: Toast['kind'] = 'success'): void {
  const t = { id: ++toastId, text, kind }
  toasts = [...toasts, t].slice(-4)
  for (const l of toastListeners) l(toasts)
  window.setTimeout(
    () => {
      toasts = toasts.filter((x) => x.id !== t.id)
      for (const l of toastListeners) l(toasts)
    },
    kind === 'error' ? 8000 : 4000,
  )
}

export function ToastHost() {
  const [list, setList] = useState<Toast[]>(toasts)
  useEffect(() => {
    toastListeners.add(setList)
    return () => {
      toastListeners.delete(setList)
    }
  }, [])
  return (
    <div class="toasts" aria-live="polite" aria-atomic="false">
      {list.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          {t.text}
        </div>
      ))}
    </div>
  )
}

/** A small inline link-like button. */
export function LinkButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} class={`link-button ${props.class ?? ''}`} />
}

/** Triggers a file download of `content` (a string or a data URL). */
export function download(filename: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const url =
    typeof content === 'string' && content.startsWith('data:')
      ? content
      : URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  if (!url.startsWith('data:')) window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
