// Pure functions of one string (a word, a name) remembered by their input: the same words and names come
// back sentence after sentence and article after article, and recomputing them (Unicode normalisation,
// regular expressions, splitting) was a large share of extraction time. Bounded, so a long-running
// worker's memory stays flat; callers must treat what they get back as read-only.

export function memoize<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>()
  return (s: string): T => {
    const hit = cache.get(s)
    if (hit !== undefined) return hit
    const value = fn(s)
    if (cache.size >= limit) cache.clear()
    cache.set(s, value)
    return value
  }
}
