import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { ApiError } from './lib/api.ts'

export interface Loaded<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => void
  setData: (update: T | ((old: T | undefined) => T)) => void
}

/** Loads data for a view; reloads when `deps` change, and drops answers that arrive out of order. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [loading, setLoading] = useState(true)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const controller = new AbortController()
    setLoading(true)
    setError(undefined)
    load(controller.signal).then(
      (d) => {
        if (controller.signal.aborted) return
        setData(() => d)
        setLoading(false)
      },
      (err) => {
        if (controller.signal.aborted) return
        setError(err)
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [...deps, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data, error, loading, reload, setData: setData as Loaded<T>['setData'] }
}

/** Whether an error means "this part of the API is not there yet" (404 on the route itself). */
export function isMissingRoute(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404 && err.message.startsWith('No route ')
}

/** A value that only changes after `ms` without changes (for filters typed into the URL). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const t = window.setTimeout(() => setV(value), ms)
    return () => window.clearTimeout(t)
  }, [value, ms])
  return v
}

/** Sets document.title for the current view. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Tally` : 'Tally'
  }, [title])
}

/** Keeps the latest value of something in a ref, for event handlers registered once. */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  ref.current = value
  return ref
}
