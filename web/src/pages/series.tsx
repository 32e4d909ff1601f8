import { useMemo, useState } from 'preact/hooks'
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
import {
  buildPlot,
  disagreementClusters,
  type PlotModel,
  type PlotRef,
  periodLabel,
  pointsCsv,
  type SortKey,
  sortRefs,
  sourceKey,
} from '../chart/series-data.ts'
import { DataTable, num } from '../components/data-table.tsx'
import { DateFilter } from '../components/filters.tsx'
import {
  Badge,
  ChangeText,
  download,
  Empty,
  ErrorNotice,
  FigureText,
  LatestFigure,
  Loading,
  PageHeader,
  Section,
  toast,
} from '../components/ui.tsx'
import { useLoad, useTitle } from '../hooks.ts'
import { errorMessage, get, patch } from '../lib/api.ts'
import {
  formatDate,
  formatIncrement,
  formatMetric,
  formatNumber,
  formatQualifier,
  formatRate,
} from '../lib/format.ts'
import { apiQuery, buildHash, idList, type Query } from '../lib/route.ts'
import type { Buckets, Page, SeriesDetail, SeriesSummary } from '../lib/types.ts'
import { navigate, setQuery } from '../router.ts'
import { useCan } from '../session.ts'

type View = 'figures' | 'increments' | 'buckets'

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
          editor ? (
            <button
              type="button"
              class="btn btn-small"
              aria-pressed={main.pinned}
              onClick={() => void togglePin()}
            >
              {main.pinned ? 'Pinned to overview' : 'Pin to overview'}
            </button>
          ) : null
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

function MarkerKey() {
  const items: [string, string][] = [
    ['exact', 'exact'],
    ['at_least', 'at least (open upwards)'],
    ['approx', 'about'],
    ['at_most', 'at most (open downwards)'],
    ['range', 'range'],
    ['vague', 'vague'],
  ]
  return (
    <ul class="marker-key" aria-label="Marker shapes">
      {items.map(([q, label]) => (
        <li key={q}>
          <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true" class={`marker marker-${q}`}>
            {q === 'at_least' ? (
              <>
                <path d="M9 13 L4 20 L14 20 Z" />
                <path d="M9 11 V3" class="marker-bound" />
              </>
            ) : q === 'at_most' ? (
              <>
                <path d="M9 9 L4 2 L14 2 Z" />
                <path d="M9 11 V19" class="marker-bound" />
              </>
            ) : q === 'range' ? (
              <>
                <path d="M9 3 V19 M5 3 H13 M5 19 H13" class="marker-bar" />
                <circle cx="9" cy="11" r="4" />
              </>
            ) : (
              <circle cx="9" cy="11" r="5" />
            )}
          </svg>
          {label}
        </li>
      ))}
      <li>
        <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" class="marker marker-disagree">
          <path d="M2 18 L20 4" />
          <circle cx="11" cy="11" r="6" />
        </svg>
        sources disagree
      </li>
    </ul>
  )
}

