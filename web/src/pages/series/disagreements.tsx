import type { PlotModel, PlotRef } from '../../chart/series-data.ts'
import { Badge, Section } from '../../components/ui.tsx'
import { formatDate, formatNumber, formatQualifier } from '../../lib/format.ts'
import type { SeriesDetail } from '../../lib/types.ts'
import { ExplainedDisagreements } from './explained-disagreements.tsx'

export function Disagreements(props: { model: PlotModel; details: SeriesDetail[] }) {
  const { model } = props
  const revisions = props.details.flatMap((d) => d.revisions.map((r) => ({ ...r, series: d })))
  if (!model.disagreements.length && !revisions.length) return null
  const byKey = new Map(model.points.map((r) => [`${r.seriesId}|${r.point.key}`, r]))
  const describe = (ref: PlotRef | undefined) =>
    ref ? `${ref.point.source_name}: ${formatFigureShort(ref)} on ${formatDate(ref.point.as_of)}` : 'a figure'
  return (
    <Section id="disagree-title" class="card disagreements" title="Where sources disagree">
      <ul class="disagree-list">
        <ExplainedDisagreements details={props.details} />
        {revisions.map((r) => (
          <li key={`${r.series.series.id}-${r.from}-${r.to}`}>
            <Badge>revised</Badge>
            <div>
              <p class="disagree-reason">{r.reason}</p>
              <p class="muted small">
                {describe(byKey.get(`${r.series.series.id}|${r.from}`))} →{' '}
                {describe(byKey.get(`${r.series.series.id}|${r.to}`))}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  )
}

export function formatFigureShort(ref: PlotRef): string {
  const p = ref.point
  return `${formatQualifier(p.qualifier) === 'exact' ? '' : `${formatQualifier(p.qualifier)} `}${formatNumber(p.low)}${p.qualifier === 'range' && p.high !== null ? `–${formatNumber(p.high)}` : ''}`
}
