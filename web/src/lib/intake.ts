// Types and pure helpers of the intake pages (watched sources, inbox).

export type SubscriptionKind = 'feed' | 'reliefweb' | 'page'
export type SubscriptionStatus = 'new' | 'ok' | 'erroring' | 'failing' | 'paused'

export interface Subscription {
  id: number
  url: string
  kind: SubscriptionKind
  name: string
  every_minutes: number
  include: string[]
  exclude: string[]
  language: string | null
  paused: boolean
  status: SubscriptionStatus
  last_poll_at: string | null
  last_result: string | null
  last_error: string | null
  failing_since: string | null
  next_poll_at: string | null
  items_seen: number
  items_pending: number
  items_failed: number
  articles_made: number
  figures_found: number
  created_at: string
}

export interface InboxItem {
  item_id: number
  article_id: number | null
  title: string | null
  url: string | null
  claim_count: number
  stored_at: string | null
}

export interface Inbox {
  since: string
  with_figures: { subscription_id: number | null; subscription: string; items: InboxItem[] }[]
  without_figures: InboxItem[]
  article_ids: number[]
}

export const KIND_LABELS: Record<SubscriptionKind, string> = {
  feed: 'Feed',
  reliefweb: 'ReliefWeb',
  page: 'Web page',
}

export const STATUS_LABELS: Record<SubscriptionStatus, string> = {
  new: 'Not polled yet',
  ok: 'OK',
  erroring: 'Error',
  failing: 'Failing for a day',
  paused: 'Paused',
}

/** Badge colour of a status. */
export function statusKind(s: SubscriptionStatus): 'success' | 'danger' | 'pending' {
  return s === 'ok' ? 'success' : s === 'erroring' || s === 'failing' ? 'danger' : 'pending'
}

/** "every 60 min", "every 2 h", "every day". */
export function formatEvery(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? 'every day' : `every ${minutes / 1440} days`
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} h`
  return `every ${minutes} min`
}

/** Comma-separated terms as typed into a field, cleaned: "a, b,,c " → ["a", "b", "c"]. */
export function parseTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ]
}
