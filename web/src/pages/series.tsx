import { useMemo } from 'preact/hooks'
import { Chart } from '../chart/chart.tsx'
import { chartPng } from '../chart/export-png.ts'
import {
  backgroundPlugin,
  bucketsChart,
  figuresChart,
  incrementLabelsPlugin,
  incrementsChart,
  marksPlugin,
} from '../chart/series-chart.ts'
import { buildPlot, type PlotRef, periodLabel, pointsCsv } from '../chart/series-data.ts'
import { DateFilter } from '../components/filters.tsx'
import {
  Badge,
  ChangeText,
  download,
  ErrorNotice,
  LatestFigure,
  Loading,
  PageHeader,
  Section,
  toast,
} from '../components/ui.tsx'
import { WatchButton } from '../components/watch-button.tsx'
import { useLoad, useTitle } from '../hooks.ts'
import { errorMessage, get, patch } from '../lib/api.ts'
import { formatDate, formatMetric, formatNumber } from '../lib/format.ts'
import { apiQuery, buildHash, idList, type Query } from '../lib/route.ts'
import type { Buckets, Page, SeriesDetail, SeriesSummary } from '../lib/types.ts'
import { navigate, setQuery } from '../router.ts'
import { useCan } from '../session.ts'

import { Disagreements } from './series/disagreements.tsx'
import { Legend, type View } from './series/legend.tsx'
import { ManagePanel } from './series/manage-panel.tsx'
import { BucketTable, IncrementTable, PointsTable } from './series/tables.tsx'

function articleHref(ref: PlotRef): string | null {
  const q = ref.point.quotes[0]
  return q?.article_id ? buildHash(['articles', q.article_id], { claim: q.claim_id }) : null
}

