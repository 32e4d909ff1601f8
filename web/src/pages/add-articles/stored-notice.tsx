import { Notice } from '../../components/ui.tsx'
import { unreadLanguage } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { IngestResponse } from '../../lib/types.ts'

/** What became of an article sent (pasted or fetched): stored, or already there; with a link to it. */
export function StoredNotice(props: { result: IngestResponse }) {
  const { status, article } = props.result
  const unread = unreadLanguage(article)
  const claims = `${article.claim_count} claim${article.claim_count === 1 ? '' : 's'}`
  return (
    <Notice
      kind={unread ? 'warning' : status === 'created' ? 'success' : 'info'}
      action={
        <a class="btn btn-small" href={buildHash(['articles', article.id])}>
          Open article
        </a>
      }
    >
      {status === 'created'
        ? `Stored article ${article.id} with ${claims} found.`
        : `Already stored as article ${article.id} (${claims}); nothing was added.`}
      {unread ? ` It is in ${unread}, which Tally does not read yet: add its claims by hand.` : ''}
    </Notice>
  )
}
