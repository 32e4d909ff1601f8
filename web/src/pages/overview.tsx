import type { ComponentChildren } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { markerValue, PALETTE } from '../chart/series-data.ts'
import { DateFilter, MetricFilter, TextFilter } from '../components/filters.tsx'
import { FigureMap } from '../components/map/figure-map.tsx'
import { PlacePicker } from '../components/map/place-picker.tsx'
import { Check, Empty, ErrorNotice, LoadStatus, Notice, PageHeader } from '../components/ui.tsx'
import { useLoad, useTitle } from '../hooks.ts'
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
import { leadSeries, TopicTile } from './overview/topic-tile.tsx'

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
  // The series the filters select, for "What changed" (the changes API takes no filters of its own).
  const shownSeries = useMemo(
    () =>
      new Set(
        [...(topics.data?.pinned ?? []), ...(topics.data?.recent ?? [])].flatMap((t) =>
          t.series.map((s) => s.id),
        ),
      ),
    [topics.data],
  )
  const filtered = Object.values(filters).some(Boolean)

  return (
    <section class="page">
      <PageHeader
        title="Overview"
        subtitle="What moved, which figures disagree, and what is waiting for review."
      />
      <form class="filters card" aria-label="Filter topics" onSubmit={(e) => e.preventDefault()}>
        <PlacePicker query={q} />
        <TextFilter label="Place" name="place" query={q} placeholder="Idlib, SYR…" />
        <MetricFilter query={q} />
        <DateFilter label="From" name="from" query={q} />
        <DateFilter label="To" name="to" query={q} />
        <Check checked={Boolean(q.disagree)} onValue={(on) => setQuery({ disagree: on ? '1' : null })}>
          Only where sources disagree
        </Check>
        {filtered ? (
          <a class="btn btn-ghost btn-small filters-clear" href={buildHash([], { changes: q.changes })}>
            Clear filters
          </a>
        ) : null}
      </form>
      <div class="overview-grid">
        <div class="overview-main">
          <FigureMap metric={q.metric} place={q.place} />
          <LoadStatus
            load={topics}
            label="Loading topics…"
            missing={
              <Notice kind="warning">
                Figures by topic appear here once this server offers the series API.
              </Notice>
            }
          />
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
          <WhatChanged query={q} seriesIds={filtered ? shownSeries : null} />
          <ReviewSummary metric={q.metric} place={q.place} />
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

/** A card of the side column: its heading with a control beside it, then what it shows. */
function SideCard(props: {
  id: string
  title: string
  action: ComponentChildren
  children: ComponentChildren
}) {
  return (
    <section class="card side-card" aria-labelledby={props.id}>
      <div class="side-card-head">
        <h2 id={props.id}>{props.title}</h2>
        {props.action}
      </div>
      {props.children}
    </section>
  )
}

/** One kind of change under its heading: each links to its series, with a line on what changed. */
function SeriesChanges<T extends { series_id: number; series_title: string }>(props: {
  title: string
  items: T[] | undefined
  itemKey: (item: T) => string
  line: (item: T) => ComponentChildren
}) {
  if (!props.items?.length) return null
  return (
    <>
      <h3 class="side-sub">{props.title}</h3>
      <ChangeList
        items={props.items}
        itemKey={props.itemKey}
        href={(x) => buildHash(['series', x.series_id])}
        text={(x) => x.series_title}
        line={props.line}
      />
    </>
  )
}

/** Links, each with a line under it on what changed. */
function ChangeList<T>(props: {
  items: T[]
  itemKey: (item: T) => string | number
  href: (item: T) => string
  text: (item: T) => ComponentChildren
  line: (item: T) => ComponentChildren
}) {
  return (
    <ul class="change-list">
      {props.items.map((x) => (
        <li key={props.itemKey(x)}>
          <a href={props.href(x)}>{props.text(x)}</a>
          <span class="change-line">{props.line(x)}</span>
        </li>
      ))}
    </ul>
  )
}

/** What changed lately, in the series the overview's filters select (`seriesIds`; null: all of them). */
function WhatChanged(props: { query: Query; seriesIds: Set<number> | null }) {
  const [lastVisit] = useState(() => previousVisit(isoDay(new Date())))
  const choice = props.query.changes ?? (lastVisit ? 'visit' : '7')
  const since = choice === 'visit' && lastVisit ? lastVisit : daysAgo(Number(choice) || 7)
  const changes = useLoad((signal) => get<Changes>(`/api/changes${apiQuery({ since })}`, signal), [since])
  const d = useMemo(() => {
    const all = changes.data
    const ids = props.seriesIds
    if (!all || !ids) return all
    const keep = <T extends { series_id: number }>(list: T[]) => list.filter((x) => ids.has(x.series_id))
    return {
      ...all,
      new_points: keep(all.new_points),
      biggest_moves: keep(all.biggest_moves),
      new_disagreements: keep(all.new_disagreements),
    }
  }, [changes.data, props.seriesIds])
  const empty = d && !d.new_points.length && !d.biggest_moves.length && !d.new_disagreements.length
  return (
    <SideCard
      id="changed-title"
      title="What changed"
      action={
        <>
          <label class="visually-hidden" for="changes-since">
            Changes since
          </label>
          <select
            id="changes-since"
            class="select-small"
            value={choice}
            onChange={(e) => setQuery({ changes: e.currentTarget.value })}
          >
            {lastVisit ? (
              <option value="visit">since your last visit ({formatDate(lastVisit)})</option>
            ) : null}
            <option value="1">in the last day</option>
            <option value="7">in the last 7 days</option>
            <option value="30">in the last 30 days</option>
          </select>
        </>
      }
    >
      <LoadStatus
        load={changes}
        missing={<p class="muted small">Changes appear here once this server offers the series API.</p>}
      />
      {empty ? <p class="muted small">Nothing new since {formatDate(since)}.</p> : null}
      <SeriesChanges
        title="Biggest moves"
        items={d?.biggest_moves.slice(0, 5)}
        itemKey={(m) => `${m.series_id}-${m.source_name}-${m.to}`}
        line={(m) => (
          <>
            {m.source_name}: {formatNumber(m.from)} → {formatNumber(m.to)}{' '}
            <span class={m.abs >= 0 ? 'change change-up' : 'change change-down'}>
              {formatSigned(m.abs)}
              {m.pct !== null ? ` (${formatPercent(m.pct)})` : ''}
            </span>
          </>
        )}
      />
      <SeriesChanges
        title="New disagreements"
        items={d?.new_disagreements.slice(0, 5)}
        itemKey={(x) => `${x.series_id}-${x.reason}`}
        line={(x) => x.reason}
      />
      <SeriesChanges
        title="New figures"
        items={d?.new_points.slice(0, 6)}
        itemKey={(x) => `${x.series_id}-${x.point.key}`}
        line={(x) => (
          <>
            {formatFigure(x.point)} · {x.point.source_name} · {formatDate(x.point.as_of)}
            {x.point.change ? ` · ${formatChange(x.point.change)}` : ''}
          </>
        )}
      />
    </SideCard>
  )
}

/** The pending claims, within the overview's metric and place filters. */
function ReviewSummary(props: { metric?: string; place?: string }) {
  const filters = { metric: props.metric, place: props.place }
  const pending = useLoad(
    (signal) =>
      get<Page<ClaimListItem>>(
        `/api/claims${apiQuery({ status: 'pending', sort: 'confidence', limit: 100, ...filters })}`,
        signal,
      ),
    [props.metric, props.place],
  )
  const items = pending.data?.items ?? []
  const count = pending.data ? `${items.length}${pending.data.next_cursor ? '+' : ''}` : '…'
  return (
    <SideCard
      id="review-title"
      title="Waiting for review"
      action={
        <a class="btn btn-small" href={buildHash(['review'], filters)}>
          Open queue
        </a>
      }
    >
      {pending.error ? <ErrorNotice error={pending.error} onRetry={pending.reload} /> : null}
      <p class="big-count">
        <span class="big-number">{count}</span> pending claim{items.length === 1 ? '' : 's'}
      </p>
      {items.length ? (
        <>
          <h3 class="side-sub">Least confident</h3>
          <ChangeList
            items={items.slice(0, 3)}
            itemKey={(c) => c.id}
            href={(c) => buildHash(['review'], { claim: c.id })}
            text={(c) => `${formatFigure(c)} ${c.who} ${formatMetric(c.metric)}`}
            line={(c) => `${formatConfidence(c.confidence)} sure · ${c.outlet ?? 'no outlet'}`}
          />
        </>
      ) : null}
    </SideCard>
  )
}

function RecentArticles() {
  const articles = useLoad((signal) => get<Page<ArticleSummary, number>>('/api/articles?limit=5', signal), [])
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
