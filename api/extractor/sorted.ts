// Binary search over things kept in text order (tokens, claims), so that finding where an offset falls
// costs a logarithm, not a walk from the start.

/** Index of the first item starting at or after offset `at`; `items.length` when none does. */
export function firstStartingAt(items: readonly { start: number }[], at: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid].start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
