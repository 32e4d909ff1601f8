// "Manage series" for editors: move or split claims, merge another series in, rename, and undo from the
// history. Every operation says what it will do before it runs, and is announced when done.
import { useEffect, useRef, useState } from 'preact/hooks'
import { InputField, toast } from '../../components/ui.tsx'
import { errorMessage } from '../../lib/api.ts'
import { useSeriesHistory } from '../../lib/queries.ts'
import type { SeriesDetail, SeriesSummary } from '../../lib/types.ts'
import { ClaimPicker } from './claim-picker.tsx'
import { ActionChoice } from './manage-action.tsx'
import { type ManageAction, planProblem, planText, runPlan } from './manage-ops.ts'
import { OperationHistory } from './operation-history.tsx'
import { SeriesPicker } from './series-picker.tsx'
import './manage.css'

export function ManagePanel(props: { detail: SeriesDetail; onChanged: () => void }) {
  const current = props.detail.series
  const [open, setOpen] = useState(false)
  const [action, setAction] = useState<ManageAction>('move')
  const [claimIds, setClaimIds] = useState<number[]>([])
  const [target, setTarget] = useState<SeriesSummary | null>(null)
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const panel = useRef<HTMLDivElement>(null)
  const history = useSeriesHistory(open ? current.id : null)
  // Opening moves focus to the panel's first choice, where the next action is.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input')?.focus()
  }, [open])

  const plan = { action, current, claimIds, target, title }
  const problem = planProblem(plan)
  const changed = () => {
    setClaimIds([])
    setTarget(null)
    setTitle('')
    history.reload()
    props.onChanged()
  }
  async function apply(e: Event) {
    e.preventDefault()
    if (problem) return
    setBusy(true)
    try {
      toast((await runPlan(plan)).message)
      changed()
    } catch (err) {
      toast(errorMessage(err), 'error')
      // A move of several claims can stop part-way: show what the server now holds.
      history.reload()
      props.onChanged()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="card manage-series" aria-labelledby="manage-title">
      <h2 id="manage-title" class="card-title">
        <button
          type="button"
          class="btn btn-small"
          aria-expanded={open}
          aria-controls="manage-panel"
          onClick={() => setOpen(!open)}
        >
          Manage series
        </button>
      </h2>
      <div id="manage-panel" ref={panel} hidden={!open}>
        {open ? (
          <>
            <form class="manage-form" onSubmit={(e) => void apply(e)}>
              <ActionChoice value={action} onValue={setAction} />
              {action === 'move' || action === 'split' ? (
                <ClaimPicker detail={props.detail} selected={claimIds} onChange={setClaimIds} />
              ) : null}
              {action === 'move' || action === 'merge' ? (
                <SeriesPicker current={current} picked={target} onPick={setTarget} />
              ) : null}
              {action === 'split' || action === 'rename' ? (
                <InputField
                  label={action === 'split' ? 'Title of the new series (optional)' : 'New title'}
                  value={title}
                  onValue={setTitle}
                  maxLength={300}
                />
              ) : null}
              <p class="manage-plan" id="manage-plan">
                {problem ?? planText(plan)}
              </p>
              <button
                type="submit"
                class="btn btn-primary"
                disabled={busy || Boolean(problem)}
                aria-describedby="manage-plan"
              >
                {busy ? 'Working…' : 'Apply'}
              </button>
            </form>
            <OperationHistory history={history} onUndone={changed} />
          </>
        ) : null}
      </div>
    </section>
  )
}
