// One claim of the review queue: its figure and sentence, its facts, and the editor's actions (or the
// inline editor, or the reject reason, in their place).
import { ClaimContext } from '../../components/claim-context.tsx'
import { ClaimEditor } from '../../components/claim-editor.tsx'
import { History } from '../../components/history.tsx'
import { Badge, ClaimFacts, FigureText, MetricChip, StatusBadge, toast } from '../../components/ui.tsx'
import { formatConfidence, formatDate, formatPlace, formatQualifier } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import type { ClaimListItem } from '../../lib/types.ts'
import { RejectForm } from './reject-form.tsx'
import { REVIEW, type ReviewAction, type ReviewQueue } from './use-review-queue.ts'

export function ClaimRow(props: {
  claim: ClaimListItem
  index: number
  queue: ReviewQueue
  editor: boolean
  text: string | null | undefined
  historyOpen: boolean
  onToggleHistory: () => void
}) {
  const { claim: c, index: i, queue } = props
  const reopenRow = () => queue.focusRow(i)
  return (
    <li
      class={`claim-row card${i === queue.active ? ' active' : ''} status-${c.status}`}
      tabIndex={i === queue.active ? 0 : -1}
      data-claim-id={c.id}
      aria-label={`Claim ${c.id}: ${c.quote}`}
      onFocusIn={() => queue.setActive(i)}
    >
      <div class="claim-head">
        {props.editor ? (
          <input
            type="checkbox"
            class="claim-check"
            aria-label={`Select claim ${c.id}`}
            checked={queue.checked.has(c.id)}
            onChange={() => queue.toggle(c.id)}
          />
        ) : null}
        <FigureText figure={c} class="claim-figure" />
        <MetricChip metric={c.metric} />
        <span class="claim-who">{c.who}</span>
        {c.denied ? <Badge kind="danger">denied</Badge> : null}
        {c.projected ? <Badge>projection</Badge> : null}
        <span class="spacer" />
        <span class="confidence" title="How sure the extractor was">
          <span class="confidence-bar" aria-hidden="true">
            <span class="confidence-fill" style={{ width: `${Math.round(c.confidence * 100)}%` }} />
          </span>
          {formatConfidence(c.confidence)}
        </span>
        <StatusBadge status={c.status} />
      </div>
      {queue.editing === c.id ? (
        <ClaimEditor
          claim={c}
          onSaved={(saved) => {
            queue.replace(saved)
            queue.setEditing(null)
            toast(`Saved claim ${saved.id} (version ${saved.version}).`)
            reopenRow()
          }}
          onCancel={() => {
            queue.setEditing(null)
            reopenRow()
          }}
          onConflict={(current) => {
            queue.replace(current)
            queue.setEditing(null)
            window.setTimeout(() => queue.setEditing(current.id))
          }}
        />
      ) : (
        <>
          <ClaimContext quote={c.quote} start={c.start} end={c.end} text={props.text} />
          <ClaimFacts
            items={[
              ['Source', c.source ?? '–'],
              ['Place', formatPlace(c.location, c.country)],
              ['As of', formatDate(c.as_of)],
              ['Since', c.since_date ? formatDate(c.since_date) : (c.since ?? '–')],
              ['Qualifier', formatQualifier(c.qualifier)],
              // A table cell's quote is the bare number; its row or column label says what it counts.
              ...(c.context ? [['Table label', c.context] as [string, string]] : []),
              [
                'Article',
                <>
                  {c.article_id ? (
                    <a href={buildHash(['articles', c.article_id], { claim: c.id })}>
                      {c.article_title ?? `Article ${c.article_id}`}
                    </a>
                  ) : (
                    (c.citation ?? '–')
                  )}
                  {c.outlet ? <span class="muted"> · {c.outlet}</span> : null}
                </>,
              ],
            ]}
          />
          {queue.rejecting === c.id ? (
            <RejectForm
              what={`claim ${c.id}`}
              onReject={(note) => {
                queue.setRejecting(null)
                reopenRow()
                void queue.review([c.id], 'reject', note).then(() => queue.move(i + 1))
              }}
              onCancel={() => {
                queue.setRejecting(null)
                reopenRow()
              }}
            />
          ) : (
            <ClaimActions {...props} />
          )}
          {props.historyOpen ? (
            <History key={`${c.id}-${c.version}-${c.status}`} path={`/api/claims/${c.id}/history`} />
          ) : null}
        </>
      )}
    </li>
  )
}

function ClaimActions(props: Parameters<typeof ClaimRow>[0]) {
  const { claim: c, queue } = props
  const act = (action: ReviewAction) =>
    action === 'reject' ? queue.setRejecting(c.id) : void queue.review([c.id], action)
  return (
    <div class="claim-actions">
      {props.editor ? (
        <>
          {(Object.keys(REVIEW) as ReviewAction[])
            .filter((action) => c.status !== REVIEW[action].status)
            .map((action) => (
              <button
                key={action}
                type="button"
                class={`btn btn-small ${REVIEW[action].class}`}
                disabled={queue.busy.has(c.id)}
                onClick={() => act(action)}
              >
                {REVIEW[action].label}
              </button>
            ))}
          <button type="button" class="btn btn-small btn-ghost" onClick={() => queue.setEditing(c.id)}>
            Edit
          </button>
        </>
      ) : null}
      <button
        type="button"
        class="btn btn-small btn-ghost"
        aria-expanded={props.historyOpen}
        onClick={props.onToggleHistory}
      >
        History
      </button>
      <span class="muted small claim-id">
        #{c.id} · v{c.version}
      </span>
    </div>
  )
}
