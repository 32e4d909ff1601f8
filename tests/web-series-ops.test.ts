// The series page's "Manage series" sentences: what an operation will do, and why it cannot run yet.
import { describe, expect, it } from 'vitest'
import { type ManagePlan, planProblem, planText } from '../web/src/pages/series/manage-ops.ts'

const plan = (over: Partial<ManagePlan>): ManagePlan => ({
  action: 'move',
  current: { id: 1, title: 'Civilians killed in Idlib' },
  claimIds: [],
  target: null,
  title: '',
  ...over,
})
const other = { id: 2, title: 'Civilians killed in Hama' }

describe('manage series plans', () => {
  it('says what a move, split, merge and rename will do', () => {
    expect(planText(plan({ claimIds: [5, 6], target: other }))).toBe(
      '2 claims will move from “Civilians killed in Idlib” to “Civilians killed in Hama”. It can be undone from the history below.',
    )
    expect(planText(plan({ action: 'split', claimIds: [5] }))).toContain(
      '1 claim will leave “Civilians killed in Idlib” for a new series “Civilians killed in Idlib (split)”.',
    )
    expect(planText(plan({ action: 'split', claimIds: [5], title: ' Idlib, June ' }))).toContain(
      '“Idlib, June”',
    )
    expect(planText(plan({ action: 'merge', target: other }))).toContain(
      'Every claim of “Civilians killed in Hama” will join “Civilians killed in Idlib”',
    )
    expect(planText(plan({ action: 'rename', title: 'Idlib deaths' }))).toContain(
      'will be called “Idlib deaths”',
    )
  })

  it('names what is missing before an operation can run', () => {
    expect(planProblem(plan({ target: other }))).toBe('Tick at least one claim.')
    expect(planProblem(plan({ claimIds: [5] }))).toBe('Pick a series.')
    expect(planProblem(plan({ action: 'merge', target: { id: 1, title: 'x' } }))).toBe(
      'Pick a series other than this one.',
    )
    expect(planProblem(plan({ action: 'rename', title: '  ' }))).toBe('Type the new title.')
    expect(planProblem(plan({ action: 'split', claimIds: [5] }))).toBeNull()
    expect(planProblem(plan({ action: 'merge', target: other }))).toBeNull()
  })
})
