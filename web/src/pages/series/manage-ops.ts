// The series operations editors run from the series page: what each will do, said before it runs,
// and the API call behind it (the routes in api/series/routes/series.ts and api/claims/routes.ts).
import { patch, post } from '../../lib/api.ts'
import type { SeriesSummary } from '../../lib/types.ts'

export type ManageAction = 'move' | 'split' | 'merge' | 'rename'

export interface ManagePlan {
  action: ManageAction
  /** The series the page shows. */
  current: { id: number; title: string }
  /** Claims ticked in the claim picker (move and split). */
  claimIds: number[]
  /** The series picked (move: where the claims go; merge: the series that joins this one). */
  target: { id: number; title: string } | null
  /** The new title (rename) or the new series' title (split; empty for the default). */
  title: string
}

const claimsText = (n: number) => `${n} claim${n === 1 ? '' : 's'}`

/** Why the plan cannot run yet, or null when it can. */
export function planProblem(p: ManagePlan): string | null {
  if ((p.action === 'move' || p.action === 'split') && !p.claimIds.length) return 'Tick at least one claim.'
  if ((p.action === 'move' || p.action === 'merge') && !p.target) return 'Pick a series.'
  if (p.target && p.target.id === p.current.id) return 'Pick a series other than this one.'
  if (p.action === 'rename' && !p.title.trim()) return 'Type the new title.'
  return null
}

/** The sentence shown before the button: exactly what will happen, and that it can be undone. */
export function planText(p: ManagePlan): string {
  const here = `“${p.current.title}”`
  const there = p.target ? `“${p.target.title}”` : 'the series you pick'
  const undo = ' It can be undone from the history below.'
  switch (p.action) {
    case 'move':
      return `${claimsText(p.claimIds.length)} will move from ${here} to ${there}.${undo}`
    case 'split': {
      const name = p.title.trim() ? `“${p.title.trim()}”` : `“${p.current.title} (split)”`
      return `${claimsText(p.claimIds.length)} will leave ${here} for a new series ${name}.${undo}`
    }
    case 'merge':
      return `Every claim of ${there} will join ${here}, and ${there} will point to it.${undo}`
    case 'rename':
      return `${here} will be called “${p.title.trim()}”.${undo}`
  }
}

/** Runs the plan; resolves to what to announce and the series to show afterwards. */
export async function runPlan(p: ManagePlan): Promise<{ message: string; showId: number }> {
  const id = p.current.id
  switch (p.action) {
    case 'move':
      // One request per claim: the API moves claims one at a time, each its own undoable operation.
      for (const claim of p.claimIds) await post(`/api/claims/${claim}/move`, { series_id: p.target!.id })
      return { message: `Moved ${claimsText(p.claimIds.length)} to “${p.target!.title}”.`, showId: id }
    case 'split': {
      const title = p.title.trim() || undefined
      const made = await post<SeriesSummary>(`/api/series/${id}/split`, { claim_ids: p.claimIds, title })
      return { message: `Split ${claimsText(p.claimIds.length)} into “${made.title}”.`, showId: id }
    }
    case 'merge':
      await post<SeriesSummary>(`/api/series/${p.target!.id}/merge`, { into: id })
      return { message: `Merged “${p.target!.title}” into this series.`, showId: id }
    case 'rename': {
      const s = await patch<SeriesSummary>(`/api/series/${id}`, { title: p.title.trim() })
      return { message: `Renamed to “${s.title}”.`, showId: id }
    }
  }
}
