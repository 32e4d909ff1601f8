// The review queue's state: the claims the filters select (a page at a time, a linked claim first), the
// selected row, the ticked rows, the row being edited or rejected, and the review actions.
import { useRef, useState } from 'preact/hooks'
import { toast } from '../../components/ui.tsx'
import { usePages } from '../../hooks.ts'
import { ApiError, errorMessage, get, post } from '../../lib/api.ts'
import { apiQuery, type Query } from '../../lib/route.ts'
import { toggled } from '../../lib/sets.ts'
import type { Claim, ClaimListItem, Page } from '../../lib/types.ts'

/** What each review action sets a claim's status to, its words, and the look of its button. */
export const REVIEW = {
  verify: { status: 'verified', label: 'Verify', done: 'Verified', class: 'btn-success' },
  reject: { status: 'rejected', label: 'Reject', done: 'Rejected', class: 'btn-danger-ghost' },
  reopen: { status: 'pending', label: 'Reopen', done: 'Reopened', class: 'btn-ghost' },
} as const
export type ReviewAction = keyof typeof REVIEW

/** The claim a link asks for (?claim=), as the list shows it. */
async function linkedClaim(id: number): Promise<ClaimListItem | null> {
  try {
    const one = await get<
      Claim & { article: { title: string | null; url: string | null; outlet: string | null } | null }
    >(`/api/claims/${id}`)
    return {
      ...one,
      outlet: one.article?.outlet ?? null,
      article_title: one.article?.title ?? null,
      article_url: one.article?.url ?? null,
      filed_place: null,
    }
  } catch {
    return null
  }
}

export function useReviewQueue(q: Query) {
  const status = q.status ?? 'pending'
  const [active, setActive] = useState(0)
  const [checked, setChecked] = useState<Set<number>>(new Set())
  const [editing, setEditing] = useState<number | null>(null)
  /** A claim's id while its reject reason is asked for, 'selected' for the ticked claims. */
  const [rejecting, setRejecting] = useState<number | 'selected' | null>(null)
  const [busy, setBusy] = useState<Set<number>>(new Set())
  const listRef = useRef<HTMLOListElement>(null)

  const fetchPage = (after: string | null, signal?: AbortSignal) =>
    get<Page<ClaimListItem>>(
      `/api/claims${apiQuery({
        status: status === 'all' ? undefined : status,
        metric: q.metric,
        place: q.place,
        q: q.q,
        articles: q.articles,
        sort: status === 'pending' ? 'confidence' : '-id',
        limit: 50,
        cursor: after,
      })}`,
      signal,
    )
  const claims = usePages(
    `/api/claims${apiQuery({ status, metric: q.metric, place: q.place, q: q.q, articles: q.articles })}`,
    fetchPage,
    async (page, signal) => {
      let list = page.items
      const wanted = Number(q.claim)
      if (wanted && !list.some((c) => c.id === wanted)) {
        // A link to one claim shows it first, even if the filters would not.
        const one = await linkedClaim(wanted)
        if (one) list = [one, ...list]
      }
      if (!signal.aborted) {
        setActive(
          Math.max(
            0,
            list.findIndex((c) => c.id === wanted),
          ),
        )
        setChecked(new Set())
        setEditing(null)
        setRejecting(null)
      }
      return list
    },
  )
  const items = claims.items
  // The latest list, for handlers made at an earlier render (keyboard shortcuts) that mark claims.
  const latest = useRef(items)
  latest.current = items

  const replace = (c: Claim) => claims.update((list) => list.map((x) => (x.id === c.id ? { ...x, ...c } : x)))

  /** Sets the claims' status; a reject may carry the reviewer's reason (`note`). */
  async function review(ids: number[], action: ReviewAction, note?: string): Promise<void> {
    if (!ids.length) return
    setBusy((b) => new Set([...b, ...ids]))
    const body = note ? { note } : undefined
    // Each mark names the version shown, so it never lands on a figure changed since (409).
    const read = ids.map((id) => ({ id, version: latest.current.find((c) => c.id === id)?.version ?? 0 }))
    try {
      if (ids.length === 1) {
        replace(
          await post<Claim>(`/api/claims/${ids[0]}/${action}`, { ...body, version: read[0]?.version ?? 0 }),
        )
      } else {
        const r = await post<{ items: Claim[] }>('/api/claims/review', {
          claims: read,
          status: REVIEW[action].status,
          ...body,
        })
        for (const c of r.items) replace(c)
        setChecked(new Set())
      }
      const done = REVIEW[action].done
      toast(ids.length === 1 ? `${done} claim ${ids[0]}.` : `${done} ${ids.length} claims.`)
    } catch (err) {
      // A conflict carries the claims as they are now: show them, so the next try reads the new figure.
      if (err instanceof ApiError && err.status === 409)
        for (const c of (err.details as { current?: Claim[] } | undefined)?.current ?? []) replace(c)
      toast(errorMessage(err), 'error')
    } finally {
      setBusy((b) => new Set([...b].filter((id) => !ids.includes(id))))
    }
  }

  /** Moves the selection to row `i` (kept inside the list) and focuses it. */
  function move(i: number): void {
    const next = Math.max(0, Math.min(items.length - 1, i))
    setActive(next)
    focusRow(next)
  }
  function focusRow(i: number): void {
    const row = listRef.current?.querySelectorAll<HTMLElement>('.claim-row')[i]
    row?.focus({ preventScroll: true })
    row?.scrollIntoView({ block: 'nearest' })
  }

  const toggle = (id: number) => setChecked((old) => toggled(old, id))

  return {
    status,
    claims,
    items,
    listRef,
    active,
    setActive,
    move,
    focusRow,
    checked,
    setChecked,
    toggle,
    editing,
    setEditing,
    rejecting,
    setRejecting,
    busy,
    review,
    replace,
  }
}

export type ReviewQueue = ReturnType<typeof useReviewQueue>
