import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { ArticleOrigin } from '../components/article-origin.tsx'
import {
  ErrorNotice,
  FigureText,
  Loading,
  LoadMore,
  Notice,
  PageHeader,
  Section,
  StatusBadge,
  toast,
} from '../components/ui.tsx'
import { useLoad, usePages, useTitle } from '../hooks.ts'
import { get } from '../lib/api.ts'
import { formatDate, formatDateTime, formatMetric, formatNumber, unreadLanguage } from '../lib/format.ts'
import { apiQuery, buildHash, type Query } from '../lib/route.ts'
import { locateQuote, type Span, segments } from '../lib/text.ts'
import type { ArticleDetail, ClaimListItem, Page } from '../lib/types.ts'
import { navigate } from '../router.ts'
import { useCan } from '../session.ts'
import { AddClaim, type Selection } from './article/add-claim.tsx'
import { ClaimCard } from './article/claim-card.tsx'
import { ArticleDetailsForm } from './article/details-form.tsx'

/** Character offset of a DOM position inside `root`, counting its text as the article's text. */
function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(root, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

export function ArticlePage(props: { id: number; query: Query }) {
  const editor = useCan('editor')
  const article = useLoad((signal) => get<ArticleDetail>(`/api/articles/${props.id}`, signal), [props.id])
  // All its claims, 500 a page: a long report can hold thousands.
  const claims = usePages(
    (cursor: string | null, signal?: AbortSignal) =>
      get<Page<ClaimListItem>>(
        `/api/claims${apiQuery({ article_id: props.id, include_projected: 'true', sort: 'id', limit: 500, cursor })}`,
        signal,
      ),
    [props.id],
  )
  const [editingDetails, setEditingDetails] = useState(false)
  useTitle(article.data?.title ?? `Article ${props.id}`)
  const selectedId = Number(props.query.claim) || null
  const textRef = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<Selection | null>(null)
  const [adding, setAdding] = useState<Selection | null>(null)

  const a = article.data
  const list = claims.items
  const spans = useMemo(() => {
    if (!a) return []
    const out: Span<ClaimListItem>[] = []
    for (const c of list) {
      const at = locateQuote(a.text, c.quote, c.start, c.end)
      if (at) out.push({ ...at, value: c })
    }
    return out
  }, [a, list])
  const pieces = useMemo(() => (a ? segments(a.text, spans) : []), [a, spans])
  const metricsShown = [...new Set(list.map((c) => c.metric))]

  // Opened at a quote (from the chart or the review queue): scroll to it and focus it.
  useEffect(() => {
    if (!selectedId || !pieces.length) return
    const mark = document.getElementById(`claim-${selectedId}`)
    if (mark) {
      mark.scrollIntoView({ block: 'center' })
      mark.focus({ preventScroll: true })
    }
  }, [selectedId, pieces.length])

  function readSelection() {
    const root = textRef.current
    const sel = window.getSelection()
    if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) {
      setSelection(null)
      return
    }
    const r = sel.getRangeAt(0)
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) {
      setSelection(null)
      return
    }
    let start = offsetIn(root, r.startContainer, r.startOffset)
    let end = offsetIn(root, r.endContainer, r.endOffset)
    const text = a!.text
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    setSelection(end > start ? { start, end, quote: text.slice(start, end) } : null)
  }

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
        <div class="card article-card">
          {metricsShown.length ? (
            <ul class="metric-legend" aria-label="Highlight colours">
              {metricsShown.map((m) => (
                <li key={m}>
                  <span class={`metric-chip metric-${m}`}>{formatMetric(m)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {editor ? (
            <p class="muted small select-hint">
              Select a passage of the text to add a claim the extractor missed.
            </p>
          ) : null}
          {selection && editor ? (
            <section class="selection-bar" aria-label="Selected text">
              <span class="selection-quote">
                “{selection.quote.length > 120 ? `${selection.quote.slice(0, 120)}…` : selection.quote}”
              </span>
              <button
                type="button"
                class="btn btn-primary btn-small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setAdding(selection)
                  setSelection(null)
                }}
              >
                Add claim from selection
              </button>
            </section>
          ) : null}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: selecting text with mouse or keyboard; the form is reachable by button too */}
          <div class="article-text" ref={textRef} onMouseUp={readSelection} onKeyUp={readSelection}>
            {pieces.map((p) =>
              p.span ? (
                <a
                  key={p.start}
                  id={p.start === p.span.start ? `claim-${p.span.value.id}` : undefined}
                  href={buildHash(['articles', a.id], { claim: p.span.value.id })}
                  class={`hl metric-${p.span.value.metric}${p.span.value.id === selectedId ? ' current' : ''} status-${p.span.value.status}`}
                  title={`${formatMetric(p.span.value.metric)}: ${p.span.value.who} (${p.span.value.status})`}
                  data-claim-id={p.span.value.id}
                >
                  {p.text}
                </a>
              ) : (
                <span key={p.start}>{p.text}</span>
              ),
            )}
          </div>
        </div>
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
                    <span class={`metric-chip metric-${c.metric}`}>{formatMetric(c.metric)}</span>
                    <span class="article-claim-who">{c.who}</span>
                  </a>
                  <StatusBadge status={c.status} />
                </li>
              ))}
            </ul>
            {claims.hasMore ? (
              <>
                <p class="muted small">
                  Showing {formatNumber(list.length)} of {formatNumber(a.claim_count)}; the text marks those
                  shown.
                </p>
                <LoadMore pages={claims}>Show more claims</LoadMore>
              </>
            ) : null}
          </Section>
          <Section id="dups-title" class="card side-card" title="Near-duplicates">
            {a.duplicates.length ? (
              <ul class="change-list">
                {a.duplicates.map((d) => (
                  <li key={d.id}>
                    <a href={buildHash(['articles', d.id])}>{d.title ?? `Article ${d.id}`}</a>
                    {d.score !== null ? (
                      <span class="change-line">{Math.round(d.score * 100)}% similar</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted small">No other article repeats this one.</p>
            )}
          </Section>
          <p class="muted small">
            Added {formatDateTime(a.ingested_at)}
            {a.language ? ` · language ${a.language}` : ''}
          </p>
        </aside>
      </div>
    </section>
  )
}
