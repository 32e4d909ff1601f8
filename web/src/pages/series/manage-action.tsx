// Which series operation to run: one radio button each.
import type { ManageAction } from './manage-ops.ts'

const ACTIONS: { value: ManageAction; label: string }[] = [
  { value: 'move', label: 'Move claims to another series' },
  { value: 'split', label: 'Split claims off into a new series' },
  { value: 'merge', label: 'Merge another series into this one' },
  { value: 'rename', label: 'Rename this series' },
]

export function ActionChoice(props: { value: ManageAction; onValue: (a: ManageAction) => void }) {
  return (
    <fieldset class="manage-actions">
      <legend>What to do</legend>
      {ACTIONS.map((a) => (
        <label key={a.value} class="check">
          <input
            type="radio"
            name="manage-action"
            value={a.value}
            checked={props.value === a.value}
            onChange={() => props.onValue(a.value)}
          />
          {a.label}
        </label>
      ))}
    </fieldset>
  )
}
