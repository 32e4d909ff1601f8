import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { ArticleOrigin } from '../components/article-origin.tsx'
import { FigureFields, MetricQualifierFields } from '../components/claim-fields.tsx'
import {
  Badge,
  ClaimFacts,
  ErrorNotice,
  FigureText,
  FormActions,
  InputField,
  Loading,
  Notice,
  PageHeader,
  Section,
  StatusBadge,
  TextAreaField,
  toast,
} from '../components/ui.tsx'
import { useLoad, useSubmit, useTitle } from '../hooks.ts'
import { errorMessage, get, post } from '../lib/api.ts'
import { formatDate, formatDateTime, formatMetric, formatPlace, formatQualifier } from '../lib/format.ts'
import { buildHash, type Query } from '../lib/route.ts'
import { guessFigure, locateQuote, type Span, segments } from '../lib/text.ts'
import type { ArticleDetail, Claim, ClaimListItem, Page } from '../lib/types.ts'
import { navigate } from '../router.ts'
import { useCan } from '../session.ts'

interface Selection {
  start: number
  end: number
  quote: string
}

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
  const claims = useLoad(
    (signal) =>
      get<Page<ClaimListItem>>(
        `/api/claims?article_id=${props.id}&include_projected=true&sort=id&limit=500`,
        signal,
      ),
    [props.id],
  )
  useTitle(article.data?.title ?? `Article ${props.id}`)
  const selectedId = Number(props.query.claim) || null
  const textRef = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<Selection | null>(null)
  const [adding, setAdding] = useState<Selection | null>(null)

  const a = article.data
  const list = claims.data?.items ?? []
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

  return (
    <section class="page article-page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="#/articles">Articles</a>
        <span aria-hidden="true">/</span>
        <span>Article {a.id}</span>
      </nav>
      <PageHeader
        title={a.title ?? `Article ${a.id}`}
        subtitle={
          <span class="series-meta">
            <span>{a.outlet ?? 'no outlet'}</span>
            <span>{a.published ? formatDate(a.published) : 'date unknown'}</span>
            <span>
              {list.length} claim{list.length === 1 ? '' : 's'}
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
            {claims.data && !list.length ? (
              <p class="muted small">The extractor found no figure here.</p>
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

function ClaimCard(props: { claim: ClaimListItem; articleId: number }) {
  const c = props.claim
  return (
    <section class="card side-card claim-card" aria-labelledby="claim-card-title">
      <div class="side-card-head">
        <h2 id="claim-card-title" class="card-title">
          Claim {c.id}
        </h2>
        <StatusBadge status={c.status} />
      </div>
      <p class="claim-card-figure">
        <FigureText figure={c} class="claim-figure" />{' '}
        <span class={`metric-chip metric-${c.metric}`}>{formatMetric(c.metric)}</span> {c.who}
      </p>
      <ClaimFacts
        items={[
          ['Source', c.source ?? '–'],
          ['Qualifier', formatQualifier(c.qualifier)],
          ['Place', formatPlace(c.location, c.country)],
          ['As of', formatDate(c.as_of)],
        ]}
      />
      <div class="claim-actions">
        <a
          class="btn btn-small"
          href={buildHash(['review'], { claim: c.id, status: c.status === 'pending' ? undefined : 'all' })}
        >
          Open in review queue
        </a>
        {c.series_id ? (
          <a class="btn btn-small btn-ghost" href={buildHash(['series', c.series_id])}>
            Its series
          </a>
        ) : null}
        {c.denied ? <Badge kind="danger">denied</Badge> : null}
      </div>
    </section>
  )
}

function AddClaim(props: {
  article: ArticleDetail
  selection: Selection
  onCancel: () => void
  onAdded: (c: Claim) => void
}) {
  const guess = guessFigure(props.selection.quote)
  const [quote, setQuote] = useState(props.selection.quote)
  const [figure, setFigure] = useState({
    metric: /injur|wound/i.test(quote)
      ? 'injured'
      : /displac|fled|flee/i.test(quote)
        ? 'displaced'
        : 'killed',
    qualifier: guess?.qualifier ?? 'exact',
    low: guess ? String(guess.low) : '',
    high: guess?.high !== null && guess?.high !== undefined ? String(guess.high) : '',
  })
  const setField = (k: keyof typeof figure, v: string) => setFigure((f) => ({ ...f, [k]: v }))
  const [who, setWho] = useState('')
  const [source, setSource] = useState('')
  const [asOf, setAsOf] = useState(props.article.published ?? '')
  const { submit, error, busy } = useSubmit(async () => {
    const keepsOffsets = quote === props.selection.quote && props.selection.end > props.selection.start
    const created = await post<Claim>('/api/claims', {
      article_id: props.article.id,
      quote,
      ...(keepsOffsets ? { start: props.selection.start, end: props.selection.end } : {}),
      metric: figure.metric,
      qualifier: figure.qualifier,
      low: Number(figure.low),
      high: figure.high === '' ? null : Number(figure.high),
      ...(who.trim() ? { who: who.trim() } : {}),
      source: source.trim() || null,
      as_of: asOf || null,
    })
    toast(`Added claim ${created.id}.`)
    props.onAdded(created)
  })

  return (
    <Section id="add-claim-title" class="card side-card add-claim" title="Add a claim">
      <form class="stack" onSubmit={submit}>
        <TextAreaField
          label="Quote (exact words of the article)"
          rows={3}
          required
          maxLength={2000}
          value={quote}
          onValue={setQuote}
        />
        <div class="form-row">
          <MetricQualifierFields metric={figure.metric} qualifier={figure.qualifier} set={setField} />
        </div>
        <div class="form-row">
          <FigureFields low={figure.low} high={figure.high} set={setField} />
        </div>
        <InputField
          label="Who"
          hint="civilians, people, Turkish soldiers…"
          type="text"
          value={who}
          onValue={setWho}
        />
        <InputField label="Source (who says so)" type="text" value={source} onValue={setSource} />
        <InputField label="As of" type="date" value={asOf} onValue={setAsOf} />
        {error ? <Notice kind="error">{errorMessage(error)}</Notice> : null}
        <FormActions submit={busy ? 'Adding…' : 'Add claim'} disabled={busy} onCancel={props.onCancel} />
      </form>
    </Section>
  )
}
