import { useEffect, useMemo, useState } from 'preact/hooks'
import { markerValue, PALETTE } from '../chart/series-data.ts'
import { DateFilter, MetricFilter, TextFilter } from '../components/filters.tsx'
import {
  Badge,
  ChangeText,
  Empty,
  ErrorNotice,
  FigureText,
  Loading,
  Notice,
  PageHeader,
  Sparkline,
} from '../components/ui.tsx'
import { isMissingRoute, useLoad, useTitle } from '../hooks.ts'
import { eachLimit, get } from '../lib/api.ts'
import {
  formatAgo,
  formatChange,
  formatConfidence,
  formatDate,
  formatFigure,
  formatMetric,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../lib/format.ts'
import { apiQuery, buildHash, type Query } from '../lib/route.ts'
import type {
  ArticleSummary,
  Changes,
  ClaimListItem,
  Page,
  SeriesDetail,
  SeriesSummary,
  Topic,
} from '../lib/types.ts'
import { daysAgo, isoDay, previousVisit } from '../lib/visits.ts'
import { setQuery } from '../router.ts'

/** The series a topic's tile shows: a pinned one, else the one with the latest figure, else the longest. */
export function leadSeries(topic: Topic): SeriesSummary | undefined {
  return [...topic.series]
    .filter((s) => s.point_count > 0)
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        (b.last_date ?? '').localeCompare(a.last_date ?? '') ||
        b.point_count - a.point_count,
    )[0]
}

function topicUpdated(t: Topic): string {
  return (
    t.series
      .map((s) => s.updated_at)
      .sort()
      .at(-1) ?? ''
  )
}

const sparkCache = new Map<number, number[]>()

/** Recent values of each series for its sparkline (from the summary when the API sends them). */
function useSparks(series: SeriesSummary[]): Map<number, number[]> {
  const [sparks, setSparks] = useState(() => new Map(sparkCache))
  const ids = series.map((s) => s.id).join(',')
  useEffect(() => {
    let live = true
    const missing = series.filter((s) => !sparkCache.has(s.id))
    for (const s of missing) {
      if (s.spark)
        sparkCache.set(
          s.id,
          s.spark.map((p) => p.low),
        )
    }
    // Each costs a request for the whole series: only for series small enough to fetch quickly.
    const toFetch = missing.filter((s) => !sparkCache.has(s.id) && s.point_count > 1 && s.point_count <= 1500)
    void eachLimit(toFetch, 3, async (s) => {
      try {
        const d = await get<SeriesDetail>(`/api/series/${s.id}`)
        const byDay = new Map<string, number>()
        for (const p of d.points)
          if (p.as_of) byDay.set(p.as_of, Math.max(byDay.get(p.as_of) ?? 0, markerValue(p)))
        sparkCache.set(
          s.id,
          [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v),
        )
        if (live) setSparks(new Map(sparkCache))
      } catch {
        sparkCache.set(s.id, [])
      }
    })
    if (missing.length && live) setSparks(new Map(sparkCache))
    return () => {
      live = false
    }
  }, [ids])
  return sparks
}

export function OverviewPage(props: { query: Query }) {
  useTitle('Overview')
  const q = props.query
  const filters = {
    metric: q.metric,
    place: q.place,
    from: q.from,
    to: q.to,
    has_disagreement: q.disagree ? 'true' : undefined,
  }
  const key = JSON.stringify(filters)
  const topics = useLoad(
    async (signal) => {
      const [pinned, recent] = await Promise.all([
        get<Page<Topic>>(`/api/topics${apiQuery({ ...filters, pinned: 'true', limit: 12 })}`, signal),
        get<Page<Topic>>(`/api/topics${apiQuery({ ...filters, limit: 30 })}`, signal),
      ])
      const pinnedIds = new Set(pinned.items.map((t) => t.id))
      const rest = recent.items
        .filter((t) => !pinnedIds.has(t.id) && leadSeries(t))
        .sort((a, b) => topicUpdated(b).localeCompare(topicUpdated(a)))
      return { pinned: pinned.items.filter((t) => leadSeries(t)), recent: rest }
    },
    [key],
  )

  const leads = useMemo(
    () =>
      [...(topics.data?.pinned ?? []), ...(topics.data?.recent ?? [])]
        .map(leadSeries)
        .filter((s): s is SeriesSummary => Boolean(s)),
    [topics.data],
  )
  const sparks = useSparks(leads)
  const filtered = Object.values(filters).some(Boolean)

  return (
    <section class="page">
      <PageHeader
        title="Overview"
        subtitle="What moved, which figures disagree, and what is waiting for review."
      />
      <form class="filters card" aria-label="Filter topics" onSubmit={(e) => e.preventDefault()}>
        <TextFilter label="Place" name="place" query={q} placeholder="Idlib, SYR…" />
        <MetricFilter query={q} />
        <DateFilter label="From" name="from" query={q} />
        <DateFilter label="To" name="to" query={q} />
        <label class="check">
          <input
            type="checkbox"
            checked={Boolean(q.disagree)}
            onChange={(e) => setQuery({ disagree: e.currentTarget.checked ? '1' : null })}
          />
          Only where sources disagree
        </label>
        {filtered ? (
          <a class="btn btn-ghost btn-small filters-clear" href={buildHash([], { changes: q.changes })}>
            Clear filters
          </a>
        ) : null}
      </form>
      <div class="overview-grid">
        <div class="overview-main">
          {topics.loading && !topics.data ? <Loading label="Loading topics…" /> : null}
          {topics.error ? (
            isMissingRoute(topics.error) ? (
              <Notice kind="warning">
                Figures by topic appear here once this server offers the series API.
              </Notice>
            ) : (
              <ErrorNotice error={topics.error} onRetry={topics.reload} />
            )
          ) : null}
          {topics.data ? (
            <>
              {topics.data.pinned.length ? (
                <TopicSection title="Pinned" topics={topics.data.pinned} sparks={sparks} />
              ) : null}
              <TopicSection
                title={topics.data.pinned.length ? 'Recently updated' : 'Topics, recently updated first'}
                topics={topics.data.recent}
                sparks={sparks}
              />
              {!topics.data.pinned.length && !topics.data.recent.length ? (
                <Empty title={filtered ? 'No topic matches these filters.' : 'No figures yet.'}>
                  {filtered ? (
                    'Try a wider date range or another place.'
                  ) : (
                    <a href="#/articles/new">Add articles</a>
                  )}
                </Empty>
              ) : null}
            </>
          ) : null}
        </div>
        <aside class="overview-side" aria-label="Activity">
          <WhatChanged query={q} />
          <ReviewSummary />
          <RecentArticles />
        </aside>
      </div>
    </section>
  )
}

