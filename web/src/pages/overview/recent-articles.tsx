import { ErrorNotice } from '../../components/ui.tsx'
import { formatAgo } from '../../lib/format.ts'
import { useArticleList } from '../../lib/queries.ts'
import { buildHash } from '../../lib/route.ts'
import { ChangeList, SideCard } from './side-card.tsx'

export function RecentArticles() {
  const articles = useArticleList({ limit: 5 })
  const now = new Date()
  return (
    <SideCard
      id="recent-title"
      title="Recently added"
      action={
        <a class="btn btn-small btn-ghost" href="#/articles">
          All articles
        </a>
      }
    >
      {articles.error ? <ErrorNotice error={articles.error} onRetry={articles.reload} /> : null}
      {articles.data && !articles.data.items.length ? <p class="muted small">No articles yet.</p> : null}
      <ChangeList
        items={articles.data?.items ?? []}
        itemKey={(a) => a.id}
        href={(a) => buildHash(['articles', a.id])}
        text={(a) => a.title ?? `Article ${a.id}`}
        line={(a) =>
          `${a.outlet ?? 'no outlet'} · ${a.claim_count} claim${a.claim_count === 1 ? '' : 's'} · added ${formatAgo(a.ingested_at, now)}`
        }
      />
    </SideCard>
  )
}
