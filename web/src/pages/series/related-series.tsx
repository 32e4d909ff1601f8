import { Section } from '../../components/ui.tsx'
import { buildHash } from '../../lib/route.ts'
import type { SeriesSummary } from '../../lib/types.ts'

/** The topic's other series, each a checkbox that adds it to the chart. */
export function RelatedSeries(props: {
  main: SeriesSummary
  siblings: SeriesSummary[]
  withIds: number[]
  onToggle: (id: number, on: boolean) => void
}) {
  const { main, withIds } = props
  if (props.siblings.length <= 1) return null
  return (
    <Section id="related-title" class="card related" title="Other series of this topic">
      <p class="muted small">
        Show them on the same chart. Their figures count from different dates, and the legend says which is
        which.
      </p>
      <ul class="related-list">
        {props.siblings
          .filter((s) => s.id !== main.id)
          .map((s) => (
            <li key={s.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={withIds.includes(s.id)}
                  onChange={(e) => props.onToggle(s.id, e.currentTarget.checked)}
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
  )
}
