import type { ChartOptions } from 'chart.js'
import { useMemo } from 'preact/hooks'
import { withAnnotations } from '../chart/annotations.ts'
import { bandsPlugin } from '../chart/bands.ts'
import { Chart } from '../chart/chart.tsx'
import { backgroundPlugin, incrementLabelsPlugin, marksPlugin } from '../chart/series-chart.ts'
import { periodLabel } from '../chart/series-data.ts'
import { EstimateCard } from '../components/estimate/estimate-card.tsx'
import { FigureMap } from '../components/map/figure-map.tsx'
import { Badge, ErrorNotice, Loading, MetricChip, PageHeader, toast } from '../components/ui.tsx'
import { WatchButton } from '../components/watch-button.tsx'
import { useTitle } from '../hooks.ts'
import { errorMessage, patch } from '../lib/api.ts'
import { formatNumber } from '../lib/format.ts'
import { useAnnotations } from '../lib/queries.ts'
import { invalidate } from '../lib/query.ts'
import type { Query } from '../lib/route.ts'
import { toggled } from '../lib/sets.ts'
import type { SeriesSummary as Summary } from '../lib/types.ts'
import { setQuery } from '../router.ts'
import { useCan } from '../session.ts'
import { AnnotationList } from './series/annotations.tsx'
import { ChartToolbar } from './series/chart-toolbar.tsx'
import { Disagreements } from './series/disagreements.tsx'
import { Flags } from './series/flags.tsx'
import { Legend } from './series/legend.tsx'
import { ManagePanel } from './series/manage-panel.tsx'
import { RelatedSeries } from './series/related-series.tsx'
import { SeriesSummary } from './series/series-summary.tsx'
import { BucketTable, IncrementTable, PointsTable } from './series/tables.tsx'
import { useSeriesView } from './series/use-series-view.ts'

export function SeriesPage(props: { ids: string; query: Query }) {
  const q = props.query
  const editor = useCan('editor')
  const v = useSeriesView(props.ids, q)
  const { loaded, details, main, model, view, hidden, buckets } = v
  useTitle(main?.title ?? 'Series')
  const notes = useAnnotations(main?.id ?? null)
  const noteItems = notes.data?.items
  const options = useMemo(
    () =>
      v.config && view === 'figures'
        ? withAnnotations(v.config.options as ChartOptions<'line'>, noteItems ?? [], {
            from: q.from,
            to: q.to,
          })
        : v.config?.options,
    [v.config, view, noteItems, q.from, q.to],
  )

  if (loaded.loading && !details) return <Loading label="Loading the series…" />
  if (loaded.error) {
    return (
      <section class="page">
        <PageHeader title="Series" />
        <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
      </section>
    )
  }
  const first = details?.[0]
  if (!details || !first || !main || !model) return null

  const toggleSource = (key: string) => setQuery({ hide: [...toggled(hidden, key)].join(',') || null })
  const toggleSeries = (id: number, on: boolean) => {
    const next = on ? [...v.withIds, id] : v.withIds.filter((x) => x !== id)
    setQuery({ with: next.join(',') || null }, { replace: false })
  }

  const series = main
  async function togglePin() {
    try {
      await patch<Summary>(`/api/series/${series.id}`, { pinned: !series.pinned })
      toast(series.pinned ? 'Unpinned from the overview.' : 'Pinned to the overview.')
      invalidate(`/api/series/${series.id}`)
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

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
            <MetricChip metric={main.metric} />
            <span>{main.group.label}</span>
            {main.place.name ? <span>{main.place.name}</span> : null}
            <span>{periodLabel(main)}</span>
            <span>
              {formatNumber(main.point_count)} figure{main.point_count === 1 ? '' : 's'} from{' '}
              {main.source_count} source
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
            <a class="btn btn-small" href={`#/series/${main.id}/brief`}>
              Brief to print
            </a>
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

      <SeriesSummary detail={first} />

      <EstimateCard estimate={main.estimate} />

      <div class="card chart-card">
        <ChartToolbar
          main={main}
          model={model}
          view={view}
          unit={v.unit}
          query={q}
          hidden={hidden}
          shown={v.shown}
          notes={noteItems ?? []}
        />

        {v.config ? (
          <Chart
            name="series"
            type="line"
            data={v.config.data}
            options={options ?? v.config.options}
            plugins={[backgroundPlugin, bandsPlugin, marksPlugin, incrementLabelsPlugin]}
            height={400}
            label={`Chart of ${main.title}. The table below lists the same figures.`}
          />
        ) : buckets.loading ? (
          <Loading label="Summing incidents…" />
        ) : buckets.error ? (
          <ErrorNotice error={buckets.error} onRetry={buckets.reload} />
        ) : null}
        {view === 'increments' && !first.increments.length ? (
          <p class="muted small chart-note">Increments need two figures from the same source.</p>
        ) : null}

        <Legend model={model} hidden={hidden} onToggle={toggleSource} details={details} view={view} />
        <AnnotationList
          seriesId={main.id}
          notes={noteItems ?? []}
          editable={editor}
          onChanged={() => invalidate(`/api/series/${main.id}/annotations`)}
        />
      </div>

      <RelatedSeries
        main={main}
        siblings={v.siblings.data?.items ?? []}
        withIds={v.withIds}
        onToggle={toggleSeries}
      />

      <Disagreements model={model} details={details} />

      <Flags details={details} editor={editor} />

      <FigureMap metric={main.metric} seriesId={main.id} />

      {editor ? <ManagePanel detail={first} onChanged={() => invalidate('/api/series')} /> : null}

      {view === 'buckets' && buckets.data ? (
        <BucketTable buckets={buckets.data} />
      ) : view === 'increments' ? (
        <IncrementTable details={first} model={model} />
      ) : (
        <PointsTable refs={[...v.shown, ...model.undated]} query={q} multi={details.length > 1} />
      )}
    </section>
  )
}
