// The notes drawn on the chart, numbered as there; editors add a dated note or remove one.
import { useState } from 'preact/hooks'
import { attempt, InputField, Notice } from '../../components/ui.tsx'
import { useSubmit } from '../../hooks.ts'
import { del, errorMessage, post } from '../../lib/api.ts'
import { formatDate } from '../../lib/format.ts'
import type { Annotation } from '../../lib/types.ts'
import './annotations.css'

export function AnnotationList(props: {
  seriesId: number
  notes: Annotation[]
  editable: boolean
  onChanged: () => void
}) {
  const [on, setOn] = useState('')
  const [note, setNote] = useState('')
  const add = useSubmit(async () => {
    await post(`/api/series/${props.seriesId}/annotations`, { on, note })
    setNote('')
    props.onChanged()
  })
  const remove = (a: Annotation) =>
    attempt(async () => {
      await del(`/api/series/${props.seriesId}/annotations/${a.id}`)
      props.onChanged()
    }, 'Note removed')
  if (!props.notes.length && !props.editable) return null
  return (
    <section class="annotations" aria-labelledby="notes-title">
      <h3 id="notes-title" class="annotations-title">
        Notes on the chart
      </h3>
      {props.notes.length ? (
        <ol class="annotation-list">
          {props.notes.map((a) => (
            <li key={a.id}>
              <time dateTime={a.on}>{formatDate(a.on)}</time> {a.note}
              {props.editable ? (
                <button type="button" class="btn btn-small btn-ghost" onClick={() => void remove(a)}>
                  Remove <span class="visually-hidden">the note of {formatDate(a.on)}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted small">No notes yet.</p>
      )}
      {props.editable ? (
        <form class="annotation-form" onSubmit={add.submit}>
          <InputField label="Date" type="date" required value={on} onValue={setOn} />
          <InputField
            label="Note"
            required
            maxLength={300}
            value={note}
            onValue={setNote}
            placeholder="Ceasefire announced"
          />
          <button type="submit" class="btn btn-small" disabled={add.busy}>
            Add note
          </button>
          {add.error ? <Notice kind="error">{errorMessage(add.error)}</Notice> : null}
        </form>
      ) : null}
    </section>
  )
}
