import { formatDateTime } from '../lib/format.ts'
import { useArticleOrigin } from '../lib/queries.ts'

/** For an article Tally fetched itself: where from, when, and the copy of what was there. */
export function ArticleOrigin(props: { id: number }) {
  const origin = useArticleOrigin(props.id)
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
