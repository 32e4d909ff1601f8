// An analyst's reliability grade of a source (NATO/Admiralty A-F) with a note; editors set it here,
// everyone else reads it. The API audits it and refreshes the best estimates that weigh it.
import { useState } from 'preact/hooks'
import { attempt } from '../../components/ui.tsx'
import { api } from '../../lib/api.ts'
import type { TrackRecord } from '../../lib/types.ts'

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
const MEANING: Record<string, string> = {
  A: 'A: completely reliable',
  B: 'B: usually reliable',
  C: 'C: fairly reliable',
  D: 'D: not usually reliable',
  E: 'E: unreliable',
  F: 'F: cannot be judged',
}

export function SourceGrade(props: { record: TrackRecord; editor: boolean; onSaved: () => void }) {
  const r = props.record
  const [grade, setGrade] = useState(r.grade ?? '')
  const [note, setNote] = useState(r.grade_note ?? '')
  const shown = r.grade ? `${MEANING[r.grade]}${r.graded_by ? ` (${r.graded_by})` : ''}` : 'not graded'
  if (!props.editor) return <span title={r.grade_note ?? undefined}>{shown}</span>
  async function save(e: Event) {
    e.preventDefault()
    const ok = await attempt(
      () => api('PUT', `/api/sources/${r.id}/grade`, { grade: grade || null, note: note.trim() || null }),
      `Grade of ${r.name} saved.`,
    )
    if (ok) props.onSaved()
  }
  return (
    <form class="grade-form" onSubmit={save}>
      <select
        aria-label={`Grade of ${r.name}`}
        value={grade}
        onChange={(e) => setGrade(e.currentTarget.value)}
      >
        <option value="">not graded</option>
        {GRADES.map((g) => (
          <option key={g} value={g}>
            {MEANING[g]}
          </option>
        ))}
      </select>
      <input
        aria-label={`Note on the grade of ${r.name}`}
        placeholder="Why"
        value={note}
        maxLength={2000}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <button type="submit" class="btn btn-small">
        Save
      </button>
    </form>
  )
}
