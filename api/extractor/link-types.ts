// Shapes shared by the linker's modules.

import type { NumberPhrase } from './numbers.ts'
import type { Token } from './tokens.ts'
import type { Metric, Unit } from './types.ts'
import type { NounPhrase } from './who.ts'

export type LinkKind = 'post' | 'pre' | 'cause' | 'noun' | 'toll' | 'sub' | 'coord' | 'window'

export interface Candidate {
  num: NumberPhrase
  np: NounPhrase
  link: Link | null
}

export interface Link {
  kind: LinkKind
  metric: Metric
  /** Token span of the quote. */
  from: number
  to: number
  /** Whether a modal ("could", "may") stands between figure and trigger: a forecast. */
  modal: boolean
  /** The claim this one is a sub-count of, or coordinated with. */
  parent: Candidate | null
  confidence: number
}

export interface LinkedClaim {
  num: NumberPhrase
  np: NounPhrase
  link: Link
  who: string
  unit: Unit
}

export interface LinkContext {
  tokens: Token[]
  lows: string[]
  /** Whether a capitalised word at token i names a foreign country (for "fled to Chad": refugees). */
  isCountryAt: (i: number) => boolean
  /** Whether token i is a possessive country other than the one the text is about ("India's" in a Myanmar story). */
  isForeignOwnerAt?: (i: number, origin: string | null) => boolean
  /** Whether token i is a people's adjective of a country other than the one the text is about ("Chadian"). */
  isForeignDemonymAt?: (i: number) => boolean
  /** What the figures of the sentence before (same paragraph) counted, for "Of these, 47 were children". */
  previous?: { metric: Metric; who: string } | null
}
