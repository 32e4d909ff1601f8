// What happened to each uploaded file: its articles (new or already stored), its claims, its errors.
import { formatBytes } from '../../lib/files.ts'
import { buildHash } from '../../lib/route.ts'

export interface FileResult {
  name: string
  size: number
  total: number
  done: number
  created: number
  existing: number
  failed: number
  claims: number
  errors: string[]
  articles: { id: number; title: string | null; status: 'created' | 'existing'; claims: number }[]
  /** Languages of its articles that Tally does not read ("French"). */
  unread?: string[]
  /** A PDF: read on the server, so its one step is the whole wait. */
  pdf?: boolean
}

export function FileResults(props: { results: FileResult[] }) {
  return (
    <ul class="file-results" aria-live="polite">
      {props.results.map((r) => (
        <li
          key={r.name}
          class={`file-result${r.failed || (r.errors.length && !r.total) ? ' has-error' : ''}`}
        >
          <div class="file-line">
            <span class="file-name">{r.name}</span>
            <span class="muted small">{formatBytes(r.size)}</span>
            <span class="spacer" />
            <span class="file-status">{fileStatus(r)}</span>
          </div>
          {r.articles.length === 1 && r.total === 1 && r.articles[0] ? (
            <a class="small" href={buildHash(['articles', r.articles[0].id])}>
              Open article {r.articles[0].id}
            </a>
          ) : r.articles.length > 1 ? (
            <details class="small">
              <summary>{r.articles.length} articles</summary>
              <ul>
                {r.articles.map((a) => (
                  <li key={a.id}>
                    <a href={buildHash(['articles', a.id])}>{a.title ?? `Article ${a.id}`}</a> ·{' '}
                    {a.status === 'created' ? `${a.claims} claims` : 'duplicate'}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {r.unread?.length ? (
            <p class="small file-unread">
              In {[...new Set(r.unread)].join(', ')}, which Tally does not read yet: no figure was looked for.
            </p>
          ) : null}
          {r.errors.length ? (
            <ul class="file-errors">
              {r.errors.slice(0, 5).map((e) => (
                <li key={e}>{e}</li>
              ))}
              {r.errors.length > 5 ? <li>and {r.errors.length - 5} more</li> : null}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function fileStatus(r: FileResult): string {
  if (!r.total) return r.errors.length ? 'error' : 'nothing to add'
  if (r.done < r.total) return r.pdf ? 'reading the PDF…' : `${r.done} of ${r.total}…`
  if (r.total === 1) {
    if (r.created) return `${r.claims} claim${r.claims === 1 ? '' : 's'} found`
    if (r.existing) return 'duplicate: already stored'
    return r.pdf ? 'refused' : 'error'
  }
  const parts = [`${r.created} new (${r.claims} claim${r.claims === 1 ? '' : 's'})`]
  if (r.existing) parts.push(`${r.existing} duplicate${r.existing === 1 ? '' : 's'}`)
  if (r.failed) parts.push(`${r.failed} failed`)
  return parts.join(', ')
}
