// Figures to look at twice: a running toll that jumps far above its usual daily rate (a backfill, a new
// way of counting) and incidents first reported long after their date. Editors mark a flag as
// explained with a note (audited by the API); the flag stays, with the note beside it.
import { useState } from 'preact/hooks'
import { attempt, Badge, Section } from '../../components/ui.tsx'
import { api } from '../../lib/api.ts'
import { formatDate } from '../../lib/format.ts'
import { invalidate } from '../../lib/query.ts'
import type { SeriesDetail } from '../../lib/types.ts'
import './flags.css'

type Flag = SeriesDetail['flags'][number]

const LABEL: Record<Flag['kind'], string> = { jump: 'jump', late: 'late report' }

export function Flags(props: { details: SeriesDetail[]; editor: boolean }) {
  const several = props.details.length > 1
  const all = props.details.flatMap((d) => d.flags.map((f) => ({ f, d })))
  if (!all.length) return null
  return (
    <Section id="flags-title" class="card series-flags" title="Figures to look at twice">
      <ul class="flag-list">
        {all.map(({ f, d }) => (
          <li key={`${d.series.id}-${f.kind}-${f.point}`} data-kind={f.kind}>
            <Badge kind={f.explained ? 'neutral' : 'warning'}>{LABEL[f.kind]}</Badge>
            <div>
              <p class="flag-reason">
                {several ? `${d.series.title}: ` : ''}
                {f.reason}
              </p>
              <p class="muted small">
                {f.source_name}, figure of {formatDate(f.date)}
              </p>
              {f.explained ? (
                <p class="flag-note small">
                  Explained by {f.explained.by} on {formatDate(f.explained.at.slice(0, 10))}:{' '}
                  {f.explained.note}
                </p>
              ) : null}
              {props.editor ? <ExplainForm seriesId={d.series.id} flag={f} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  )
}

function ExplainForm(props: { seriesId: number; flag: Flag }) {
  const f = props.flag
  const [note, setNote] = useState(f.explained?.note ?? '')
  const id = `flag-note-${props.seriesId}-${f.kind}-${f.point.replace(/[^\w-]/g, '_')}`
  async function save(e: Event) {
    e.preventDefault()
    const ok = await attempt(
      () =>
        api('PUT', `/api/series/${props.seriesId}/flags/explained`, {
          kind: f.kind,
          point: f.point,
          note: note.trim(),
        }),
      'Flag marked as explained.',
    )
    if (ok) invalidate(`/api/series/${props.seriesId}`)
  }
  return (
    <details class="flag-explain">
      <summary>{f.explained ? 'Change the note' : 'Mark as explained'}</summary>
      <form onSubmit={save}>
        <label for={id}>Why this {LABEL[f.kind]} is explained</label>
        <textarea
          id={id}
          required
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-small" disabled={!note.trim()}>
          Save note
        </button>
      </form>
    </details>
  )
}