export function SeriesPage(props: { ids: string; query: Query }) {
  const q = props.query
  const mainId = idList(props.ids)[0]
  const withIds = idList(q.with).filter((id) => id !== mainId)
  const ids = [mainId, ...withIds]
  const editor = useCan('editor')

  const loaded = useLoad(
    (signal) => Promise.all(ids.map((id) => get<SeriesDetail>(`/api/series/${id}`, signal))),
    [ids.join(',')],
  )
  const details = loaded.data
  const main = details?.[0]?.series
  useTitle(main?.title ?? 'Series')

  const siblings = useLoad(
    async (signal) =>
      main
        ? (
            await get<Page<SeriesSummary>>(
              `/api/series${apiQuery({ topic_id: main.topic_id, limit: 50 })}`,
              signal,
            )
          ).items
        : [],
    [main?.topic_id],
  )

  const kind = main?.kind ?? 'cumulative'
  const view: View =
    q.view === 'increments' && kind === 'cumulative'
      ? 'increments'
      : q.view === 'buckets' && kind === 'incident'
        ? 'buckets'
        : 'figures'
  const unit = (['day', 'week', 'month'] as const).find((u) => u === q.unit) ?? 'week'
  const hidden = useMemo(() => new Set((q.hide ?? '').split(',').filter(Boolean)), [q.hide])
  const range = useMemo(() => ({ from: q.from, to: q.to }), [q.from, q.to])

  const buckets = useLoad(
    (signal) =>
      view === 'buckets'
        ? get<Buckets>(`/api/series/${mainId}/buckets?unit=${unit}`, signal)
        : Promise.resolve(null),
    [view, unit, mainId],
  )

  const model = useMemo(() => (details ? buildPlot(details) : null), [details])
  const inRange = (iso: string | null) =>
    !iso || ((!range.from || iso >= range.from) && (!range.to || iso <= range.to))

  const config = useMemo(() => {
    if (!model || !details) return null
    if (view === 'increments') {
      const names = new Map(model.datasets.map((d) => [d.sourceKey, d.label]))
      return incrementsChart(details[0].increments, model, names, hidden, range)
    }
    if (view === 'buckets') return buckets.data ? bucketsChart(buckets.data.buckets, range) : null
    return figuresChart(model, hidden, range, (ref) => {
      const href = articleHref(model.points[ref])
      if (href) navigate(href)
    })
  }, [model, details, view, hidden, range, buckets.data])

  if (loaded.loading && !details) return <Loading label="Loading the series…" />
  if (loaded.error) {
    return (
      <section class="page">
        <PageHeader title="Series" />
        <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
      </section>
    )
  }
  if (!details || !main || !model) return null

  const toggleSource = (key: string) => {
    const next = new Set(hidden)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    setQuery({ hide: [...next].join(',') || null })
  }
  const toggleSeries = (id: number, on: boolean) => {
    const next = on ? [...withIds, id] : withIds.filter((x) => x !== id)
    setQuery({ with: next.join(',') || null }, { replace: false })
  }

  async function togglePin() {
    try {
      await patch<SeriesSummary>(`/api/series/${main!.id}`, { pinned: !main!.pinned })
      toast(main!.pinned ? 'Unpinned from the overview.' : 'Pinned to the overview.')
      loaded.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  const slug = main.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  const shown = model.points.filter((r) => inRange(r.point.as_of))

  return (
    <section class="page series-page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href="#/">Overview</a>
        <span aria-hidden="true">/</span>
        <span>{main.place.name ?? main.group.label}</span>
      </nav>
      <PageHeader
        title={main.title}
        subtitle={
          <span class="series-meta">
            <span class={`metric-chip metric-${main.metric}`}>{formatMetric(main.metric)}</span>
            <span>{main.group.label}</span>
            {main.place.name ? <span>{main.place.name}</span> : null}
            <span>{periodLabel(main)}</span>
            <span>
              {main.point_count} figure{main.point_count === 1 ? '' : 's'} from {main.source_count} source
              {main.source_count === 1 ? '' : 's'}
            </span>
            {main.disagreement_count ? (
              <Badge kind="warning">
                {main.disagreement_count} disagreement{main.disagreement_count === 1 ? '' : 's'}
              </Badge>
            ) : null}
          </span>
        }
        actions={
          <>
            <WatchButton seriesId={main.id} />
            {editor ? (
              <button
                type="button"
                class="btn btn-small"
                aria-pressed={main.pinned}
                onClick={() => void togglePin()}
              >
                {main.pinned ? 'Pinned to overview' : 'Pin to overview'}
              </button>
            ) : null}
          </>
        }
      />

      <div class="series-summary">
        <div class="stat card">
          <span class="stat-label">Latest figure</span>
          <LatestFigure latest={main.latest} class="stat-value" />
          <span class="stat-note">
            {main.latest?.source ?? 'unattributed'} · {formatDate(main.latest?.as_of)}
          </span>
        </div>
        {main.kind === 'incident' ? (
          <div class="stat card">
            <span class="stat-label">Sum of the incidents reported</span>
            <span class="stat-value">{formatNumber(details[0].points.reduce((n, p) => n + p.low, 0))}</span>
            <span class="stat-note">
              in {details[0].points.length} incident{details[0].points.length === 1 ? '' : 's'} (lower bounds)
            </span>
          </div>
        ) : (
          <div class="stat card">
            <span class="stat-label">Change since the previous figure</span>
            <span class="stat-value stat-change">
              <ChangeText change={main.change} />
            </span>
            <span class="stat-note">
              {main.previous_low !== null
                ? `from ${formatNumber(main.previous_low)}`
                : 'only one figure so far'}
            </span>
          </div>
        )}
        <div class="stat card">
          <span class="stat-label">Reported between</span>
          <span class="stat-value stat-dates">
            {main.first_date ? `${formatDate(main.first_date)} – ${formatDate(main.last_date)}` : 'no dates'}
          </span>
          <span class="stat-note">
            {main.revision_count
              ? `${main.revision_count} revision${main.revision_count === 1 ? '' : 's'} downwards`
              : 'no revisions'}
          </span>
        </div>
      </div>

      <div class="card chart-card">
        <div class="chart-toolbar">
          <fieldset class="segmented">
            <legend class="visually-hidden">What the chart shows</legend>
            <button
              type="button"
              class="seg"
              aria-pressed={view === 'figures'}
              onClick={() => setQuery({ view: null })}
            >
              {kind === 'cumulative' ? 'Cumulative figures' : 'Incidents'}
            </button>
            {kind === 'cumulative' ? (
              <button
                type="button"
                class="seg"
                aria-pressed={view === 'increments'}
                onClick={() => setQuery({ view: 'increments' })}
              >
                Increments
              </button>
            ) : (
              <button
                type="button"
                class="seg"
                aria-pressed={view === 'buckets'}
                onClick={() => setQuery({ view: 'buckets' })}
              >
                Summed by period
              </button>
            )}
          </fieldset>
          {view === 'buckets' ? (
            <fieldset class="segmented">
              <legend class="visually-hidden">Period</legend>
              {(['day', 'week', 'month'] as const).map((u) => (
                <button
                  key={u}
                  type="button"
                  class="seg"
                  aria-pressed={unit === u}
                  onClick={() => setQuery({ unit: u === 'week' ? null : u })}
                >
                  {u[0].toUpperCase() + u.slice(1)}
                </button>
              ))}
            </fieldset>
          ) : null}
          <div class="range">
            <DateFilter label="From" name="from" query={q} />
            <DateFilter label="To" name="to" query={q} />
          </div>
          <span class="spacer" />
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              const c = window.tallyCharts?.series
              if (!c) return
              const dates = shown
                .map((r) => r.point.as_of)
                .filter((d): d is string => Boolean(d))
                .sort()
              const caption = {
                title: main.title,
                sources: model.datasets
                  .filter((d) => !hidden.has(d.sourceKey))
                  .map((d) => ({ name: d.label, color: d.color })),
                from: dates[0] ?? null,
                to: dates.at(-1) ?? null,
              }
              download(`${slug}.png`, chartPng(c, caption, new Date()))
            }}
          >
            Download PNG
          </button>
          <button
            type="button"
            class="btn btn-small"
            onClick={() => download(`${slug}.csv`, pointsCsv([...shown, ...model.undated]))}
          >
            Download CSV
          </button>
        </div>

        {config ? (
          <Chart
            name="series"
            type="line"
            data={config.data}
            options={config.options}
            plugins={[backgroundPlugin, marksPlugin, incrementLabelsPlugin]}
            height={400}
            label={`Chart of ${main.title}. The table below lists the same figures.`}
          />
        ) : buckets.loading ? (
          <Loading label="Summing incidents…" />
        ) : buckets.error ? (
          <ErrorNotice error={buckets.error} onRetry={buckets.reload} />
        ) : null}
        {view === 'increments' && !details[0].increments.length ? (
          <p class="muted small chart-note">Increments need two figures from the same source.</p>
        ) : null}

        <Legend model={model} hidden={hidden} onToggle={toggleSource} details={details} view={view} />
      </div>

      {siblings.data && siblings.data.length > 1 ? (
        <Section id="related-title" class="card related" title="Other series of this topic">
          <p class="muted small">
            Show them on the same chart. Their figures count from different dates, and the legend says which
            is which.
          </p>
          <ul class="related-list">
            {siblings.data
              .filter((s) => s.id !== main.id)
              .map((s) => (
                <li key={s.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={withIds.includes(s.id)}
                      onChange={(e) => toggleSeries(s.id, e.currentTarget.checked)}
                    />
                    {s.title}
                  </label>
                  <span class="muted small">
                    {' '}
                    · {s.point_count} figure{s.point_count === 1 ? '' : 's'} ·{' '}
                    <a href={buildHash(['series', s.id])}>open</a>
                  </span>
                </li>
              ))}
          </ul>
        </Section>
      ) : null}

      <Disagreements model={model} details={details} />

      {editor ? (
        <ManagePanel
          detail={details[0]}
          onChanged={() => {
            loaded.reload()
            siblings.reload()
          }}
        />
      ) : null}

      {view === 'buckets' && buckets.data ? (
        <BucketTable buckets={buckets.data} />
      ) : view === 'increments' ? (
        <IncrementTable details={details[0]} model={model} />
      ) : (
        <PointsTable refs={[...shown, ...model.undated]} query={q} multi={details.length > 1} />
      )}
    </section>
  )
}
