import { useEffect, useState } from 'preact/hooks'
import { ArticleOrigin } from '../components/article-origin.tsx'
import { ErrorNotice, Loading, Notice, PageHeader, toast } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { formatDate, formatDateTime, formatNumber, unreadLanguage } from '../lib/format.ts'
import { useArticle } from '../lib/queries.ts'
import { buildHash, type Query } from '../lib/route.ts'
import { navigate } from '../router.ts'
import { useCan } from '../session.ts'
import { AddClaim, type Selection } from './article/add-claim.tsx'
import { ArticleClaims, useArticleClaims } from './article/article-claims.tsx'
import { ArticleText, useArticlePieces } from './article/article-text.tsx'
import { ClaimCard } from './article/claim-card.tsx'
import { ArticleDetailsForm } from './article/details-form.tsx'
import { NearDuplicates } from './article/near-duplicates.tsx'

export function ArticlePage(props: { id: number; query: Query }) {
  const editor = useCan('editor')
  const article = useArticle(props.id)
  const claims = useArticleClaims(props.id)
  const [editingDetails, setEditingDetails] = useState(false)
  useTitle(article.data?.title ?? `Article ${props.id}`)
  const selectedId = Number(props.query.claim) || null
  const [adding, setAdding] = useState<Selection | null>(null)

  const a = article.data
  const list = claims.items
  const pieces = useArticlePieces(a, list)

  // Opened at a quote (from the chart or the review queue): scroll to it and focus it.
  useEffect(() => {
    if (!selectedId || !pieces.length) return
    const mark = document.getElementById(`claim-${selectedId}`)
    if (mark) {
      mark.scrollIntoView({ block: 'center' })
      mark.focus({ preventScroll: true })
    }
  }, [selectedId, pieces.length])

  if (article.loading && !a) return <Loading label="Loading the article…" />
  if (article.error) {
    return (
      <section class="page">
        <PageHeader title={`Article ${props.id}`} />
        <ErrorNotice error={article.error} onRetry={article.reload} />
      </section>
    )
  }
  if (!a) return null
  const selected = list.find((c) => c.id === selectedId)
  const unread = unreadLanguage(a)

  return (
    <section class="page article-page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="#/articles">Articles</a>
        <span aria-hidden="true">/</span>
        <span>Article {a.id}</span>
      </nav>
      <PageHeader
        title={a.title ?? `Article ${a.id}`}
        actions={
          editor && !editingDetails ? (
            <button type="button" class="btn" onClick={() => setEditingDetails(true)}>
              Edit details
            </button>
          ) : null
        }
        subtitle={
          <span class="series-meta">
            <span>{a.outlet ?? 'no outlet'}</span>
            <span>{a.published ? formatDate(a.published) : 'date unknown'}</span>
            <span>
              {formatNumber(a.claim_count)} claim{a.claim_count === 1 ? '' : 's'}
            </span>
            {a.url ? (
              <a href={a.url} target="_blank" rel="noopener noreferrer nofollow">
                Original ↗
              </a>
            ) : null}
            <ArticleOrigin id={a.id} />
          </span>
        }
      />
      {editingDetails ? (
        <ArticleDetailsForm
          article={a}
          onCancel={() => setEditingDetails(false)}
          onSaved={(saved) => {
            setEditingDetails(false)
            toast(`Saved the details of article ${saved.id}.`)
            article.reload()
            claims.reload()
          }}
        />
      ) : null}
      {unread ? (
        <Notice kind="warning">
          This article is in {unread}, which Tally does not read yet: no figure was looked for in it. Add its
          claims by hand.
        </Notice>
      ) : null}
      {a.duplicate_of ? (
        <Notice kind="warning">
          A near-duplicate of <a href={buildHash(['articles', a.duplicate_of])}>article {a.duplicate_of}</a>
          {a.duplicate_score !== null ? ` (similarity ${Math.round(a.duplicate_score * 100)}%)` : ''}; its
          figures are counted once.
        </Notice>
      ) : null}
      <div class="article-grid">
        <ArticleText
          article={a}
          claims={list}
          pieces={pieces}
          selectedId={selectedId}
          editor={editor}
          onAdd={setAdding}
        />
        <aside class="article-side" aria-label="Claims and links">
          {selected ? <ClaimCard claim={selected} articleId={a.id} /> : null}
          {adding ? (
            <AddClaim
              article={a}
              selection={adding}
              onCancel={() => setAdding(null)}
              onAdded={(c) => {
                setAdding(null)
                claims.reload()
                navigate(buildHash(['articles', a.id], { claim: c.id }), { replace: true })
              }}
            />
          ) : editor ? (
            <button
              type="button"
              class="btn btn-block"
              onClick={() => setAdding({ start: 0, end: 0, quote: '' })}
            >
              Add a claim by hand
            </button>
          ) : null}
          <ArticleClaims article={a} claims={claims} selectedId={selectedId} unread={unread} />
          <NearDuplicates article={a} />
          <p class="muted small">
            Added {formatDateTime(a.ingested_at)}
            {a.language ? ` · language ${a.language}` : ''}
          </p>
        </aside>
      </div>
    </section>
  )
}
