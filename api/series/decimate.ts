// Fewer points for a long range, keeping its shape: Largest-Triangle-Three-Buckets (Steinarsson 2013),
// the method Chart.js's decimation plugin offers, run on the server so that a series of tens of
// thousands of points sends what a chart can show. Pure: no database, no HTTP.

export interface XY {
  x: number
  y: number
}

/**
 * Indexes of the points to keep, at most `budget` of them, always the first and the last. `points` are
 * sorted by x. Each bucket between the ends keeps the point making the largest triangle with the point
 * kept before it and the average of the next bucket: peaks and steps survive, flat runs thin out.
 */
export function lttb(points: readonly XY[], budget: number): number[] {
  const n = points.length
  if (budget >= n || n <= 2) return points.map((_, i) => i)
  if (budget < 2) return budget === 1 ? [n - 1] : []
  const kept = [0]
  const size = (n - 2) / (budget - 2)
  let a = 0
  for (let b = 0; b < budget - 2; b++) {
    const from = Math.floor(b * size) + 1
    const to = Math.min(Math.floor((b + 1) * size) + 1, n - 1)
    // The next bucket's average (the last point, for the last bucket).
    const nextFrom = to
    const nextTo = Math.min(Math.floor((b + 2) * size) + 1, n)
    let ax = 0
    let ay = 0
    for (let i = nextFrom; i < nextTo; i++) {
      ax += points[i].x
      ay += points[i].y
    }
    const count = Math.max(1, nextTo - nextFrom)
    ax /= count
    ay /= count
    let best = from
    let bestArea = -1
    for (let i = from; i < to; i++) {
      const area = Math.abs(
        (points[a].x - ax) * (points[i].y - points[a].y) - (points[a].x - points[i].x) * (ay - points[a].y),
      )
      if (area > bestArea) {
        bestArea = area
        best = i
      }
    }
    kept.push(best)
    a = best
  }
  kept.push(n - 1)
  return kept
}

/** Days since the epoch of an ISO date: the x of a dated point. */
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
