import { ErrorNotice, FigureText, LoadMore, MetricChip, Section, StatusBadge } from '../../components/ui.tsx'
import { usePages } from '../../hooks.ts'
import { get } from '../../lib/api.ts'
import { formatNumber } from '../../lib/format.ts'
import { apiQuery, buildHash } from '../../lib/route.ts'
import type { ArticleDetail, ClaimListItem, Page } from '../../lib/types.ts'

/** All the article's claims, 500 a page: a long report can hold thousands. */
export function useArticleClaims(id: number) {
  return usePages(`/api/claims?article_id=${id}`, (cursor: string | null, signal?: AbortSignal) =>
    get<Page<ClaimListItem>>(
      `/api/claims${apiQuery({ article_id: id, include_projected: 'true', sort: 'id', limit: 500, cursor })}`,
      signal,
    ),
  )
}

/** The side list of the article's claims, the one opened marked. */
export function ArticleClaims(props: {
  article: ArticleDetail
  claims: ReturnType<typeof useArticleClaims>
  selectedId: number | null
  unread: string | null
}) {
  const { article: a, claims, selectedId, unread } = props
  const list = claims.items
  return (
    <Section id="claims-title" class="card side-card" title="Claims in this article">
      {claims.error ? <ErrorNotice error={claims.error} onRetry={claims.reload} /> : null}
      {!claims.loading && !list.length ? (
        <p class="muted small">
          {unread
            ? `No figure read: Tally does not read ${unread} yet.`
            : 'The extractor found no figure here.'}
        </p>
      ) : null}
      <ul class="article-claims">
        {list.map((c) => (
          <li key={c.id} class={c.id === selectedId ? 'current' : undefined}>
            <a href={buildHash(['articles', a.id], { claim: c.id })} class="article-claim-link">
              <FigureText figure={c} />
              <MetricChip metric={c.metric} />
              <span class="article-claim-who">{c.who}</span>
            </a>
            <StatusBadge status={c.status} />
          </li>
        ))}
      </ul>
      {claims.hasMore ? (
        <>
          <p class="muted small">
            Showing {formatNumber(list.length)} of {formatNumber(a.claim_count)}; the text marks those shown.
          </p>
          <LoadMore pages={claims}>Show more claims</LoadMore>
        </>
      ) : null}
    </Section>
  )
}
