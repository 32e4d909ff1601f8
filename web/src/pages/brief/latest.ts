// What a brief quotes: each source's latest dated figure (its undated one when it has no other), with the
// words it came in, trimmed so that a brief keeps to one page.
import type { SeriesDetail, SeriesPoint } from '../../lib/types.ts'

export interface SourceLatest {
  source: string
  point: SeriesPoint
  quote: string | null
  /** Where the quote was published: "France 24, 13 Jun 2019". */
  outlet: string | null
  published: string | null
}

/** Newest first; one row per source. */
export function latestPerSource(detail: SeriesDetail, quoteChars = 280): SourceLatest[] {
  const best = new Map<string, SeriesPoint>()
  for (const p of detail.points) {
    const key = p.source_key ?? `name:${p.source_name}`
    const had = best.get(key)
    if (
      !had ||
      (p.as_of ?? '') > (had.as_of ?? '') ||
      ((p.as_of ?? '') === (had.as_of ?? '') && p.low > had.low)
    )
      best.set(key, p)
  }
  return [...best.values()]
    .sort(
      (a, b) => (b.as_of ?? '').localeCompare(a.as_of ?? '') || a.source_name.localeCompare(b.source_name),
    )
    .map((point) => {
      const q = point.quotes[0]
      return {
        source: point.source_name,
        point,
        quote: q ? trimQuote(q.quote, quoteChars) : null,
        outlet: q?.outlet ?? null,
        published: q?.published ?? null,
      }
    })
}

/** The quote cut at a word before `max` characters, marked with an ellipsis. */
export function trimQuote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()} …`
}
