// Why two figures differ. Pairwise disagreements are grouped into one per cluster of report dates, and
// each is given a cause: the figures count a different period, group, place or unit, one is a denial,
// or none of these explains it and the sources truly conflict. Only a true conflict needs an analyst.

import { dayNumber } from './dates.ts'
import type { Disagreement } from './disagreement.ts'
import type { Figure } from './points.ts'
import type { Cause } from './vocab.ts'

export { CAUSES, type Cause } from './vocab.ts'

/** What the words behind a figure say it counts; null where they do not say. */
export interface FigureFacts {
  since: string | null
  group: string | null
  place: string | null
  unit: string | null
}

export interface ExplainedDisagreement {
  id: string
  cause: Cause
  /** False for a true conflict: the figures claim to count the same thing. */
  comparable: boolean
  first: string
  last: string
  /** The pairwise disagreements of this cluster (ids), each with its own cause. */
  pairs: Array<{ id: string; cause: Cause; reason: string }>
  reason: string
}

const NOT_COMPARABLE: Record<Exclude<Cause, 'conflict'>, string> = {
  denial: 'a denial',
  period: 'different period',
  group: 'different group',
  place: 'different place',
  unit: 'different unit',
}

const same = (a: string | null, b: string | null) =>
  a === null || b === null || a.trim().toLowerCase() === b.trim().toLowerCase()

/** The cause of one pairwise disagreement; the order is the order an analyst checks them in. */
export function causeOf<T extends Figure>(
  d: Pick<Disagreement<T>, 'kind' | 'a' | 'b'>,
  facts: (f: T) => FigureFacts | undefined,
): Cause {
  if (d.kind === 'denial') return 'denial'
  const [a, b] = [facts(d.a), facts(d.b)]
  if (!a || !b) return 'conflict'
  if (!same(a.unit, b.unit)) return 'unit'
  if (!same(a.since, b.since)) return 'period'
  if (!same(a.group, b.group)) return 'group'
  if (!same(a.place, b.place)) return 'place'
  return 'conflict'
}

function detail(cause: Cause, a: FigureFacts | undefined, b: FigureFacts | undefined): string {
  const pair = (k: keyof FigureFacts) => (a && b ? ` (${a[k]} vs ${b[k]})` : '')
  switch (cause) {
    case 'period':
      return `different period${a && b ? ` (since ${a.since} vs since ${b.since})` : ''}`
    case 'group':
      return `different group${pair('group')}`
    case 'place':
      return `different place${pair('place')}`
    case 'unit':
      return `different unit${pair('unit')}`
    default:
      return NOT_COMPARABLE[cause as Exclude<Cause, 'conflict'>] ?? ''
  }
}

/**
 * One entry per cluster of report dates (pairs whose later report dates lie within `windowDays` of the
 * previous pair's are one cluster). A cluster is a true conflict when any of its pairs is one.
 */
export function explainDisagreements<T extends Figure>(
  list: readonly Disagreement<T>[],
  facts: (f: T) => FigureFacts | undefined,
  windowDays = 7,
): ExplainedDisagreement[] {
  const sorted = [...list].sort((x, y) => (x.dates[1] < y.dates[1] ? -1 : x.dates[1] > y.dates[1] ? 1 : 0))
  const clusters: Disagreement<T>[][] = []
  let lastDay = Number.NEGATIVE_INFINITY
  for (const d of sorted) {
    const day = dayNumber(d.dates[1])
    const open = clusters.at(-1)
    if (open && day - lastDay <= windowDays) open.push(d)
    else clusters.push([d])
    lastDay = day
  }
  return clusters.map((members) => {
    const pairs = members.map((d) => {
      const cause = causeOf(d, facts)
      const why =
        cause === 'conflict' ? 'true conflict' : `not comparable: ${detail(cause, facts(d.a), facts(d.b))}`
      return { id: d.id, cause, reason: `${d.reason} (${why})` }
    })
    const conflicts = pairs.filter((p) => p.cause === 'conflict')
    const counts = new Map<Cause, number>()
    for (const p of pairs) counts.set(p.cause, (counts.get(p.cause) ?? 0) + 1)
    const cause: Cause = conflicts.length
      ? 'conflict'
      : ([...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'conflict')
    const dates = members.flatMap((d) => d.dates).sort()
    const first = dates[0] ?? ''
    const last = dates.at(-1) ?? ''
    const lead = members.find((d) => causeOf(d, facts) === cause) ?? members[0]
    const span = first === last ? first : `${first} to ${last}`
    const reason =
      cause === 'conflict'
        ? `True conflict (${span}): ${conflicts.length} pair${conflicts.length === 1 ? '' : 's'} of figures that cannot both be true; ${lead?.reason ?? ''}`
        : `Not comparable: ${detail(cause, lead && facts(lead.a), lead && facts(lead.b))} (${span}); ${lead?.reason ?? ''}`
    return {
      id: `cluster|${first}|${members[0]?.id ?? ''}`,
      cause,
      comparable: cause === 'conflict',
      first,
      last,
      pairs,
      reason,
    }
  })
}
