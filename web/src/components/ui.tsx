import type {
  AllHTMLAttributes,
  ButtonHTMLAttributes,
  ComponentChildren,
  InputHTMLAttributes,
  JSX,
  PartialSelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { isMissingRoute, type Loaded } from '../hooks.ts'
import { errorMessage } from '../lib/api.ts'
import { changeDirection, describeFigure, formatChange, formatFigure, formatStatus } from '../lib/format.ts'
import type { Change, Figure, SeriesLatest, Status } from '../lib/types.ts'

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

/** A section headed by an h2 (with the id the section is labelled by). */
export function Section(props: {
  id: string
  title: ComponentChildren
  class?: string
  children: ComponentChildren
}) {
  return (
    <section class={props.class} aria-labelledby={props.id}>
      <h2 id={props.id} class="card-title">
        {props.title}
      </h2>
      {props.children}
    </section>
  )
}

/** A section's h2 (with the id the section is labelled by), an optional note under it, and its controls. */
export function SectionHead(props: {
  id: string
  title: string
  note?: ComponentChildren
  children?: ComponentChildren
}) {
  const title = (
    <h2 id={props.id} class="card-title">
      {props.title}
    </h2>
  )
  return (
    <div class="section-head">
      {props.note ? (
        <div>
          {title}
          <p class="muted small section-note">{props.note}</p>
        </div>
      ) : (
        title
      )}
      {props.children}
    </div>
  )
}

/**
 * What loaded data shows before it is there: a spinner on the first load, and the error with a retry.
 * `missing` replaces the error when the server has no such route yet.
 */
export function LoadStatus(props: {
  load: Pick<Loaded<unknown>, 'data' | 'error' | 'loading' | 'reload'>
  label?: string
  missing?: ComponentChildren
}) {
  const { load } = props
  if (load.loading && !load.data) return <Loading label={props.label} />
  if (!load.error) return null
  if (props.missing && isMissingRoute(load.error)) return <>{props.missing}</>
  return <ErrorNotice error={load.error} onRetry={load.reload} />
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

type Labelled = { label: string; hint?: string; fieldClass?: string }
type Bound = {
  value: string
  onValue: (value: string) => void
  /** Report the value when it is committed (the change event) rather than as it is typed. */
  lazy?: boolean
}
type ControlAttrs<A> = Omit<A, 'id' | 'value' | 'onInput' | 'onChange' | 'aria-describedby' | 'role'>

/** What a field gives its control: the id, the hint, the value, and the handler that reports changes. */
function bound(id: string, hintId: string | undefined, props: Bound) {
  const report = (e: { currentTarget: { value: string } }) => props.onValue(e.currentTarget.value)
  return {
    id,
    'aria-describedby': hintId,
    value: props.value,
    ...(props.lazy ? { onChange: report } : { onInput: report }),
  }
}

/**
 * A labelled input bound to a string; other props (type, required, maxLength, ref…) go to the input,
 * and children (a datalist) follow it.
 */
export function InputField(
  props: Labelled &
    Bound &
    ControlAttrs<AllHTMLAttributes<HTMLInputElement>> & { children?: ComponentChildren },
) {
  const { label, hint, fieldClass, value, onValue, lazy, children, ...input } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => (
        <>
          <input {...bound(id, hintId, props)} {...(input as InputHTMLAttributes)} />
          {children}
        </>
      )}
    </Field>
  )
}

/** A labelled textarea bound to a string. */
export function TextAreaField(
  props: Labelled & Bound & ControlAttrs<TextareaHTMLAttributes<HTMLTextAreaElement>>,
) {
  const { label, hint, fieldClass, value, onValue, lazy, ...textarea } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => <textarea {...bound(id, hintId, props)} {...textarea} />}
    </Field>
  )
}

/** A labelled select bound to a string (reported on change); its options are the children. */
export function SelectField(
  props: Labelled &
    Omit<Bound, 'lazy'> &
    ControlAttrs<PartialSelectHTMLAttributes<HTMLSelectElement>> & { children: ComponentChildren },
) {
  const { label, hint, fieldClass, value, onValue, children, ...select } = props
  return (
    <Field label={label} hint={hint} class={fieldClass}>
      {(id, hintId) => (
        <select {...bound(id, hintId, { value, onValue, lazy: true })} {...select}>
          {children}
        </select>
      )}
    </Field>
  )
}

/** One option per item: its value (the item itself by default) and its label (the value by default). */
export function Options<T>(props: {
  items: readonly T[]
  value?: (item: T) => string
  label?: (item: T) => ComponentChildren
}) {
  const value = props.value ?? String
  return (
    <>
      {props.items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {props.label ? props.label(item) : value(item)}
        </option>
      ))}
    </>
  )
}

/** A checkbox with its label after it. */
export function Check(props: {
  checked: boolean
  onValue: (checked: boolean) => void
  disabled?: boolean
  title?: string
  children: ComponentChildren
}) {
  return (
    <label class="check" title={props.title}>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      {props.children}
    </label>
  )
}

/** A form's submit button and Cancel, then anything else (a note). */
export function FormActions(props: {
  submit: string
  disabled?: boolean
  onCancel: () => void
  children?: ComponentChildren
}) {
  return (
    <div class="editor-actions">
      <button type="submit" class="btn btn-primary" disabled={props.disabled}>
        {props.submit}
      </button>
      <button type="button" class="btn btn-ghost" onClick={props.onCancel}>
        Cancel
      </button>
      {props.children}
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

/** Runs an action and toasts `done` when it worked, or the error when not; resolves to whether it worked. */
export async function attempt(action: () => Promise<unknown>, done?: string): Promise<boolean> {
  try {
    await action()
    if (done) toast(done)
    return true
  } catch (err) {
    toast(errorMessage(err), 'error')
    return false
  }
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

/** Under a list read a page at a time: the button that loads the next page, while there is one. */
export function LoadMore(props: {
  pages: { hasMore: boolean; loadMore: () => Promise<void> }
  children: ComponentChildren
}) {
  if (!props.pages.hasMore) return null
  return (
    <div class="more">
      <button type="button" class="btn" onClick={() => void attempt(props.pages.loadMore)}>
        {props.children}
      </button>
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