function TopicSection(props: { title: string; topics: Topic[]; sparks: Map<number, number[]> }) {
  if (!props.topics.length) return null
  return (
    <section class="topic-section" aria-label={props.title}>
      <h2 class="section-title">{props.title}</h2>
      <ul class="tiles">
        {props.topics.map((t, i) => (
          <TopicTile
            key={t.id}
            topic={t}
            sparks={props.sparks}
            color={PALETTE[i % 3 === 0 ? 0 : i % 3 === 1 ? 2 : 4]}
          />
        ))}
      </ul>
    </section>
  )
}

function TopicTile(props: { topic: Topic; sparks: Map<number, number[]>; color: string }) {
  const { topic } = props
  const s = leadSeries(topic)
  if (!s) return null
  const others = topic.series.filter((x) => x.point_count > 0).length - 1
  const disagreements = topic.series.reduce((n, x) => n + x.disagreement_count, 0)
  const spark = props.sparks.get(s.id)
  return (
    <li class="tile card">
      <div class="tile-top">
        <span class={`metric-chip metric-${s.metric}`}>{formatMetric(s.metric)}</span>
        {s.place.name ? <span class="tile-place">{s.place.name}</span> : null}
        {s.pinned ? <Badge kind="accent">Pinned</Badge> : null}
      </div>
      <h3 class="tile-title">
        <a href={buildHash(['series', s.id])}>{s.title}</a>
      </h3>
      <div class="tile-figure-row">
        <div>
          {s.latest ? (
            <FigureText
              figure={{ ...s.latest, qualifier: s.latest.qualifier ?? 'exact' }}
              class="tile-figure"
            />
          ) : (
            <span class="tile-figure muted">–</span>
          )}
          <div class="tile-meta">
            {s.latest?.as_of ? formatDate(s.latest.as_of) : 'no date'}
            {s.latest?.source ? ` · ${s.latest.source}` : ''}
          </div>
        </div>
        {spark && spark.length > 1 ? (
          <Sparkline values={spark} color={props.color} label={`Trend of ${s.title}`} />
        ) : null}
      </div>
      <div class="tile-change">
        {s.kind === 'incident' ? (
          <span class="muted">
            Latest of {s.point_count} incident{s.point_count === 1 ? '' : 's'} reported
          </span>
        ) : s.change ? (
          <>
            <ChangeText change={s.change} />
            {s.previous_low !== null ? (
              <span class="muted"> since {formatNumber(s.previous_low)}</span>
            ) : null}
          </>
        ) : (
          <span class="muted">First report of this toll</span>
        )}
      </div>
      <div class="tile-foot">
        <span>
          {s.source_count} {s.source_count === 1 ? 'source' : 'independent sources'}
        </span>
        <span aria-hidden="true">·</span>
        <span>
          {s.point_count} figure{s.point_count === 1 ? '' : 's'}
        </span>
        {disagreements ? (
          <Badge kind="warning" title="Sources report figures that cannot all be true">
            {disagreements} disagreement{disagreements === 1 ? '' : 's'}
          </Badge>
        ) : null}
        {others > 0 ? <span class="muted">+{others} other series</span> : null}
      </div>
    </li>
  )
}

