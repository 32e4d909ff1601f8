// Above the queue: the keyboard shortcuts (hidden on touch screens by CSS) and, for editors, the bulk
// actions on the ticked claims.
import { Check } from '../../components/ui.tsx'
import { RejectForm } from './reject-form.tsx'
import type { ReviewQueue } from './use-review-queue.ts'

/** The shortcuts only editors have, as the toolbar lists them. */
const EDITOR_KEYS = [
  ['v', 'verify'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['x', 'select'],
] as const

export function ReviewToolbar(props: { queue: ReviewQueue; editor: boolean }) {
  const { queue, editor } = props
  const checkedIds = [...queue.checked]
  const items = queue.items
  const allChecked = items.length > 0 && items.every((c) => queue.checked.has(c.id))
  return (
    <div class="review-toolbar">
      <div class="shortcuts">
        <span class="visually-hidden">Keyboard shortcuts:</span>
        <span>
          <kbd>j</kbd>
          <kbd>k</kbd> move
        </span>
        {editor
          ? EDITOR_KEYS.map(([key, what]) => (
              <span key={key}>
                <kbd>{key}</kbd> {what}
              </span>
            ))
          : null}
        <span>
          <kbd>o</kbd> open article
        </span>
      </div>
      {editor ? (
        <div class="bulk">
          <Check
            checked={allChecked}
            disabled={!items.length}
            onValue={(on) => queue.setChecked(on ? new Set(items.map((c) => c.id)) : new Set())}
          >
            Select all shown
          </Check>
          <button
            type="button"
            class="btn btn-primary btn-small"
            disabled={!checkedIds.length}
            onClick={() => void queue.review(checkedIds, 'verify')}
          >
            Verify selected{checkedIds.length ? ` (${checkedIds.length})` : ''}
          </button>
          <button
            type="button"
            class="btn btn-small"
            disabled={!checkedIds.length}
            aria-expanded={queue.rejecting === 'selected'}
            onClick={() => queue.setRejecting('selected')}
          >
            Reject selected
          </button>
          {queue.rejecting === 'selected' && checkedIds.length ? (
            <RejectForm
              what={`${checkedIds.length} selected claims`}
              onReject={(note) => {
                queue.setRejecting(null)
                void queue.review(checkedIds, 'reject', note)
              }}
              onCancel={() => queue.setRejecting(null)}
            />
          ) : null}
        </div>
      ) : (
        <p class="muted small readonly-note">You can read the queue; reviewing needs the editor role.</p>
      )}
    </div>
  )
}
