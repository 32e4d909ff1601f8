import { useEffect, useRef, useState } from 'preact/hooks'
import { QuoteRef } from '../../components/quote-ref.tsx'
import { formatDate, formatFigure } from '../../lib/format.ts'
import { useQuery } from '../../lib/query.ts'
import { buildHash } from '../../lib/route.ts'
import type { PointQuotes, SeriesPoint } from '../../lib/types.ts'

type Quote = SeriesPoint['quotes'][number]

function Quotes(props: { quotes: Quote[] }) {
  const { quotes } = props
  return (
    <>
      {quotes.slice(0, 3).map((qt) => (
        <div key={qt.claim_id} class="quote-ref">
          <QuoteRef
            quote={qt.quote}
            source={
              qt.article_id ? (
                <a href={buildHash(['articles', qt.article_id], { claim: qt.claim_id })}>
                  {qt.outlet ?? qt.article_title ?? 'article'}
                </a>
              ) : (
                qt.outlet
              )
            }
            published={qt.published}
            mutedClass="muted small"
          />
        </div>
      ))}
      {quotes.length > 3 ? <span class="muted small">and {quotes.length - 3} more</span> : null}
    </>
  )
}

/**
 * The words behind a point loaded from /api/series/:id/quotes, for a long series' paged answer. They
 * take the focus of the button they replace, so that a keyboard stays in its row of the table instead
 * of starting again from the top of the page, and are announced when they arrive.
 */
function LoadedQuotes(props: { seriesId: number; point: string }) {
  const q = useQuery<PointQuotes>(
    `/api/series/${props.seriesId}/quotes?point=${encodeURIComponent(props.point)}`,
  )
  const here = useRef<HTMLDivElement>(null)
  useEffect(() => here.current?.focus(), [])
  return (
    <div ref={here} tabIndex={-1} aria-live="polite">
      {q.error ? (
        <span class="muted small">Could not load the quotes.</span>
      ) : q.data ? (
        <Quotes quotes={q.data.quotes} />
      ) : (
        <span class="muted small">Loading…</span>
      )}
    </div>
  )
}

/**
 * A point's quotes: as sent with the series, or, where a long series was sent without them, on
 * request (a table of thousands of figures does not load thousands of quotes).
 */
export function PointQuotesCell(props: { seriesId: number; point: SeriesPoint }) {
  const { point } = props
  const [open, setOpen] = useState(false)
  if (point.quotes.length || !point.citations) return <Quotes quotes={point.quotes} />
  if (open) return <LoadedQuotes seriesId={props.seriesId} point={point.key} />
  // One of up to thousands of such buttons: its name says which figure, for those who hear it.
  return (
    <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
      Show quotes
      <span class="visually-hidden">
        {' '}
        of {formatFigure(point)}, {point.as_of ? formatDate(point.as_of) : 'no date'}
      </span>
    </button>
  )
}
