// The editorial operations on this series (move, merge, split, rename, pin), newest first, each undoable.
import { useState } from 'preact/hooks'
import { LoadStatus, toast } from '../../components/ui.tsx'
import type { Loaded } from '../../hooks.ts'
import { errorMessage, post } from '../../lib/api.ts'
import { formatDateTime } from '../../lib/format.ts'
import type { SeriesOperation } from '../../lib/types.ts'

const VERBS: Record<string, string> = {
  move: 'Moved a claim',
  merge: 'Merged a series in',
  split: 'Split claims off',
  rename: 'Renamed',
  edit: 'Renamed or pinned',
  undo: 'Undid an operation',
}

/** Ids of the operations already undone: the API answers 409 for them, so no button is offered. */
function undoneIds(items: SeriesOperation[]): Set<number> {
  return new Set(
    items.filter((op) => op.action === 'undo').map((op) => Number((op.after as { undid?: number }).undid)),
  )
}

export function OperationHistory(props: {
  history: Loaded<{ items: SeriesOperation[] }>
  onUndone: () => void
}) {
  const [busy, setBusy] = useState<number | null>(null)
  const items = props.history.data?.items ?? []
  const undone = undoneIds(items)
  async function undo(op: SeriesOperation) {
    setBusy(op.id)
    try {
      await post(`/api/series/operations/${op.id}/undo`)
      toast(`Undone: ${(VERBS[op.action] ?? op.action).toLowerCase()}.`)
      props.onUndone()
    } catch (err) {
      toast(errorMessage(err), 'error')
    } finally {
      setBusy(null)
    }
  }
  return (
    <div class="manage-history">
      <h3>History</h3>
      <LoadStatus load={props.history} label="Loading the history…" />
      {items.length ? (
        <ul class="plain-list">
          {items.map((op) => (
            <li key={op.id}>
              {VERBS[op.action] ?? op.action}{' '}
              <span class="muted small">
                by {op.actor}, {formatDateTime(op.at)}
              </span>{' '}
              {op.action === 'undo' ? null : undone.has(op.id) ? (
                <span class="muted small">(undone)</span>
              ) : (
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={busy !== null}
                  onClick={() => void undo(op)}
                >
                  Undo
                  <span class="visually-hidden">
                    {' '}
                    {VERBS[op.action] ?? op.action}, {formatDateTime(op.at)}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : props.history.data ? (
        <p class="muted small">Nothing done on this series yet.</p>
      ) : null}
    </div>
  )
}
