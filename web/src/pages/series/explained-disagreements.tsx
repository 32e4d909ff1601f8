// Disagreements grouped per cluster of report dates, each saying why the figures differ. Only a true
// conflict is badged red: figures that count another period, group, place or unit, or a denial, are
// "not comparable" and need no one to choose between them.
import { Badge } from '../../components/ui.tsx'
import { formatDate } from '../../lib/format.ts'
import type { SeriesDetail } from '../../lib/types.ts'

const LABEL: Record<SeriesDetail['disagreement_groups'][number]['cause'], string> = {
  conflict: 'true conflict',
  denial: 'not comparable: a denial',
  period: 'not comparable: different period',
  group: 'not comparable: different group',
  place: 'not comparable: different place',
  unit: 'not comparable: different unit',
}

export function ExplainedDisagreements(props: { details: SeriesDetail[] }) {
  const several = props.details.length > 1
  return (
    <>
      {props.details.flatMap((d) =>
        d.disagreement_groups.map((g) => (
          <li key={`${d.series.id}-${g.id}`} data-cause={g.cause}>
            <Badge kind={g.cause === 'conflict' ? 'danger' : 'neutral'}>{LABEL[g.cause]}</Badge>
            <div>
              <p class="disagree-reason">
                {several ? `${d.series.title}: ` : ''}
                {g.first === g.last
                  ? `on ${formatDate(g.first)}`
                  : `between ${formatDate(g.first)} and ${formatDate(g.last)}`}
              </p>
              <ul class="muted small disagree-figures">
                {g.pairs.map((p) => (
                  <li key={p.id}>{p.reason}</li>
                ))}
              </ul>
            </div>
          </li>
        )),
      )}
    </>
  )
}
