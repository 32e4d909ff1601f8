// The URL holds the view's state: "#/series/3?view=increments&from=2019-05-01". Pure parse and build.

export type Query = Record<string, string>

export interface Route {
  /** Path segments, decoded: "#/articles/4" → ["articles", "4"]. */
  path: string[]
  query: Query
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const q = raw.indexOf('?')
  const pathPart = q >= 0 ? raw.slice(0, q) : raw
  const queryPart = q >= 0 ? raw.slice(q + 1) : ''
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  const query: Query = {}
  for (const [k, v] of new URLSearchParams(queryPart)) if (v !== '') query[k] = v
  return { path, query }
}

/** Empty values are left out, keys are sorted, so one view has one URL. */
export function buildHash(
  path: (string | number)[],
  query: Record<string, string | number | boolean | null | undefined> = {},
): string {
  const p = path.map((s) => encodeURIComponent(String(s))).join('/')
  const params = new URLSearchParams()
  for (const key of Object.keys(query).sort()) {
    const v = query[key]
    if (v === undefined || v === null || v === '' || v === false) continue
    params.set(key, String(v))
  }
  const qs = params.toString()
  return `#/${p}${qs ? `?${qs}` : ''}`
}

/** A query for the API from filter values, leaving out the empty ones. */
export function apiQuery(values: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue
    params.set(k, String(v))
  }
  const qs = params.toString()
  return qs ? `?${qs}` : ''
}

/** "3,4,x" → [3, 4]. */
export function idList(value: string | undefined): number[] {
  if (!value) return []
  return value
    .split(',')
    .map((v) => Number(v))
    .filter((n) => Number.isInteger(n) && n > 0)
}
