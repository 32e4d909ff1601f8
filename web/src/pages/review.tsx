// The review queue: claims to verify, reject (with an optional reason) or correct, by mouse or keyboard.
// State and actions live in ./review/use-review-queue.ts, one claim's card in ./review/claim-row.tsx.
import { useState } from 'preact/hooks'
import { MetricFilter, TextFilter } from '../components/filters.tsx'
import { PlacePicker } from '../components/map/place-picker.tsx'
import { Empty, ErrorNotice, Loading, LoadMore, Options, PageHeader, SelectField } from '../components/ui.tsx'
import { useShortcuts, useTitle } from '../hooks.ts'
import { buildHash, type Query } from '../lib/route.ts'
import { toggled } from '../lib/sets.ts'
import { setQuery } from '../router.ts'
import { useCan } from '../session.ts'
import { ClaimRow } from './review/claim-row.tsx'
import { ReviewToolbar } from './review/review-toolbar.tsx'
import { useArticleTexts } from './review/use-article-texts.ts'
import { useReviewQueue } from './review/use-review-queue.ts'

const STATUS_CHOICES = [
  ['pending', 'Pending'],
  ['verified', 'Verified'],
  ['rejected', 'Rejected'],
  ['all', 'All'],
] as const

export function ReviewPage(props: { query: Query }) {
  useTitle('Review queue')
  const q = props.query
  const editor = useCan('editor')
  const queue = useReviewQueue(q)
  const { items, status, claims } = queue
  const texts = useArticleTexts(items)
  const [historyOpen, setHistoryOpen] = useState<Set<number>>(new Set())
  const c = items[queue.active]

  // j/k move, v verify, r reject (asks a reason), e edit, x select, o open the article.
  useShortcuts({
    j: () => queue.move(queue.active + 1),
    k: () => queue.move(queue.active - 1),
    v: () => {
      if (!editor || !c || c.status === 'verified') return false
      const at = queue.active
      void queue.review([c.id], 'verify').then(() => queue.move(at + 1))
    },
    r: () => {
      if (!editor || !c || c.status === 'rejected') return false
      queue.setRejecting(c.id)
    },
    e: () => {
      if (!editor || !c) return false
      queue.setEditing(c.id)
    },
    x: () => {
      if (!editor || !c) return false
      queue.toggle(c.id)
    },
    o: () => {
      if (!c?.article_id) return false
      window.location.hash = buildHash(['articles', c.article_id], { claim: c.id })
    },
  })

  const toggleHistory = (id: number) => setHistoryOpen((old) => toggled(old, id))

  return (
    <section class="page review-page">
      <PageHeader
        title="Review queue"
        subtitle={
          status === 'pending'
            ? 'Pending claims, least confident first. Every action is recorded in the claim’s history.'
            : 'Claims by review status.'
        }
      />
      <form class="filters card" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          value={status}
          onValue={(v) => setQuery({ status: v === 'pending' ? null : v, claim: null })}
        >
          <Options items={STATUS_CHOICES} value={([v]) => v} label={([, l]) => l} />
        </SelectField>
        <MetricFilter query={q} />
        <PlacePicker query={q} />
        <TextFilter label="Place" name="place" query={q} placeholder="Idlib, SYR…" />
        <TextFilter label="Search" name="q" query={q} placeholder="Quote, who, source…" class="grow" />
      </form>
      <ReviewToolbar queue={queue} editor={editor} />
      {claims.loading ? <Loading label="Loading claims…" /> : null}
      {claims.error ? <ErrorNotice error={claims.error} onRetry={claims.reload} /> : null}
      {!claims.loading && !claims.error && !items.length ? (
        <Empty title={status === 'pending' ? 'Nothing waits for review.' : 'No claim matches these filters.'}>
          {status === 'pending' ? 'New articles bring new claims; add some or check again later.' : null}
        </Empty>
      ) : null}
      <ol class="claim-list" ref={queue.listRef} aria-label="Claims">
        {items.map((claim, i) => (
          <ClaimRow
            key={claim.id}
            claim={claim}
            index={i}
            queue={queue}
            editor={editor}
            text={claim.article_id ? texts.get(claim.article_id) : null}
            historyOpen={historyOpen.has(claim.id)}
            onToggleHistory={() => toggleHistory(claim.id)}
          />
        ))}
      </ol>
      <LoadMore pages={claims}>Load more claims</LoadMore>
    </section>
  )
}
