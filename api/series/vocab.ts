// The named choices a series answer carries (estimate rules, source grades, causes of disagreement), apart
// from the analysis that uses them: API schemas, and through them the dashboard's types, import only this.

export const ESTIMATE_RULES = [
  'latest_reliable',
  'most_conservative',
  'highest_credible',
  'median_latest',
] as const
export type EstimateRule = (typeof ESTIMATE_RULES)[number]

/** An analyst's grade of a source's reliability (A reliable … F cannot be judged, as NATO's scale). */
export const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Grade = (typeof GRADES)[number]

export const CAUSES = ['conflict', 'denial', 'period', 'group', 'place', 'unit'] as const
export type Cause = (typeof CAUSES)[number]

/** Flags on a figure: a rise far faster than the series' usual rate, or a report long after its date. */
export const FLAG_KINDS = ['jump', 'late'] as const
export type FlagKind = (typeof FLAG_KINDS)[number]
