// The article's text with its claims marked in their metric's colour; an editor selects a passage to
// add a claim the extractor missed.
import { useMemo, useRef, useState } from 'preact/hooks'
import { MetricChip } from '../../components/ui.tsx'
import { formatMetric } from '../../lib/format.ts'
import { buildHash } from '../../lib/route.ts'
import { locateQuote, type Span, segments } from '../../lib/text.ts'
import type { ArticleDetail, ClaimListItem } from '../../lib/types.ts'
import type { Selection } from './add-claim.tsx'

/** Character offset of a DOM position inside `root`, counting its text as the article's text. */
function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(root, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

/** The passage selected inside `root` (trimmed of spaces), as offsets into `text`; null: none. */
function selectedPassage(root: HTMLElement, text: string): Selection | null {
  const sel = window.getSelection()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const r = sel.getRangeAt(0)
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null
  let start = offsetIn(root, r.startContainer, r.startOffset)
  let end = offsetIn(root, r.endContainer, r.endOffset)
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return end > start ? { start, end, quote: text.slice(start, end) } : null
}

/** The marked text; `pieces.length` tells the page when the marks are there to scroll to. */
export function useArticlePieces(a: ArticleDetail | undefined, list: ClaimListItem[]) {
  const spans = useMemo(() => {
    if (!a) return []
    const out: Span<ClaimListItem>[] = []
    for (const c of list) {
      const at = locateQuote(a.text, c.quote, c.start, c.end)
      if (at) out.push({ ...at, value: c })
    }
    return out
  }, [a, list])
  return useMemo(() => (a ? segments(a.text, spans) : []), [a, spans])
}

export function ArticleText(props: {
  article: ArticleDetail
  claims: ClaimListItem[]
  pieces: ReturnType<typeof useArticlePieces>
  selectedId: number | null
  editor: boolean
  onAdd: (selection: Selection) => void
}) {
  const { article: a, pieces, selectedId, editor } = props
  const textRef = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<Selection | null>(null)
  const metricsShown = [...new Set(props.claims.map((c) => c.metric))]
  const readSelection = () => setSelection(textRef.current ? selectedPassage(textRef.current, a.text) : null)
  return (
    <div class="card article-card">
      {metricsShown.length ? (
        <ul class="metric-legend" aria-label="Highlight colours">
          {metricsShown.map((m) => (
            <li key={m}>
              <MetricChip metric={m} />
            </li>
          ))}
        </ul>
      ) : null}
      {editor ? (
        <p class="muted small select-hint">
          Select a passage of the text to add a claim the extractor missed.
        </p>
      ) : null}
      {selection && editor ? (
        <section class="selection-bar" aria-label="Selected text">
          <span class="selection-quote">
            “{selection.quote.length > 120 ? `${selection.quote.slice(0, 120)}…` : selection.quote}”
          </span>
          <button
            type="button"
            class="btn btn-primary btn-small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              props.onAdd(selection)
              setSelection(null)
            }}
          >
            Add claim from selection
          </button>
        </section>
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: selecting text with mouse or keyboard; the form is reachable by button too */}
      <div class="article-text" ref={textRef} onMouseUp={readSelection} onKeyUp={readSelection}>
        {pieces.map((p) =>
          p.span ? (
            <a
              key={p.start}
              id={p.start === p.span.start ? `claim-${p.span.value.id}` : undefined}
              href={buildHash(['articles', a.id], { claim: p.span.value.id })}
              class={`hl metric-${p.span.value.metric}${p.span.value.id === selectedId ? ' current' : ''} status-${p.span.value.status}`}
              title={`${formatMetric(p.span.value.metric)}: ${p.span.value.who} (${p.span.value.status})`}
              data-claim-id={p.span.value.id}
            >
              {p.text}
            </a>
          ) : (
            <span key={p.start}>{p.text}</span>
          ),
        )}
      </div>
    </div>
  )
}
