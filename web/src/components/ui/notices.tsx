// What a view says instead of its content: a notice, an error with a retry, loading, nothing yet.
import type { ComponentChildren } from 'preact'
import { isMissingRoute, type Loaded } from '../../hooks.ts'
import { errorMessage } from '../../lib/api.ts'

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
