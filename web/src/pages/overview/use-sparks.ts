// The overview's sparklines: recent values of each lead series, kept for the session (they change little).
import { useEffect, useState } from 'preact/hooks'
import { markerValue } from '../../chart/series-data.ts'
import { eachLimit, get } from '../../lib/api.ts'
import type { SeriesDetail, SeriesSummary } from '../../lib/types.ts'

const sparkCache = new Map<number, number[]>()

/** Recent values of each series for its sparkline (from the summary when the API sends them). */
export function useSparks(series: SeriesSummary[]): Map<number, number[]> {
  const [sparks, setSparks] = useState(() => new Map(sparkCache))
  const ids = series.map((s) => s.id).join(',')
  useEffect(() => {
    let live = true
    const missing = series.filter((s) => !sparkCache.has(s.id))
    for (const s of missing) {
      if (s.spark)
        sparkCache.set(
          s.id,
          s.spark.map((p) => p.low),
        )
    }
    // Each costs a request for the whole series: only for series small enough to fetch quickly.
    const toFetch = missing.filter((s) => !sparkCache.has(s.id) && s.point_count > 1 && s.point_count <= 1500)
    void eachLimit(toFetch, 3, async (s) => {
      try {
        const d = await get<SeriesDetail>(`/api/series/${s.id}`)
        const byDay = new Map<string, number>()
        for (const p of d.points)
          if (p.as_of) byDay.set(p.as_of, Math.max(byDay.get(p.as_of) ?? 0, markerValue(p)))
        sparkCache.set(
          s.id,
          [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v),
        )
        if (live) setSparks(new Map(sparkCache))
      } catch {
        sparkCache.set(s.id, [])
      }
    })
    if (missing.length && live) setSparks(new Map(sparkCache))
    return () => {
      live = false
    }
  }, [ids])
  return sparks
}
