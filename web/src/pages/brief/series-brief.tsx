// A series on one A4 page, ready to paste or print: title, chart with legend and marker key, the figure to
// use, each source's latest figure with its words, disagreements, notes, and where it came from.
import type { ChartOptions } from 'chart.js'
import { useMemo } from 'preact/hooks'
import { withAnnotations } from '../../chart/annotations.ts'
import { bandsPlugin } from '../../chart/bands.ts'
import { Chart } from '../../chart/chart.tsx'
import { backgroundPlugin, figuresChart, marksPlugin } from '../../chart/series-chart.ts'
import { buildPlot, periodLabel } from '../../chart/series-data.ts'
import { ErrorNotice, Loading } from '../../components/ui.tsx'
import { useTitle } from '../../hooks.ts'
import { formatMetric } from '../../lib/format.ts'
import { useAnnotations, useSeriesDetail } from '../../lib/queries.ts'
import { MarkerKey } from '../series/legend.tsx'
import {
  BriefActions,
  BriefCredit,
  BriefDisagreements,
  BriefEstimate,
  BriefNotes,
  BriefSources,
} from './brief-parts.tsx'
import './brief.css'

const NO_HIDDEN = new Set<string>()

export function SeriesBriefPage(props: { id: number }) {
  const loaded = useSeriesDetail(props.id)
  const notes = useAnnotations(props.id)
  const detail = loaded.data
  useTitle(detail ? `Brief: ${detail.series.title}` : 'Brief')
  const model = useMemo(() => (detail ? buildPlot([detail]) : null), [detail])
  const noteItems = notes.data?.items
  const config = useMemo(() => {
    if (!model || !noteItems) return null
    const c = figuresChart(model, NO_HIDDEN, {}, () => {})
    // Drawn at once, so that printing right after opening prints the whole chart.
    const options = { ...withAnnotations(c.options, noteItems), animation: false } as ChartOptions<'line'>
    return { data: c.data, options }
  }, [model, noteItems])

  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
  if (notes.error) return <ErrorNotice error={notes.error} onRetry={notes.reload} />
  if (!detail || !model || !config) return <Loading label="Preparing the brief…" />
  const s = detail.series
  const hash = `#/series/${s.id}`
  const seen = new Set<string>()
  const sources = model.datasets.filter((d) => !seen.has(d.sourceKey) && seen.add(d.sourceKey))
  return (
    <article class="brief" aria-labelledby="brief-title">
      <BriefActions back={hash} backLabel="Back to the series" />
      <header class="brief-head">
        <h1 id="brief-title">{s.title}</h1>
        <p class="brief-muted">
          {formatMetric(s.metric)} · {s.group.label}
          {s.place.name ? ` · ${s.place.name}` : ''} · {periodLabel(s)} · {s.point_count} figure
          {s.point_count === 1 ? '' : 's'} from {s.source_count} source{s.source_count === 1 ? '' : 's'}
        </p>
      </header>
      <figure class="brief-chart">
        <Chart
          name="brief"
          type="line"
          data={config.data}
          options={config.options}
          plugins={[backgroundPlugin, bandsPlugin, marksPlugin]}
          height={230}
          label={`Chart of ${s.title}; the figures are in the table below.`}
        />
        <figcaption class="brief-legend">
          <ul class="brief-sources" aria-label="Sources">
            {sources.map((d) => (
              <li key={d.sourceKey}>
                <span class="swatch" aria-hidden="true" style={{ background: d.color }} />
                {d.label}
              </li>
            ))}
          </ul>
          <MarkerKey />
        </figcaption>
      </figure>
      <section aria-labelledby="brief-estimate">
        <h2 id="brief-estimate">Figure to use</h2>
        <BriefEstimate series={s} />
      </section>
      <BriefSources detail={detail} headingId="brief-sources" />
      <BriefDisagreements detail={detail} headingId="brief-disagreements" />
      <BriefNotes notes={noteItems ?? []} />
      <BriefCredit hash={hash} />
    </article>
  )
}
