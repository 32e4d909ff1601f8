// Who vouches for a figure passed on "citing" someone: the speaker, or the one cited. Read by sources.ts.

import type { Attribution } from './attribution.ts'
import { DATA_NOUNS } from './source-names.ts'
import { HAS_UPPER } from './tokens.ts'
import { words } from './words.ts'

// News outlets and wire services credited in a footer are publishers, not sources of the figures.
export const OUTLETS = words(
  'reuters afp ap associated agence bbc cnn xinhua anadolu tass interfax efe dpa ani pti al-jazeera aljazeera',
)
const NEWSROOM = new Set([
  ...OUTLETS,
  ...words('media television tv radio newspaper news outlet broadcaster daily channel'),
])

/**
 * "X said, citing Y": X speaks for the figure when Y is nobody in particular ("witnesses", "hospital
 * staff") or X's own material ("figures from local hospitals"), unless X is a newsroom passing it on ("the
 * Daily Star reported, citing hospital officials").
 */
export function vouchesForCited(lows: string[], speaker: Attribution, cited: number, np: string): boolean {
  if (lows[speaker.at] === 'reported' || speaker.text.split(/\s+/).some((w) => NEWSROOM.has(w.toLowerCase())))
    return false
  const first = lows[cited] === 'the' ? cited + 1 : cited
  const material = DATA_NOUNS.has(lows[first]) || lows[first] === 'information'
  return material || !HAS_UPPER.test(np)
}
