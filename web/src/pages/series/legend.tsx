import type { PlotModel } from '../../chart/series-data.ts'
import type { SeriesDetail } from '../../lib/types.ts'

/** What the chart shows: the reported figures, the increments between them, or sums per period. */
export type View = 'figures' | 'increments' | 'buckets'

export function MarkerKey() {
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

export function Legend(props: {
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
