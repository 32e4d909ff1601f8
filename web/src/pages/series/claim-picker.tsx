// The claims of the series, as its data table lists them, each with a checkbox: what move and split act on.
import { Check, FigureText } from '../../components/ui.tsx'
import { formatDate } from '../../lib/format.ts'
import type { SeriesDetail } from '../../lib/types.ts'

export interface PickableClaim {
  id: number
  label: string
}

/** One row per claim (a point repeated in several articles is several claims), in the table's order. */
export function pickableClaims(detail: SeriesDetail) {
  return detail.points.flatMap((p) =>
    p.quotes.map((q) => ({
      id: q.claim_id,
      point: p,
      note: `${p.source_name} · ${p.as_of ? formatDate(p.as_of) : 'no date'}${q.outlet ? ` · ${q.outlet}` : ''}`,
      quote: q.quote,
    })),
  )
}

export function ClaimPicker(props: {
  detail: SeriesDetail
  selected: number[]
  onChange: (ids: number[]) => void
}) {
  const rows = pickableClaims(props.detail)
  const toggle = (id: number, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((x) => x !== id))
  return (
    <fieldset class="manage-claims">
      <legend>
        Claims ({props.selected.length} of {rows.length} ticked)
      </legend>
      <ul class="plain-list">
        {rows.map((r) => (
          <li key={r.id}>
            <Check checked={props.selected.includes(r.id)} onValue={(on) => toggle(r.id, on)}>
              <span>
                <FigureText figure={r.point} /> <span class="muted small">{r.note}</span>
                <span class="block small">“{r.quote}”</span>
              </span>
            </Check>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
