import { DataTable, num } from '../components/data-table.tsx'
import { TextFilter } from '../components/filters.tsx'
import { Badge, Empty, ErrorNotice, Loading, LoadMore, PageHeader } from '../components/ui.tsx'
import { usePages, useTitle } from '../hooks.ts'
import { get } from '../lib/api.ts'
import { formatAgo, formatDate } from '../lib/format.ts'
import { apiQuery, buildHash, type Query } from '../lib/route.ts'
import type { ArticleSummary, Page } from '../lib/types.ts'
import { useCan } from '../session.ts'

export function ArticlesPage(props: { query: Query }) {
  useTitle('Articles')
  const editor = useCan('editor')
  const q = props.query
  const articles = usePages(
    `/api/articles${apiQuery({ q: q.q, outlet: q.outlet })}`,
    (after: number | null, signal?: AbortSignal) =>
      get<Page<ArticleSummary, number>>(
        `/api/articles${apiQuery({ q: q.q, outlet: q.outlet, limit: 50, cursor: after })}`,
        signal,
      ),
  )
  const items = articles.items

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
      {articles.loading ? <Loading label="Loading articles…" /> : null}
      {articles.error ? <ErrorNotice error={articles.error} onRetry={articles.reload} /> : null}
      {!articles.loading && !articles.error && !items.length ? (
        <Empty title="No article matches.">{editor ? <a href="#/articles/new">Add articles</a> : null}</Empty>
      ) : null}
      {items.length ? (
        <DataTable columns={['Title', 'Outlet', 'Published', num('Claims'), 'Added']}>
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
        </DataTable>
      ) : null}
      <LoadMore pages={articles}>Load more articles</LoadMore>
    </section>
  )
}
