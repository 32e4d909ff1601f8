import { findNumber, locateQuote, sentenceAround } from '../lib/text.ts'

/** The quote with its number in bold. */
export function QuoteText(props: { quote: string }) {
  const n = findNumber(props.quote)
  if (!n) return <>{props.quote}</>
  return (
    <>
      {props.quote.slice(0, n.start)}
      <strong class="quote-number">{props.quote.slice(n.start, n.end)}</strong>
      {props.quote.slice(n.end)}
    </>
  )
}

/** The claim's sentence from its article, the quote marked and its figure in bold; the quote alone without the text. */
export function ClaimContext(props: {
  quote: string
  start: number | null
  end: number | null
  text?: string | null
}) {
  const at = props.text ? locateQuote(props.text, props.quote, props.start, props.end) : null
  if (!props.text || !at) {
    return (
      <blockquote class="context">
        <mark class="context-quote">
          <QuoteText quote={props.quote} />
        </mark>
      </blockquote>
    )
  }
  const s = sentenceAround(props.text, at.start, at.end)
  return (
    <blockquote class="context">
      {s.before}
      <mark class="context-quote">
        <QuoteText quote={s.match} />
      </mark>
      {s.after}
    </blockquote>
  )
}
