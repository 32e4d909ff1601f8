// The claim an article page was opened at: its facts and the ways to it in the queue and its series.
import { Badge, ClaimFacts, FigureText, MetricChip, StatusBadge } from '../../components/ui.tsx'
import { formatDate, formatPlace, formatQualifier } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { ClaimListItem } from '../../lib/types.ts'

export function ClaimCard(props: { claim: ClaimListItem; articleId: number }) {
  const c = props.claim
  return (
    <section class="card side-card claim-card" aria-labelledby="claim-card-title">
      <div class="side-card-head">
        <h2 id="claim-card-title" class="card-title">
          Claim {c.id}
        </h2>
        <StatusBadge status={c.status} />
      </div>
      <p class="claim-card-figure">
        <FigureText figure={c} class="claim-figure" /> <MetricChip metric={c.metric} /> {c.who}
      </p>
      <ClaimFacts
        items={[
          ['Source', c.source ?? '–'],
          ['Qualifier', formatQualifier(c.qualifier)],
          ['Place', formatPlace(c.location, c.country)],
          ['As of', formatDate(c.as_of)],
        ]}
      />
      <div class="claim-actions">
        <a
          class="btn btn-small"
          href={buildHash(['review'], { claim: c.id, status: c.status === 'pending' ? undefined : 'all' })}
        >
          Open in review queue
        </a>
        {c.series_id ? (
          <a class="btn btn-small btn-ghost" href={buildHash(['series', c.series_id])}>
            Its series
          </a>
        ) : null}
        {c.denied ? <Badge kind="danger">denied</Badge> : null}
      </div>
    </section>
  )
}
