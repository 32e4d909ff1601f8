import { useEffect, useRef, useState } from 'preact/hooks'
import { ClaimContext } from '../components/claim-context.tsx'
import { ClaimEditor } from '../components/claim-editor.tsx'
import { MetricFilter, TextFilter } from '../components/filters.tsx'
import { History } from '../components/history.tsx'
import {
  Badge,
  Check,
  ClaimFacts,
  Empty,
  ErrorNotice,
  FigureText,
  Loading,
  LoadMore,
  Options,
  PageHeader,
  SelectField,
  StatusBadge,
  toast,
} from '../components/ui.tsx'
import { useLatest, usePages, useTitle } from '../hooks.ts'
import { eachLimit, errorMessage, get, post } from '../lib/api.ts'
import { formatConfidence, formatDate, formatMetric, formatPlace, formatQualifier } from '../lib/format.ts'
import { apiQuery, buildHash, type Query } from '../lib/route.ts'
import type { ArticleDetail, Claim, ClaimListItem, Page } from '../lib/types.ts'
import { setQuery } from '../router.ts'
import { useCan } from '../session.ts'

const textCache = new Map<number, string | null>()

/** The texts of the articles the claims come from, for each claim's sentence (cached across views). */
function useArticleTexts(items: ClaimListItem[]): Map<number, string | null> {
  const [texts, setTexts] = useState(() => new Map(textCache))
  const ids = [...new Set(items.map((c) => c.article_id).filter((id): id is number => id !== null))].filter(
    (id) => !textCache.has(id),
  )
  const key = ids.join(',')
  useEffect(() => {
    if (!ids.length) return
    let live = true
    void eachLimit(ids, 4, async (id) => {
      try {
        textCache.set(id, (await get<ArticleDetail>(`/api/articles/${id}`)).text)
      } catch {
        textCache.set(id, null)
      }
      if (live) setTexts(new Map(textCache))
    })
    return () => {
      live = false
    }
  }, [key])
  return texts
}

/** What each review action sets a claim's status to, its words, and the look of its button. */
const REVIEW = {
  verify: { status: 'verified', label: 'Verify', done: 'Verified', class: 'btn-success' },
  reject: { status: 'rejected', label: 'Reject', done: 'Rejected', class: 'btn-danger-ghost' },
  reopen: { status: 'pending', label: 'Reopen', done: 'Reopened', class: 'btn-ghost' },
} as const
type ReviewAction = keyof typeof REVIEW