function Legend(props: {
  model: PlotModel
  hidden: Set<string>
  onToggle: (key: string) => void
  details: SeriesDetail[]
  view: View
}) {
  const { model } = props
  if (props.view === 'buckets') {
    return (
      <div class="legend">
        <ul class="legend-list">
          <li class="legend-static">
            <span class="swatch swatch-bar" aria-hidden="true" /> Sum in the period (left axis)
          </li>
          <li class="legend-static">
            <span class="swatch swatch-total" aria-hidden="true" /> Running total (right axis)
          </li>
        </ul>
      </div>
    )
  }
  const seen = new Set<string>()
  return (
    <div class="legend">
      <ul class="legend-list" aria-label="Sources; press to hide or show">
        {model.datasets
          .filter((d) => {
            if (seen.has(d.sourceKey)) return false
            seen.add(d.sourceKey)
            return true
          })
          .map((d) => (
            <li key={d.sourceKey}>
              <button
                type="button"
                class="legend-item"
                aria-pressed={!props.hidden.has(d.sourceKey)}
                onClick={() => props.onToggle(d.sourceKey)}
              >
                <span class="swatch" aria-hidden="true" style={{ background: d.color }} />
                {props.details.length > 1 ? d.label.split(' · ')[0] : d.label}
              </button>
            </li>
          ))}
      </ul>
      {model.mixedPeriods ? (
        <div class="legend-periods" role="note">
          <strong>Different reference periods on one chart.</strong> Line style tells the series apart; their
          totals count from different dates and are not directly comparable:
          <ul>
            {props.details.map((d, i) => (
              <li key={d.series.id}>
                <svg width="34" height="10" aria-hidden="true" class="period-line">
                  <path d="M1 5 H33" stroke-dasharray={['', '6 4', '2 3', '10 3 2 3'][i % 4]} />
                </svg>
                {d.series.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.view === 'figures' ? <MarkerKey /> : null}
    </div>
  )
}

function Disagreements(props: { model: PlotModel; details: SeriesDetail[] }) {
  const { model } = props
  const revisions = props.details.flatMap((d) => d.revisions.map((r) => ({ ...r, series: d })))
  if (!model.disagreements.length && !revisions.length) return null
  const byKey = new Map(model.points.map((r) => [`${r.seriesId}|${r.point.key}`, r]))
  const describe = (ref: PlotRef | undefined) =>
    ref ? `${ref.point.source_name}: ${formatFigureShort(ref)} on ${formatDate(ref.point.as_of)}` : 'a figure'
  return (
    <Section id="disagree-title" class="card disagreements" title="Where sources disagree">
      <ul class="disagree-list">
        {disagreementClusters(model).map((g) => (
          <li key={g.refs.join('-')}>
            <Badge kind="warning">{g.kinds.includes('denial') ? 'denial' : 'figures apart'}</Badge>
            <div>
              <p class="disagree-reason">
                {new Set(g.refs.map((r) => model.points[r]?.point.source_name)).size} sources disagree,{' '}
                {g.from === g.to
                  ? `on ${formatDate(g.from)}`
                  : `between ${formatDate(g.from)} and ${formatDate(g.to)}`}
              </p>
              <ul class="muted small disagree-figures">
                {g.refs.map((r) => {
                  const ref = model.points[r]
                  return ref ? (
                    <li key={r}>
                      {ref.point.source_name}: {formatFigureShort(ref)} ({formatDate(ref.point.as_of)})
                    </li>
                  ) : null
                })}
              </ul>
            </div>
          </li>
        ))}
        {revisions.map((r) => (
          <li key={`${r.series.series.id}-${r.from}-${r.to}`}>
            <Badge>revised</Badge>
            <div>
              <p class="disagree-reason">{r.reason}</p>
              <p class="muted small">
                {describe(byKey.get(`${r.series.series.id}|${r.from}`))} →{' '}
                {describe(byKey.get(`${r.series.series.id}|${r.to}`))}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  )
}

function formatFigureShort(ref: PlotRef): string {
  const p = ref.point
  return `${formatQualifier(p.qualifier) === 'exact' ? '' : `${formatQualifier(p.qualifier)} `}${formatNumber(p.low)}${p.qualifier === 'range' && p.high !== null ? `–${formatNumber(p.high)}` : ''}`
}

const TABLE_ROWS = 200

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'source', label: 'Source' },
  { key: 'figure', label: 'Figure', num: true },
  { key: 'change', label: 'Change', num: true },
  { key: 'citations', label: 'Cited', num: true },
]

function PointsTable(props: { refs: PlotRef[]; query: Query; multi: boolean }) {
  const key = (COLUMNS.find((c) => c.key === props.query.sort)?.key ?? 'date') as SortKey
  const dir = props.query.dir === 'desc' ? 'desc' : 'asc'
  const rows = sortRefs(props.refs, key, dir)
  // A long series shows its first rows; the rest on request, so the page opens fast.
  const [limit, setLimit] = useState(TABLE_ROWS)
  const visible = rows.slice(0, limit)
  return (
    <Section id="points-title" class="table-section" title="Every reported figure">
      {rows.length ? (
        <div class="table-wrap">
          <table class="table points-table">
            <caption class="visually-hidden">
              The figures of the chart, one row per point; column headers sort.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    class={c.num ? 'num' : undefined}
                    aria-sort={key === c.key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button
                      type="button"
                      class="sort-button"
                      onClick={() =>
                        setQuery({
                          sort: c.key === 'date' ? null : c.key,
                          dir: key === c.key && dir === 'asc' ? 'desc' : null,
                        })
                      }
                    >
                      {c.label}
                      <span class="sort-indicator" aria-hidden="true">
                        {key === c.key ? (dir === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col">Reported in</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => {
                const p = r.point
                return (
                  <tr key={`${r.seriesId}-${p.key}`} data-point-key={p.key}>
                    <td class="nowrap">{p.as_of ? formatDate(p.as_of) : 'no date'}</td>
                    <td>
                      <span class="swatch swatch-inline" aria-hidden="true" style={{ background: r.color }} />
                      {p.source_name}
                      {props.multi ? <span class="muted small block">{r.seriesTitle}</span> : null}
                    </td>
                    <td class="num">
                      <FigureText figure={p} />
                      {p.qualifier !== 'exact' ? (
                        <span class="muted small block">{formatQualifier(p.qualifier)}</span>
                      ) : null}
                      {p.denied ? <Badge kind="danger">denied</Badge> : null}
                    </td>
                    <td class="num">
                      {p.change ? (
                        <>
                          <ChangeText change={p.change} />
                          {p.change.per_day !== undefined && p.change.per_day !== null ? (
                            <span class="muted small block">{formatRate(p.change)}</span>
                          ) : null}
                        </>
                      ) : (
                        <span class="muted">–</span>
                      )}
                    </td>
                    <td class="num">{p.citations}</td>
                    <td class="quote-cell">
                      {p.quotes.slice(0, 3).map((qt) => (
                        <div key={qt.claim_id} class="quote-ref">
                          “{qt.quote}”{' '}
                          <span class="muted small">
                            {qt.article_id ? (
                              <a href={buildHash(['articles', qt.article_id], { claim: qt.claim_id })}>
                                {qt.outlet ?? qt.article_title ?? 'article'}
                              </a>
                            ) : (
                              (qt.outlet ?? '')
                            )}
                            {qt.published ? `, ${formatDate(qt.published)}` : ''}
                          </span>
                        </div>
                      ))}
                      {p.quotes.length > 3 ? (
                        <span class="muted small">and {p.quotes.length - 3} more</span>
                      ) : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.length > visible.length ? (
        <div class="more">
          <button type="button" class="btn" onClick={() => setLimit(rows.length)}>
            Show all {rows.length.toLocaleString('en-US')} figures (
            {(rows.length - visible.length).toLocaleString('en-US')} more)
          </button>
        </div>
      ) : null}
      {!rows.length ? <Empty title="No figure in this date range." /> : null}
    </Section>
  )
}

function IncrementTable(props: { details: SeriesDetail; model: PlotModel }) {
  const names = new Map(props.details.points.map((p) => [sourceKey(p), p.source_name]))
  const incs = props.details.increments
  return (
    <Section id="inc-title" class="table-section" title="Increments between reports">
      {incs.length ? (
        <DataTable columns={['Increase over the period', 'Source', num('Per day')]}>
          {incs.map((i) => (
            <tr key={`${i.source_key}-${i.from}-${i.to}`}>
              <td>{formatIncrement(i)}</td>
              <td>
                <span
                  class="swatch swatch-inline"
                  aria-hidden="true"
                  style={{ background: props.model.colors.get(i.source_key ?? '') ?? '#999' }}
                />
                {names.get(i.source_key ?? '') ?? i.source_key ?? 'unattributed'}
              </td>
              <td class="num">{i.per_day !== null ? formatNumber(i.per_day) : '–'}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Empty title="No increments yet." />
      )}
    </Section>
  )
}

function BucketTable(props: { buckets: Buckets }) {
  return (
    <Section id="bucket-title" class="table-section" title={<>Incidents by {props.buckets.unit}</>}>
      <p class="muted small">Periods without incidents are left out of the table; the chart shows them.</p>
      <DataTable columns={['Period', num('Incidents'), num('Sum'), num('Running total')]}>
        {props.buckets.buckets
          .filter((b) => b.incidents > 0)
          .map((b) => (
            <tr key={b.start}>
              <td>
                {b.start === b.end ? formatDate(b.start) : `${formatDate(b.start)} – ${formatDate(b.end)}`}
              </td>
              <td class="num">{b.incidents}</td>
              <td class="num">{formatNumber(b.sum)}</td>
              <td class="num">{formatNumber(b.running_total)}</td>
            </tr>
          ))}
      </DataTable>
    </Section>
  )
}
