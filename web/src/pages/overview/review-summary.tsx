import { ErrorNotice } from '../../components/ui.tsx'
import { formatConfidence, formatFigure, formatMetric } from '../../lib/format.ts'
import { useClaimList } from '../../lib/queries.ts'
import { buildHash } from '../../lib/route.ts'
import { ChangeList, SideCard } from './side-card.tsx'

/** The pending claims, within the overview's metric and place filters. */
export function ReviewSummary(props: { metric?: string; place?: string }) {
  const filters = { metric: props.metric, place: props.place }
  const pending = useClaimList({ status: 'pending', sort: 'confidence', limit: 100, ...filters })
  const items = pending.data?.items ?? []
  const count = pending.data ? `${items.length}${pending.data.next_cursor ? '+' : ''}` : '…'
  return (
    <SideCard
      id="review-title"
      title="Waiting for review"
      action={
        <a class="btn btn-small" href={buildHash(['review'], filters)}>
          Open queue
        </a>
      }
    >
      {pending.error ? <ErrorNotice error={pending.error} onRetry={pending.reload} /> : null}
      <p class="big-count">
        <span class="big-number">{count}</span> pending claim{items.length === 1 ? '' : 's'}
      </p>
      {items.length ? (
        <>
          <h3 class="side-sub">Least confident</h3>
          <ChangeList
            items={items.slice(0, 3)}
            itemKey={(c) => c.id}
            href={(c) => buildHash(['review'], { claim: c.id })}
            text={(c) => `${formatFigure(c)} ${c.who} ${formatMetric(c.metric)}`}
            line={(c) => `${formatConfidence(c.confidence)} sure · ${c.outlet ?? 'no outlet'}`}
          />
        </>
      ) : null}
    </SideCard>
  )
}
