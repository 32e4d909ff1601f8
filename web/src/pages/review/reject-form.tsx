import { useRef, useState } from 'preact/hooks'
import { InputField } from '../../components/ui.tsx'
import { useFocusFirstField } from '../../hooks.ts'

/**
 * Asks why a claim (or the selected claims) is rejected: optional, kept with the review in the claim's
 * history. Focus starts in the reason; Enter rejects, Escape cancels.
 */
export function RejectForm(props: { what: string; onReject: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('')
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstField(form)
  return (
    <form
      ref={form}
      class="reject-form"
      aria-label={`Reject ${props.what}`}
      onSubmit={(e) => {
        e.preventDefault()
        props.onReject(note.trim())
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
    >
      <InputField
        label="Reason for rejecting (optional)"
        hint="Kept in the history, e.g. “duplicate of claim 12”, “not a count”"
        type="text"
        maxLength={2000}
        value={note}
        onValue={setNote}
        fieldClass="grow"
      />
      <div class="form-actions">
        <button type="submit" class="btn btn-small btn-danger">
          Reject
        </button>
        <button type="button" class="btn btn-small btn-ghost" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
