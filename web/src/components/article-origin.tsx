import { useLoad } from '../hooks.ts'
import { get } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'

interface Origin {
  original_url: string | null
  subscription: string | null
  fetched_at: string | null
  archive_url: string | null
}

/** For an article Tally fetched itself: where from, when, and the copy of what was there. */
export function ArticleOrigin(props: { id: number }) {
  const origin = useLoad((signal) => get<Origin>(`/api/articles/${props.id}/origin`, signal), [props.id])
  const o = origin.data
  if (!o?.archive_url) return null
  return (
    <span>
      Fetched {o.fetched_at ? formatDateTime(o.fetched_at) : ''}
      {o.subscription ? ` from ${o.subscription}` : ''} ·{' '}
      <a href={o.archive_url} download>
        Archived copy
      </a>
    </span>
  )
}