function WhatChanged(props: { query: Query }) {
  const [lastVisit] = useState(() => previousVisit(isoDay(new Date())))
  const choice = props.query.changes ?? (lastVisit ? 'visit' : '7')
  const since = choice === 'visit' && lastVisit ? lastVisit : daysAgo(Number(choice) || 7)
  const changes = useLoad((signal) => get<Changes>(`/api/changes${apiQuery({ since })}`, signal), [since])
  const d = changes.data
  const empty = d && !d.new_points.length && !d.biggest_moves.length && !d.new_disagreements.length
  return (
    <section class="card side-card" aria-labelledby="changed-title">
      <div class="side-card-head">
        <h2 id="changed-title">What changed</h2>
        <label class="visually-hidden" for="changes-since">
          Changes since
        </label>
        <select
          id="changes-since"
          class="select-small"
          value={choice}
          onChange={(e) => setQuery({ changes: e.currentTarget.value })}
        >
          {lastVisit ? <option value="visit">since your last visit ({formatDate(lastVisit)})</option> : null}
          <option value="1">in the last day</option>
          <option value="7">in the last 7 days</option>
          <option value="30">in the last 30 days</option>
        </select>
      </div>
      {changes.loading && !d ? <Loading /> : null}
      {changes.error ? (
        isMissingRoute(changes.error) ? (
          <p class="muted small">Changes appear here once this server offers the series API.</p>
        ) : (
          <ErrorNotice error={changes.error} onRetry={changes.reload} />
        )
      ) : null}
      {empty ? <p class="muted small">Nothing new since {formatDate(since)}.</p> : null}
      {d?.biggest_moves.length ? (
        <>
          <h3 class="side-sub">Biggest moves</h3>
          <ul class="change-list">
            {d.biggest_moves.slice(0, 5).map((m) => (
              <li key={`${m.series_id}-${m.source_name}-${m.to}`}>
                <a href={buildHash(['series', m.series_id])}>{m.series_title}</a>
                <span class="change-line">
                  {m.source_name}: {formatNumber(m.from)} → {formatNumber(m.to)}{' '}
                  <span class={m.abs >= 0 ? 'change change-up' : 'change change-down'}>
                    {formatSigned(m.abs)}
                    {m.pct !== null ? ` (${formatPercent(m.pct)})` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d?.new_disagreements.length ? (
        <>
          <h3 class="side-sub">New disagreements</h3>
          <ul class="change-list">
            {d.new_disagreements.slice(0, 5).map((x) => (
              <li key={`${x.series_id}-${x.reason}`}>
                <a href={buildHash(['series', x.series_id])}>{x.series_title}</a>
                <span class="change-line">{x.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d?.new_points.length ? (
        <>
          <h3 class="side-sub">New figures</h3>
          <ul class="change-list">
            {d.new_points.slice(0, 6).map((x) => (
              <li key={`${x.series_id}-${x.point.key}`}>
                <a href={buildHash(['series', x.series_id])}>{x.series_title}</a>
                <span class="change-line">
                  {formatFigure(x.point)} · {x.point.source_name} · {formatDate(x.point.as_of)}
                  {x.point.change ? ` · ${formatChange(x.point.change)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

function ReviewSummary() {
  const pending = useLoad(
    (signal) => get<Page<ClaimListItem>>('/api/claims?status=pending&sort=confidence&limit=100', signal),
    [],
  )
  const items = pending.data?.items ?? []
  const count = pending.data ? `${items.length}${pending.data.next_cursor ? '+' : ''}` : '…'
  return (
    <section class="card side-card" aria-labelledby="review-title">
      <div class="side-card-head">
        <h2 id="review-title">Waiting for review</h2>
        <a class="btn btn-small" href="#/review">
          Open queue
        </a>
      </div>
      {pending.error ? <ErrorNotice error={pending.error} onRetry={pending.reload} /> : null}
      <p class="big-count">
        <span class="big-number">{count}</span> pending claim{items.length === 1 ? '' : 's'}
      </p>
      {items.length ? (
        <>
          <h3 class="side-sub">Least confident</h3>
          <ul class="change-list">
            {items.slice(0, 3).map((c) => (
              <li key={c.id}>
                <a href={buildHash(['review'], { claim: c.id })}>
                  {formatFigure(c)} {c.who} {formatMetric(c.metric)}
                </a>
                <span class="change-line">
                  {formatConfidence(c.confidence)} sure · {c.outlet ?? 'no outlet'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

function RecentArticles() {
  const articles = useLoad((signal) => get<Page<ArticleSummary, number>>('/api/articles?limit=5', signal), [])
  const now = new Date()
  return (
    <section class="card side-card" aria-labelledby="recent-title">
      <div class="side-card-head">
        <h2 id="recent-title">Recently added</h2>
        <a class="btn btn-small btn-ghost" href="#/articles">
          All articles
        </a>
      </div>
      {articles.error ? <ErrorNotice error={articles.error} onRetry={articles.reload} /> : null}
      {articles.data && !articles.data.items.length ? <p class="muted small">No articles yet.</p> : null}
      <ul class="change-list">
        {(articles.data?.items ?? []).map((a) => (
          <li key={a.id}>
            <a href={buildHash(['articles', a.id])}>{a.title ?? `Article ${a.id}`}</a>
            <span class="change-line">
              {a.outlet ?? 'no outlet'} · {a.claim_count} claim{a.claim_count === 1 ? '' : 's'} · added{' '}
              {formatAgo(a.ingested_at, now)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