/** The shortcuts only editors have, as the toolbar lists them. */
const EDITOR_KEYS = [
  ['v', 'verify'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['x', 'select'],
] as const

const STATUS_CHOICES = [
  ['pending', 'Pending'],
  ['verified', 'Verified'],
  ['rejected', 'Rejected'],
  ['all', 'All'],
] as const

export function ReviewPage(props: { query: Query }) {
  useTitle('Review queue')
  const q = props.query
  const editor = useCan('editor')
  const status = q.status ?? 'pending'
  const filterKey = JSON.stringify([status, q.metric, q.place, q.q, q.articles])
  const [active, setActive] = useState(0)
  const [checked, setChecked] = useState<Set<number>>(new Set())
  const [editing, setEditing] = useState<number | null>(null)
  const [historyOpen, setHistoryOpen] = useState<Set<number>>(new Set())
  const [busy, setBusy] = useState<Set<number>>(new Set())
  const listRef = useRef<HTMLOListElement>(null)
  const fetchPage = (after: string | null, signal?: AbortSignal) =>
    get<Page<ClaimListItem>>(
      `/api/claims${apiQuery({
        status: status === 'all' ? undefined : status,
        metric: q.metric,
        place: q.place,
        q: q.q,
        articles: q.articles,
        sort: status === 'pending' ? 'confidence' : '-id',
        limit: 50,
        cursor: after,
      })}`,
      signal,
    )
  const claims = usePages(fetchPage, [filterKey], async (page, signal) => {
    let list = page.items
    const wanted = Number(q.claim)
    if (wanted && !list.some((c) => c.id === wanted)) {
      // A link to one claim shows it first, even if the filters would not.
      try {
        const one = await get<
          Claim & { article: { title: string | null; url: string | null; outlet: string | null } | null }
        >(`/api/claims/${wanted}`)
        list = [
          {
            ...one,
            outlet: one.article?.outlet ?? null,
            article_title: one.article?.title ?? null,
            article_url: one.article?.url ?? null,
          },
          ...list,
        ]
      } catch {}
    }
    if (!signal.aborted) {
      setActive(
        Math.max(
          0,
          list.findIndex((c) => c.id === wanted),
        ),
      )
      setChecked(new Set())
      setEditing(null)
    }
    return list
  })
  const items = claims.items
  const texts = useArticleTexts(items)

  const replace = (c: Claim) => claims.update((list) => list.map((x) => (x.id === c.id ? { ...x, ...c } : x)))

  async function review(ids: number[], action: ReviewAction) {
    if (!ids.length) return
    setBusy((b) => new Set([...b, ...ids]))
    try {
      if (ids.length === 1) {
        replace(await post<Claim>(`/api/claims/${ids[0]}/${action}`))
      } else {
        const r = await post<{ items: Claim[] }>('/api/claims/review', { ids, status: REVIEW[action].status })
        for (const c of r.items) replace(c)
        setChecked(new Set())
      }
      const done = REVIEW[action].done
      toast(ids.length === 1 ? `${done} claim ${ids[0]}.` : `${done} ${ids.length} claims.`)
    } catch (err) {
      toast(errorMessage(err), 'error')
    } finally {
      setBusy((b) => new Set([...b].filter((id) => !ids.includes(id))))
    }
  }

  const focusRow = (i: number) => {
    const row = listRef.current?.querySelectorAll<HTMLElement>('.claim-row')[i]
    row?.focus({ preventScroll: true })
    row?.scrollIntoView({ block: 'nearest' })
  }
  // Keyboard shortcuts: j/k move, v verify, r reject, e edit, x select, o open the article.
  const state = useLatest({ items, active, editing, editor, checked })
  const move = (i: number) => {
    const next = Math.max(0, Math.min(state.current.items.length - 1, i))
    setActive(next)
    focusRow(next)
  }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const t = e.target as HTMLElement
      if (t.closest('input, textarea, select, [contenteditable], .claim-editor')) return
      const s = state.current
      const c = s.items[s.active]
      switch (e.key) {
        case 'j':
          move(s.active + 1)
          break
        case 'k':
          move(s.active - 1)
          break
        case 'v':
          if (s.editor && c && c.status !== 'verified')
            void review([c.id], 'verify').then(() => move(s.active + 1))
          break
        case 'r':
          if (s.editor && c && c.status !== 'rejected')
            void review([c.id], 'reject').then(() => move(s.active + 1))
          break
        case 'e':
          if (s.editor && c) setEditing(c.id)
          break
        case 'x':
          if (s.editor && c) toggle(c.id)
          break
        case 'o':
          if (c?.article_id) window.location.hash = buildHash(['articles', c.article_id], { claim: c.id })
          break
        default:
          return
      }
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const toggle = (id: number) =>
    setChecked((old) => {
      const next = new Set(old)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const checkedIds = [...checked]
  const allChecked = items.length > 0 && items.every((c) => checked.has(c.id))

  return (
    <section class="page review-page">
      <PageHeader
        title="Review queue"
        subtitle={
          status === 'pending'
            ? 'Pending claims, least confident first. Every action is recorded in the claim’s history.'
            : 'Claims by review status.'
        }
      />
      <form class="filters card" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          value={status}
          onValue={(v) => setQuery({ status: v === 'pending' ? null : v, claim: null })}
        >
          <Options items={STATUS_CHOICES} value={([v]) => v} label={([, l]) => l} />
        </SelectField>
        <MetricFilter query={q} />
        <TextFilter label="Place" name="place" query={q} placeholder="Idlib, SYR…" />
        <TextFilter label="Search" name="q" query={q} placeholder="Quote, who, source…" class="grow" />
      </form>
      <div class="review-toolbar">
        <div class="shortcuts">
          <span class="visually-hidden">Keyboard shortcuts:</span>
          <span>
            <kbd>j</kbd>
            <kbd>k</kbd> move
          </span>
          {editor
            ? EDITOR_KEYS.map(([key, what]) => (
                <span key={key}>
                  <kbd>{key}</kbd> {what}
                </span>
              ))
            : null}
          <span>
            <kbd>o</kbd> open article
          </span>
        </div>
        {editor ? (
          <div class="bulk">
            <Check
              checked={allChecked}
              disabled={!items.length}
              onValue={(on) => setChecked(on ? new Set(items.map((c) => c.id)) : new Set())}
            >
              Select all shown
            </Check>
            <button
              type="button"
              class="btn btn-primary btn-small"
              disabled={!checkedIds.length}
              onClick={() => void review(checkedIds, 'verify')}
            >
              Verify selected{checkedIds.length ? ` (${checkedIds.length})` : ''}
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={!checkedIds.length}
              onClick={() => void review(checkedIds, 'reject')}
            >
              Reject selected
            </button>
          </div>
        ) : (
          <p class="muted small readonly-note">You can read the queue; reviewing needs the editor role.</p>
        )}
      </div>
      {claims.loading ? <Loading label="Loading claims…" /> : null}
      {claims.error ? <ErrorNotice error={claims.error} onRetry={claims.reload} /> : null}
      {!claims.loading && !claims.error && !items.length ? (
        <Empty title={status === 'pending' ? 'Nothing waits for review.' : 'No claim matches these filters.'}>
          {status === 'pending' ? 'New articles bring new claims; add some or check again later.' : null}
        </Empty>
      ) : null}
      <ol class="claim-list" ref={listRef} aria-label="Claims">
        {items.map((c, i) => (
          <li
            key={c.id}
            class={`claim-row card${i === active ? ' active' : ''} status-${c.status}`}
            tabIndex={i === active ? 0 : -1}
            data-claim-id={c.id}
            aria-label={`Claim ${c.id}: ${c.quote}`}
            onFocusIn={() => setActive(i)}
          >
            <div class="claim-head">
              {editor ? (
                <input
                  type="checkbox"
                  class="claim-check"
                  aria-label={`Select claim ${c.id}`}
                  checked={checked.has(c.id)}
                  onChange={() => toggle(c.id)}
                />
              ) : null}
              <FigureText figure={c} class="claim-figure" />
              <span class={`metric-chip metric-${c.metric}`}>{formatMetric(c.metric)}</span>
              <span class="claim-who">{c.who}</span>
              {c.denied ? <Badge kind="danger">denied</Badge> : null}
              {c.projected ? <Badge>projection</Badge> : null}
              <span class="spacer" />
              <span class="confidence" title="How sure the extractor was">
                <span class="confidence-bar" aria-hidden="true">
                  <span class="confidence-fill" style={{ width: `${Math.round(c.confidence * 100)}%` }} />
                </span>
                {formatConfidence(c.confidence)}
              </span>
              <StatusBadge status={c.status} />
            </div>
            {editing === c.id ? (
              <ClaimEditor
                claim={c}
                onSaved={(saved) => {
                  replace(saved)
                  setEditing(null)
                  toast(`Saved claim ${saved.id} (version ${saved.version}).`)
                  focusRow(i)
                }}
                onCancel={() => {
                  setEditing(null)
                  focusRow(i)
                }}
                onConflict={(current) => {
                  replace(current)
                  setEditing(null)
                  window.setTimeout(() => setEditing(current.id))
                }}
              />
            ) : (
              <>
                <ClaimContext
                  quote={c.quote}
                  start={c.start}
                  end={c.end}
                  text={c.article_id ? texts.get(c.article_id) : null}
                />
                <ClaimFacts
                  items={[
                    ['Source', c.source ?? '–'],
                    ['Place', formatPlace(c.location, c.country)],
                    ['As of', formatDate(c.as_of)],
                    ['Since', c.since_date ? formatDate(c.since_date) : (c.since ?? '–')],
                    ['Qualifier', formatQualifier(c.qualifier)],
                    [
                      'Article',
                      <>
                        {c.article_id ? (
                          <a href={buildHash(['articles', c.article_id], { claim: c.id })}>
                            {c.article_title ?? `Article ${c.article_id}`}
                          </a>
                        ) : (
                          (c.citation ?? '–')
                        )}
                        {c.outlet ? <span class="muted"> · {c.outlet}</span> : null}
                      </>,
                    ],
                  ]}
                />
                <div class="claim-actions">
                  {editor ? (
                    <>
                      {(Object.keys(REVIEW) as ReviewAction[])
                        .filter((action) => c.status !== REVIEW[action].status)
                        .map((action) => (
                          <button
                            key={action}
                            type="button"
                            class={`btn btn-small ${REVIEW[action].class}`}
                            disabled={busy.has(c.id)}
                            onClick={() => void review([c.id], action)}
                          >
                            {REVIEW[action].label}
                          </button>
                        ))}
                      <button type="button" class="btn btn-small btn-ghost" onClick={() => setEditing(c.id)}>
                        Edit
                      </button>
                    </>
                  ) : null}
                  <button
                    type="button"
                    class="btn btn-small btn-ghost"
                    aria-expanded={historyOpen.has(c.id)}
                    onClick={() =>
                      setHistoryOpen((old) => {
                        const next = new Set(old)
                        if (next.has(c.id)) next.delete(c.id)
                        else next.add(c.id)
                        return next
                      })
                    }
                  >
                    History
                  </button>
                  <span class="muted small claim-id">
                    #{c.id} · v{c.version}
                  </span>
                </div>
                {historyOpen.has(c.id) ? (
                  <History key={`${c.id}-${c.version}-${c.status}`} path={`/api/claims/${c.id}/history`} />
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      <LoadMore pages={claims}>Load more claims</LoadMore>
    </section>
  )
}
