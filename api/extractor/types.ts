// The claim contract shared by the extractor, the database schema, the API and the evaluation.
// Field meanings are defined in ../shared/claims-format.md.

export const METRICS = [
  'killed',
  'injured',
  'casualties',
  'displaced',
  'refugees',
  'missing',
  'detained',
  'affected',
  'facilities',
  'homes',
] as const
export type Metric = (typeof METRICS)[number]

export const UNITS = ['people', 'households', 'facilities', 'homes'] as const
export type Unit = (typeof UNITS)[number]

export const QUALIFIERS = ['exact', 'at_least', 'approx', 'at_most', 'range', 'vague'] as const
export type Qualifier = (typeof QUALIFIERS)[number]

/** One reported figure, as one text states it. Dates are ISO `YYYY-MM-DD` strings. */
export interface Claim {
  metric: Metric
  unit: Unit
  low: number
  high: number | null
  qualifier: Qualifier
  who: string
  source: string | null
  since: string | null
  since_date: string | null
  as_of: string | null
  location: string | null
  country: string | null
  quote: string
  start: number
  end: number
  denied: boolean
  projected: boolean
  /** For a figure in a table or key-figures box: its row or column label when that is outside the quote. */
  context?: string | null
}

/** What the extractor emits: a claim plus how sure it is (0..1), so review can show doubtful ones first. */
export interface ExtractedClaim extends Claim {
  confidence: number
}

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, used to resolve relative dates; without it `as_of` may be null. */
  published?: string | null
  /** ISO 639-1 code of the text's language; detected from the text when not given. */
  language?: string | null
  /**
   * Called with the error when reading the text failed (a bug, not a property of the text): the result
   * is then no claims, which alone would look like a text that names no figure.
   */
  onError?: (error: unknown) => void
}
