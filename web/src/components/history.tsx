import { formatDateTime } from '../lib/format.ts'
import { useHistory } from '../lib/queries.ts'
import { ErrorNotice, Loading } from './ui.tsx'

function show(v: unknown): string {
  if (v === null || v === undefined) return '–'
  if (typeof v === 'string') return v || '–'
  return JSON.stringify(v)
}

/** What an entry changed: "low: 360 → 380" for each field that differs. */
export function diffLines(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return []
  const skip = new Set(['version', 'updated_at', 'created_at'])
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  return Object.keys({ ...b, ...a })
    .filter((k) => !skip.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`)
}

/** A claim's or article's audit trail: who did what, when, and what changed. */
export function History(props: { path: string }) {
  const h = useHistory(props.path)
  if (h.loading && !h.data) return <Loading label="Loading history…" />
  if (h.error) return <ErrorNotice error={h.error} onRetry={h.reload} />
  const items = h.data?.items ?? []
  if (!items.length) return <p class="muted small">No changes recorded.</p>
  return (
    <ol class="history">
      {items.map((e) => (
        <li key={e.id}>
          <span class="history-action">{e.action}</span> by <span class="history-actor">{e.actor}</span>{' '}
          <time dateTime={e.at} class="muted">
            {formatDateTime(e.at)}
          </time>
          {e.note ? <div class="history-note">“{e.note}”</div> : null}
          {diffLines(e.before, e.after).length ? (
            <ul class="history-diff">
              {diffLines(e.before, e.after).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
