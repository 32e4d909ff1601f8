// A place on one A4 page: its busiest series (up to four), each with the figure to use, each source's latest
// figure with its words, and the disagreements; then where it came from. `metric` narrows it to one kind.
import { ErrorNotice, Loading } from '../../components/ui.tsx'
import { useTitle } from '../../hooks.ts'
import { formatMetric } from '../../lib/format.ts'
import { useSeriesDetails, useSeriesList } from '../../lib/queries.ts'
import { buildHash, type Query } from '../../lib/route.ts'
import type { Metric } from '../../lib/types.ts'
import { BriefActions, BriefCredit, BriefDisagreements, BriefEstimate, BriefSources } from './brief-parts.tsx'
import './brief.css'

const MOST = 4

export function PlaceBriefPage(props: { query: Query }) {
  const place = props.query.place ?? ''
  const metric = props.query.metric
  const list = useSeriesList(place ? { place, metric, limit: 50 } : null)
  const ids = (list.data?.items ?? [])
    .filter((s) => s.point_count > 0)
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.point_count - a.point_count || a.id - b.id)
    .slice(0, MOST)
    .map((s) => s.id)
  const details = useSeriesDetails(ids)
  const name = list.data?.items[0]?.place.name ?? place
  const metrics = (metric ?? '').split(',').filter(Boolean) as Metric[]
  const title = `${metrics.length ? `${metrics.map(formatMetric).join(', ')} in ` : ''}${name}`
  useTitle(`Brief: ${title}`)

  if (!place) return <ErrorNotice error={new Error('Choose a place: #/brief?place=Idlib')} />
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />
  if (details.error) return <ErrorNotice error={details.error} onRetry={details.reload} />
  if (!list.data || !details.data) return <Loading label="Preparing the brief…" />
  const hash = buildHash([], { place, metric })
  const total = list.data.items.filter((s) => s.point_count > 0).length
  return (
    <article class="brief brief-place" aria-labelledby="brief-title">
      <BriefActions back={hash} backLabel="Back to the overview" />
      <header class="brief-head">
        <h1 id="brief-title">{title}</h1>
        <p class="brief-muted">
          {total > MOST
            ? `The ${MOST} series with the most figures of ${total}.`
            : `${total} series with figures.`}
        </p>
      </header>
      {details.data.map((d) => (
        <section key={d.series.id} class="brief-series" aria-labelledby={`brief-s${d.series.id}`}>
          <h2 id={`brief-s${d.series.id}`}>
            <a href={`#/series/${d.series.id}/brief`}>{d.series.title}</a>
          </h2>
          <BriefEstimate series={d.series} />
          <BriefSources detail={d} headingId={`brief-s${d.series.id}-sources`} level={3} quoteChars={170} />
          {d.disagreement_groups.length || d.revisions.length ? (
            <BriefDisagreements detail={d} headingId={`brief-s${d.series.id}-dis`} level={3} />
          ) : null}
        </section>
      ))}
      <BriefCredit hash={buildHash(['brief'], { place, metric })} />
    </article>
  )
}
