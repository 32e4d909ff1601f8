import { useEffect, useState } from 'preact/hooks'
import { TextFilter } from '../components/filters.tsx'
import { Badge, Empty, ErrorNotice, Loading, PageHeader, toast } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { errorMessage, get } from '../lib/api.ts'
import { formatAgo, formatDate } from '../lib/format.ts'
import { apiQuery, buildHash, type Query } from '../lib/route.ts'
import type { ArticleSummary, Page } from '../lib/types.ts'
import { useCan } from '../session.ts'

export function ArticlesPage(props: { query: Query }) {
  useTitle('Articles')
  const editor = useCan('editor')
  const q = props.query
  const [items, setItems] = useState<ArticleSummary[]>([])
  const [cursor, setCursor] = useState<number | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>(null)
  const [tick, setTick] = useState(0)
  const fetchPage = (after: number | null, signal?: AbortSignal) =>
    get<Page<ArticleSummary, number>>(
      `/api/articles${apiQuery({ q: q.q, outlet: q.outlet, limit: 50, cursor: after })}`,
      signal,
    )

  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    setError(null)
    fetchPage(null, controller.signal).then(
      (page) => {
        setItems(page.items)
        setCursor(page.next_cursor)
        setLoading(false)
      },
      (err) => {
        if (controller.signal.aborted) return
        setError(err)
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [q.q, q.outlet, tick])

  const now = new Date()
  return (
    <section class="page">
      <PageHeader
        title="Articles"
        subtitle="Everything Tally has read, newest first."
        actions={
          editor ? (
            <a class="btn btn-primary" href="#/articles/new">
              Add articles
            </a>
          ) : null
        }
      />
      <form class="filters card" aria-label="Filter articles" onSubmit={(e) => e.preventDefault()}>
        <TextFilter label="Search" name="q" query={q} placeholder="Words of the title or text" class="grow" />
        <TextFilter label="Outlet" name="outlet" query={q} placeholder="Arab News…" />
      </form>
      {loading ? <Loading label="Loading articles…" /> : null}
      {error ? <ErrorNotice error={error} onRetry={() => setTick((t) => t + 1)} /> : null}
      {!loading && !error && !items.length ? (
        <Empty title="No article matches.">{editor ? <a href="#/articles/new">Add articles</a> : null}</Empty>
      ) : null}
      {items.length ? (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col" class="num">
                  Claims
                </th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={buildHash(['articles', a.id])}>{a.title ?? `Article ${a.id}`}</a>
                    {a.duplicate_of ? (
                      <>
                        {' '}
                        <Badge kind="warning" title={`Near-duplicate of article ${a.duplicate_of}`}>
                          duplicate
                        </Badge>
                      </>
                    ) : null}
                  </td>
                  <td>{a.outlet ?? <span class="muted">–</span>}</td>
                  <td class="nowrap">
                    {a.published ? formatDate(a.published) : <span class="muted">unknown</span>}
                  </td>
                  <td class="num">{a.claim_count}</td>
                  <td class="nowrap muted">{formatAgo(a.ingested_at, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor ? (
        <div class="more">
          <button
            type="button"
            class="btn"
            onClick={() =>
              fetchPage(cursor).then(
                (page) => {
                  setItems((old) => [...old, ...page.items])
                  setCursor(page.next_cursor)
                },
                (err) => toast(errorMessage(err), 'error'),
              )
            }
          >
            Load more articles
          </button>
        </div>
      ) : null}
    </section>
  )
}
