import './intake.css'
import { Empty, LoadStatus, PageHeader, Section, toast } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { errorMessage, post } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'
import type { InboxItem } from '../lib/intake.ts'
import { useInbox } from '../lib/queries.ts'
import { buildHash } from '../lib/route.ts'
import { useCan } from '../session.ts'

/** What the watched sources brought since the analyst last looked. */
export function InboxPage() {
  useTitle('Inbox')
  const editor = useCan('editor')
  const inbox = useInbox()
  const data = inbox.data
  const markSeen = async () => {
    try {
      await post('/api/inbox/seen')
      inbox.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }
  const dismiss = async (item: InboxItem) => {
    try {
      await post(`/api/inbox/items/${item.item_id}/dismiss`)
      inbox.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }
  const reviewAll = data?.article_ids.length
    ? buildHash(['review'], { articles: data.article_ids.slice(0, 200).join(',') })
    : null
  return (
    <section class="page">
      <PageHeader
        title="Inbox"
        subtitle={
          data
            ? `Arrived from watched sources since ${formatDateTime(data.since)}.`
            : 'Arrived from watched sources.'
        }
        actions={
          <>
            {reviewAll ? (
              <a class="btn btn-primary" href={reviewAll}>
                Review these figures
              </a>
            ) : null}
            <button type="button" class="btn" onClick={markSeen}>
              Mark all seen
            </button>
          </>
        }
      />
      <LoadStatus load={inbox} />
      {data && !data.with_figures.length && !data.without_figures.length ? (
        <Empty title="Nothing new">New articles from watched sources appear here.</Empty>
      ) : null}
      {data?.with_figures.map((g) => (
        <Section
          key={g.subscription_id ?? 0}
          id={`inbox-sub-${g.subscription_id ?? 0}`}
          title={g.subscription}
        >
          <ul class="inbox-list">
            {g.items.map((i) => (
              <li key={i.item_id}>
                <ItemLink item={i} />{' '}
                <span class="muted">
                  {i.claim_count} {i.claim_count === 1 ? 'figure' : 'figures'}
                  {i.stored_at ? `, ${formatDateTime(i.stored_at)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ))}
      {data?.without_figures.length ? (
        <Section id="inbox-without" title="Without figures">
          <ul class="inbox-list">
            {data.without_figures.map((i) => (
              <li key={i.item_id}>
                <ItemLink item={i} />{' '}
                {editor ? (
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() => dismiss(i)}
                    aria-label={`Dismiss ${i.title ?? 'item'}`}
                  >
                    Dismiss
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </section>
  )
}

/** An inbox item by its title (else its address), linked to its article once stored. */
function ItemLink(props: { item: InboxItem }) {
  const i = props.item
  return (
    <a href={i.article_id ? buildHash(['articles', i.article_id]) : undefined}>
      {i.title ?? i.url ?? `Item ${i.item_id}`}
    </a>
  )
}
