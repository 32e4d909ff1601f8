// "What changed since your last visit": the day of the previous visit, kept in this browser.

const CURRENT = 'tally.visit.current'
const PREVIOUS = 'tally.visit.previous'

/** Records today's visit and returns the day (YYYY-MM-DD) of the visit before it, if any. */
export function previousVisit(today: string): string | null {
  try {
    const current = localStorage.getItem(CURRENT)
    if (current !== today) {
      if (current) localStorage.setItem(PREVIOUS, current)
      localStorage.setItem(CURRENT, today)
    }
    return localStorage.getItem(PREVIOUS)
  } catch {
    return null
  }
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function daysAgo(n: number, now = new Date()): string {
  return isoDay(new Date(now.getTime() - n * 86_400_000))
}
