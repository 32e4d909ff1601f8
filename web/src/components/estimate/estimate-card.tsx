// "What number do we use": the series' low, best and high by its rule, with the reason that can be
// quoted in a report. The reason is the API's sentence, so the page and the exports say the same thing.
import { formatNumber } from '../../lib/format.ts'
import type { SeriesSummary } from '../../lib/types.ts'
import './estimate.css'

type Estimate = NonNullable<SeriesSummary['estimate']>

export function EstimateCard(props: { estimate: Estimate | null }) {
  const e = props.estimate
  if (!e) return null
  return (
    <section class="card estimate-card" aria-labelledby="estimate-title">
      <h2 id="estimate-title" class="estimate-title">
        Figure to use <span class="estimate-rule">rule: {e.rule_name}</span>
      </h2>
      <dl class="estimate-values">
        <div>
          <dt>Low</dt>
          <dd data-testid="estimate-low">{formatNumber(e.low)}</dd>
        </div>
        <div class="estimate-best">
          <dt>Best</dt>
          <dd data-testid="estimate-best">{formatNumber(e.best)}</dd>
        </div>
        <div>
          <dt>High</dt>
          <dd data-testid="estimate-high">{e.high === null ? 'open' : formatNumber(e.high)}</dd>
        </div>
      </dl>
      <p class="estimate-reason" data-testid="estimate-reason">
        {e.reason}
      </p>
    </section>
  )
}

/** One line for a card on the overview: "Best 860 (860 – open)". */
export function EstimateLine(props: { estimate: Estimate | null }) {
  const e = props.estimate
  if (!e) return null
  const high = e.high === null ? 'open' : formatNumber(e.high)
  return (
    <p class="estimate-line" title={e.reason}>
      Best {formatNumber(e.best)}{' '}
      <span class="estimate-bounds">
        (low {formatNumber(e.low)}, high {high}; {e.rule_name})
      </span>
    </p>
  )
}
