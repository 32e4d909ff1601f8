// What the assembly passes share: the text as the extractor read it, the per-text scratch, and what each
// sentence gave.

import type { Attribution } from '../attribution.ts'
import type { Dateline } from '../dateline.ts'
import type { parseIso, SincePhrase } from '../dates.ts'
import type { Mention } from '../entities.ts'
import type { PlaceEntry } from '../gazetteer/index.ts'
import type { PlaceMention } from '../places.ts'
import type { Sentence } from '../sentences.ts'
import type { Token } from '../tokens.ts'
import type { ExtractedClaim } from '../types.ts'

export interface DocContext {
  text: string
  tokens: Token[]
  lows: string[]
  sentences: Sentence[]
  places: PlaceMention[][]
  mainCountry: string | null
  /** The place the text is mostly about: where a figure is when nothing nearer says. */
  mainPlace: PlaceMention | null
  published: ReturnType<typeof parseIso>
  chunks: Mention[]
  /** Where the report was filed ("DNIPRO, Ukraine (AP) —"), when it opens on a dateline. */
  dateline: Dateline | null
}

/**
 * What assembly works out once per sentence or claim of one text, kept for that text only. (Module-level
 * WeakMaps keyed by the text or the claim did the same, but a WeakMap with short-lived keys makes every
 * young-generation GC walk its table: a fifth of extraction time went to GC.)
 */
export interface Scratch {
  /** framedPlaces per sentence index. */
  framed: (PlaceMention[] | undefined)[]
  /** placeBefore per sentence index (null: none; undefined: not yet looked for). */
  before: (PlaceMention | null | undefined)[]
  /** How each claim's place was found: in its own sentence, and whether said of a whole country. */
  placing: Map<ExtractedClaim, Placing>
}
export interface Placing {
  own: boolean
  nationwide: boolean
  entry: PlaceEntry | null
}

export interface SentenceResult {
  claims: ExtractedClaim[]
  attributions: Attribution[]
  since: SincePhrase[]
  hasAlso: boolean
}
