// Sources' track records, from Tally's own history: how often a source revises itself down, how often
// its figures fall in a true conflict and with whom, how late it reports, how it rounds, how far its
// figures sit from the series' later best estimate, and what analysts made of its claims.

import type { Disagreement, Revision } from './disagreement.ts'
import type { Grade } from './estimate.ts'
import type { ExplainedDisagreement } from './explain.ts'
import type { Figure } from './points.ts'

/** Stored with each series' summary: its part of every source's record. */
export interface SeriesSourceRecord {
  /** Source key -> how many times it reported lower than its own earlier figure. */
  revised_down: Record<string, number>
  /**
   * Pairs of source keys whose figures truly conflict (not another period, group, place or unit), with
   * how many pairs of their figures do: a count per pair of sources, so that a refresh adds what it
   * changed instead of listing every conflicting pair of a dense series again.
   */
  conflicts: Array<[string, string, number]>
}

export function seriesSourceRecord<T extends Figure>(
  revisions: readonly Revision<T>[],
  disagreements: readonly Disagreement<T>[],
  explained: readonly ExplainedDisagreement[],
): SeriesSourceRecord {
  const revised: Record<string, number> = {}
  for (const r of revisions) revised[r.sourceKey] = (revised[r.sourceKey] ?? 0) + 1
  const conflict = new Set(
    explained.flatMap((g) => g.pairs.filter((p) => p.cause === 'conflict').map((p) => p.id)),
  )
  const delta = emptyDelta()
  for (const d of disagreements) {
    if (!conflict.has(d.id) || d.a.sourceKey === null || d.b.sourceKey === null) continue
    addConflicts(delta, d.a.sourceKey, d.b.sourceKey, 1)
  }
  return withDelta({ revised_down: revised, conflicts: [] }, delta)
}

/** What a refresh changed in a series' record: revisions per source, true conflicts per pair of sources. */
export interface RecordDelta {
  revised: Map<string, number>
  /** Keyed by `conflictKey(low source, high source)`. */
  conflicts: Map<string, number>
}

export const emptyDelta = (): RecordDelta => ({ revised: new Map(), conflicts: new Map() })
const conflictKey = (a: string, b: string) => JSON.stringify([a, b])
const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n)
export const addRevisions = (d: RecordDelta, source: string, n: number) => bump(d.revised, source, n)
export const addConflicts = (d: RecordDelta, low: string, high: string, n: number) =>
  bump(d.conflicts, conflictKey(low, high), n)

/** A record with a refresh's changes added; counts that fall to zero leave it. */
export function withDelta(record: SeriesSourceRecord, delta: RecordDelta): SeriesSourceRecord {
  const revised: Record<string, number> = { ...record.revised_down }
  for (const [k, n] of delta.revised) revised[k] = (revised[k] ?? 0) + n
  const conflicts = new Map(record.conflicts.map(([a, b, n]) => [conflictKey(a, b), n]))
  for (const [k, n] of delta.conflicts) conflicts.set(k, (conflicts.get(k) ?? 0) + n)
  return {
    revised_down: Object.fromEntries(Object.entries(revised).filter(([, n]) => n !== 0)),
    conflicts: [...conflicts]
      .filter(([, n]) => n !== 0)
      .map(([k, n]) => {
        const [a, b] = JSON.parse(k) as [string, string]
        return [a, b, n] as [string, string, number]
      })
      .sort(byPair),
  }
}

/** Conflicts in one order whatever found them (a refresh from stored pairs, or a full analysis). */
export const byPair = ([a, b]: [string, string, number], [c, d]: [string, string, number]) =>
  a < c ? -1 : a > c ? 1 : b < d ? -1 : b > d ? 1 : 0

/** What the database counts per source over its claims (see store/track-records.ts). */
export interface SourceClaimStats {
  id: number
  key: string
  name: string
  grade: Grade | null
  gradeNote: string | null
  gradedBy: string | null
  claims: number
  figures: number
  verified: number
  rejected: number
  medianLagDays: number | null
  /** Figures of 100 or more that are whole hundreds, and of 10 or more that are whole tens. */
  roundHundreds: number
  roundTens: number
  atLeast100: number
  atLeast10: number
  /** Median of |figure - later best| / later best, over its figures in series with an estimate. */
  medianDistance: number | null
}

export interface TrackRecord {
  id: number
  key: string
  name: string
  grade: Grade | null
  grade_note: string | null
  graded_by: string | null
  claims: number
  figures: number
  revised_down: number
  revised_down_share: number | null
  conflicts: number
  conflicts_with: Array<{ key: string; name: string; count: number }>
  median_lag_days: number | null
  rounding: 'hundreds' | 'tens' | 'exact' | 'unknown'
  round_hundreds_share: number | null
  median_distance_from_best: number | null
  verified_share: number | null
  rejected_share: number | null
}

const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 1000 : null)

/** Rounding habit: most figures of 100+ in whole hundreds, or of 10+ in whole tens. */
function habit(s: SourceClaimStats): TrackRecord['rounding'] {
  if (s.atLeast10 === 0) return 'unknown'
  if (s.atLeast100 > 0 && s.roundHundreds / s.atLeast100 >= 0.6) return 'hundreds'
  if (s.roundTens / s.atLeast10 >= 0.6) return 'tens'
  return 'exact'
}

export function trackRecords(
  stats: readonly SourceClaimStats[],
  records: readonly SeriesSourceRecord[],
): TrackRecord[] {
  const revised = new Map<string, number>()
  const partners = new Map<string, Map<string, number>>()
  for (const r of records) {
    for (const [k, n] of Object.entries(r.revised_down)) revised.set(k, (revised.get(k) ?? 0) + n)
    for (const [a, b, n] of r.conflicts) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const m = partners.get(x) ?? new Map<string, number>()
        m.set(y, (m.get(y) ?? 0) + n)
        partners.set(x, m)
      }
    }
  }
  const names = new Map(stats.map((s) => [s.key, s.name]))
  return stats.map((s) => {
    const down = revised.get(s.key) ?? 0
    const withWhom = [...(partners.get(s.key) ?? new Map<string, number>())]
      .map(([key, count]) => ({ key, name: names.get(key) ?? key, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      grade: s.grade,
      grade_note: s.gradeNote,
      graded_by: s.gradedBy,
      claims: s.claims,
      figures: s.figures,
      revised_down: down,
      revised_down_share: share(down, s.figures),
      conflicts: withWhom.reduce((n, w) => n + w.count, 0),
      conflicts_with: withWhom,
      median_lag_days: s.medianLagDays,
      rounding: habit(s),
      round_hundreds_share: share(s.roundHundreds, s.atLeast100),
      median_distance_from_best:
        s.medianDistance === null ? null : Math.round(s.medianDistance * 1000) / 1000,
      verified_share: share(s.verified, s.claims),
      rejected_share: share(s.rejected, s.claims),
    }
  })
}
