// One topic's card on the overview: its headline series in full, and every other series of the topic
// one click away, each with its own figure and its own disagreement count.
import { EstimateLine } from '../../components/estimate/estimate-card.tsx'
import { Badge, ChangeText, LatestFigure, MetricChip, Sparkline } from '../../components/ui.tsx'
import { formatDate, formatNumber } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { SeriesSummary, Topic } from '../../lib/types.ts'

/** The series of a topic with figures, headline first: pinned, then most sources, most figures, latest. */
export function topicSeries(topic: Topic): SeriesSummary[] {
  return topic.series
    .filter((s) => s.point_count > 0)
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        b.source_count - a.source_count ||
        b.point_count - a.point_count ||
        (b.last_date ?? '').localeCompare(a.last_date ?? ''),
    )
}

/** The series a topic's card leads with (see topicSeries). */
export function leadSeries(topic: Topic): SeriesSummary | undefined {
  return topicSeries(topic)[0]
}

function DisagreementBadge(props: { count: number }) {
  if (!props.count) return null
  return (
    <Badge kind="warning" title="Sources report figures that cannot all be true">
      {props.count} disagreement{props.count === 1 ? '' : 's'}
    </Badge>
  )
}

export function TopicTile(props: { topic: Topic; sparks: Map<number, number[]>; color: string }) {
  const [s, ...others] = topicSeries(props.topic)
  if (!s) return null
  const spark = props.sparks.get(s.id)
  return (
    <li class="tile card">
      <div class="tile-top">
        <MetricChip metric={s.metric} />
        {s.place.name ? <span class="tile-place">{s.place.name}</span> : null}
        {s.pinned ? <Badge kind="accent">Pinned</Badge> : null}
      </div>
      <h3 class="tile-title">
        <a href={buildHash(['series', s.id])}>{s.title}</a>
      </h3>
      <div class="tile-figure-row">
        <div>
          <LatestFigure latest={s.latest} class="tile-figure" emptyClass="tile-figure muted" />
          <div class="tile-meta">
            {s.latest?.as_of ? formatDate(s.latest.as_of) : 'no date'}
            {s.latest?.source ? ` · ${s.latest.source}` : ''}
          </div>
        </div>
        {spark && spark.length > 1 ? (
          <Sparkline values={spark} color={props.color} label={`Trend of ${s.title}`} />
        ) : null}
      </div>
      <EstimateLine estimate={s.estimate} />
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
        <DisagreementBadge count={s.disagreement_count} />
      </div>
      {others.length ? (
        <ul class="tile-others" aria-label={`Other series of ${s.title}`}>
          {others.map((o) => (
            <li key={o.id}>
              <a href={buildHash(['series', o.id])}>{o.title}</a>
              <LatestFigure
                latest={o.latest}
                class="tile-other-figure"
                emptyClass="tile-other-figure muted"
              />
              <DisagreementBadge count={o.disagreement_count} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
