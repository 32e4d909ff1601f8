// The dashboard's reads, cached: one entry per key (the request's path), shared by every view that
// shows it, so views of the same endpoint make one request and an edit made through one shows in all.
// A view that opens shows what is cached at once and asks the server again (stale while revalidating).
// After any write, what no view shows is dropped (nothing outdated flashes up when it opens again);
// views on screen change what they show themselves, or call `invalidate` to ask again.
// Written here rather than taken from TanStack Query: that adds ~12 kB gzipped (with preact/compat) for
// retries, focus refetching and devtools the dashboard does not use (web/README.md has the numbers).
import { useEffect, useReducer, useRef } from 'preact/hooks'
import { get, onWrite } from './api.ts'

/** What a view gets from a query: the data (the last shown while a new key loads) and its state. */
export interface Loaded<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  /** Asks the server again (every view of this key sees the answer). */
  reload: () => void
  /** Changes the data every view of this key shows (after an edit, say). */
  setData: (update: T | ((old: T | undefined) => T)) => void
}

type Load<T> = (signal: AbortSignal) => Promise<T>

interface Entry {
  load: Load<unknown>
  data?: unknown
  has: boolean
  error?: unknown
  loading: boolean
  controller?: AbortController
  views: Set<() => void>
}

const entries = new Map<string, Entry>()

function entryFor(key: string, load: Load<unknown>): Entry {
  let e = entries.get(key)
  if (!e) {
    e = { load, has: false, loading: false, views: new Set() }
    entries.set(key, e)
  }
  e.load = load
  return e
}

function notify(e: Entry): void {
  for (const view of e.views) view()
}

/** Sends the entry's request, dropping any still running (only the newest answer counts). */
function fetchEntry(e: Entry): void {
  e.controller?.abort()
  const controller = new AbortController()
  e.controller = controller
  e.loading = true
  e.error = undefined
  notify(e)
  e.load(controller.signal).then(
    (data) => {
      if (controller.signal.aborted) return
      Object.assign(e, { data, has: true, loading: false })
      notify(e)
    },
    (error) => {
      if (controller.signal.aborted) return
      Object.assign(e, { error, loading: false })
      notify(e)
    },
  )
}

/** The entries whose key starts with `prefix`: those on screen ask the server again, the others go. */
export function invalidate(prefix = ''): void {
  for (const [key, e] of entries) {
    if (!key.startsWith(prefix)) continue
    if (e.views.size) fetchEntry(e)
    else entries.delete(key)
  }
}

// A write may change any read (a verified claim moves series, the overview, the queue's counts).
onWrite(() => {
  for (const [key, e] of entries) if (!e.views.size) entries.delete(key)
})

/**
 * Reads `key` (an API path; `load` reads something else under that key) through the shared cache.
 * A null key reads nothing. While a new key loads, the last key's data stays shown.
 */
export function useQuery<T>(key: string | null, load?: Load<T>): Loaded<T> {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const loadRef = useRef(load)
  loadRef.current = load
  useEffect(() => {
    if (key === null) return
    const e = entryFor(key, (signal) => (loadRef.current ?? ((s) => get<T>(key, s)))(signal))
    const view = () => rerender(undefined)
    e.views.add(view)
    if (!e.loading) fetchEntry(e)
    else view()
    return () => {
      e.views.delete(view)
      if (e.views.size || !e.loading) return
      // Nobody waits for it any more: drop the request.
      e.controller?.abort()
      e.loading = false
    }
  }, [key])

  const e = key === null ? undefined : entries.get(key)
  const shown = useRef<T | undefined>(undefined)
  if (e?.has) shown.current = e.data as T
  else if (key === null) shown.current = undefined
  return {
    data: shown.current,
    error: e?.error,
    loading: key !== null && (!e || e.loading || (!e.has && e.error === undefined)),
    reload: () => {
      if (e) fetchEntry(e)
    },
    setData: (update) => {
      if (!e) return
      e.data = typeof update === 'function' ? (update as (old: T | undefined) => T)(e.data as T) : update
      e.has = true
      notify(e)
    },
  }
}
