// The three figures over a series' chart: the latest, the change or the incidents' sum, the dates.
import { ChangeText, LatestFigure, Notice } from '../../components/ui.tsx'
import { formatDate, formatNumber } from '../../lib/format.ts'
import type { SeriesDetail } from '../../lib/types.ts'

export function SeriesSummary(props: { detail: SeriesDetail }) {
  const main = props.detail.series
  const points = props.detail.points
  const range = props.detail.range
  return (
    <>
      {range?.decimated ? (
        <Notice kind="info">
          A long series: the chart and the table show {formatNumber(range.points_sent)} of its{' '}
          {formatNumber(range.points_in_range)} figures, chosen to keep the shape of each source’s line and
          every figure a revision or flag names. A change is counted from the source’s previous figure, shown
          or not; a figure’s quotes open with “Show quotes” in the table.
        </Notice>
      ) : null}
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
            <span class="stat-label">Sum of the incidents {range?.decimated ? 'shown' : 'reported'}</span>
            <span class="stat-value">{formatNumber(points.reduce((n, p) => n + p.low, 0))}</span>
            <span class="stat-note">
              in {points.length} incident{points.length === 1 ? '' : 's'} (lower bounds)
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
    </>
  )
}
