import { useMemo } from 'preact/hooks'
import { cycle, PALETTE } from '../chart/series-data.ts'
import { DateFilter, MetricFilter, TextFilter } from '../components/filters.tsx'
import { FigureMap } from '../components/map/figure-map.tsx'
import { PlacePicker } from '../components/map/place-picker.tsx'
import { Check, Empty, LoadStatus, Notice, PageHeader } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { buildHash, type Query } from '../lib/route.ts'
import type { SeriesSummary, Topic } from '../lib/types.ts'
import { setQuery } from '../router.ts'
import { RecentArticles } from './overview/recent-articles.tsx'
import { ReviewSummary } from './overview/review-summary.tsx'
import { leadSeries, TopicTile } from './overview/topic-tile.tsx'
import { useSparks } from './overview/use-sparks.ts'
import { useTopics } from './overview/use-topics.ts'
import { WhatChanged } from './overview/what-changed.tsx'

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
  const topics = useTopics(filters)

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
        actions={
          q.place ? (
            <a class="btn btn-small" href={buildHash(['brief'], { place: q.place, metric: q.metric })}>
              Brief of {q.place} to print
            </a>
          ) : null
        }
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
            color={cycle(PALETTE, [0, 2, 4][i % 3] ?? 0)}
          />
        ))}
      </ul>
    </section>
  )
}
