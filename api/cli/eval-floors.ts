// Floors for `npm run eval -- … --floors FILE`: each figure the extractor must still reach, set a little
// under what it scores today, so that a real regression fails CI while a one-claim wobble does not.
// FILE: {"overall": {"precision", "recall", "f1"}, "perMetric": {metric: {"f1"}}, "fields": {field: accuracy}}
import { readFileSync } from 'node:fs'
import type { ScoreReport } from '../extractor/eval/score.ts'

interface Floors {
  overall?: Partial<Record<'precision' | 'recall' | 'f1', number>>
  perMetric?: Record<string, Partial<Record<'precision' | 'recall' | 'f1', number>>>
  fields?: Record<string, number>
}

/** Every figure under its floor, as a line naming it; empty when all are met. */
export function belowFloors(report: ScoreReport, file: string): string[] {
  const floors = JSON.parse(readFileSync(file, 'utf8')) as Floors
  const below: string[] = []
  const check = (name: string, value: number | undefined, floor: number) => {
    if (value === undefined) below.push(`${name}: no figure (floor ${floor})`)
    else if (value < floor) below.push(`${name}: ${value.toFixed(3)} < floor ${floor}`)
  }
  for (const [k, floor] of Object.entries(floors.overall ?? {}))
    check(`overall ${k}`, report.overall[k as 'f1'], floor)
  for (const [metric, f] of Object.entries(floors.perMetric ?? {}))
    for (const [k, floor] of Object.entries(f))
      check(`${metric} ${k}`, report.perMetric[metric]?.[k as 'f1'], floor)
  for (const [field, floor] of Object.entries(floors.fields ?? {}))
    check(`${field} accuracy`, report.fields[field]?.accuracy, floor)
  return below
}
