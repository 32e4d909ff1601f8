import type { RefObject } from 'preact'
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { ApiError } from './lib/api.ts'
import { type Loaded, useQuery } from './lib/query.ts'
import type { Page } from './lib/types.ts'

export type { Loaded }

/**
 * Loads data for a view, uncached; reloads when `deps` change, and drops answers that arrive out of
 * order. A read of one API endpoint belongs in lib/queries.ts instead (shared cache, see lib/query.ts).
 */
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

/** A form that a button opens and that closes when done; `onAdded` gets what it made, if anything. */
export function useAddForm<T>(onAdded: (added: T) => void) {
  const [open, setOpen] = useState(false)
  return {
    open,
    show: () => setOpen(true),
    done: (added: T | null | false) => {
      setOpen(false)
      if (added) onAdded(added)
    },
  }
}

/**
 * A list read a page at a time, cached under `key` (the first page's path): the first page whenever
 * `key` changes (or on reload), the next ones on request. `firstItems` may change the first page's
 * items before they show (it gets the abort signal).
 */
export function usePages<T extends { id: number }, C>(
  key: string,
  fetchPage: (after: C | null, signal?: AbortSignal) => Promise<Page<T, C>>,
  firstItems: (page: Page<T, C>, signal: AbortSignal) => T[] | Promise<T[]> = (page) => page.items,
) {
  const pages = useQuery<{ items: T[]; next: C | null }>(`${key}#pages`, async (signal) => {
    const page = await fetchPage(null, signal)
    return { items: await firstItems(page, signal), next: page.next_cursor }
  })
  const next = pages.data?.next ?? null
  /** Changes the items shown (after an edit, say). */
  const update = (change: (items: T[]) => T[]) =>
    pages.setData((old) => ({ items: change(old?.items ?? []), next: old?.next ?? null }))
  /** Appends the next page, leaving out items already shown; rejects when it cannot be read. */
  async function loadMore() {
    if (!next) return
    const page = await fetchPage(next)
    pages.setData((old) => ({
      items: [...(old?.items ?? []), ...page.items.filter((c) => !old?.items.some((o) => o.id === c.id))],
      next: page.next_cursor,
    }))
  }
  return {
    items: pages.data?.items ?? [],
    hasMore: Boolean(next),
    loading: pages.loading,
    error: pages.error,
    reload: pages.reload,
    update,
    loadMore,
  }
}

/**
 * A form's submission: `send` runs on submit; while it runs the form is busy, and what it throws is
 * kept as the form's error (cleared on the next submit).
 */
export function useSubmit(send: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  async function submit(e: Event) {
    e.preventDefault()
    setError(null)
    setBusy(true)
    try {
      await send()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return { submit, error, busy }
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

/** When a form opens, focus goes to its first field: that is where the user's next action is. */
export function useFocusFirstField(form: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    form.current
      ?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select, textarea')
      ?.focus()
  }, [])
}

/**
 * Single-key shortcuts for a page ("j", "v"…), registered once. Keys typed in a field or a form, or
 * with Ctrl, Alt or Meta, are left alone; a handler that returns false lets the key through.
 */
export function useShortcuts(keys: Record<string, () => unknown>): void {
  const latest = useLatest(keys)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const target = e.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable], form')) return
      const handler = latest.current[e.key]
      if (!handler || handler() === false) return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
