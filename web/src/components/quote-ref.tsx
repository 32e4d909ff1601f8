// A quoted passage and, muted, where and when it was published: with each figure of the series table,
// and with each source's latest figure in the brief, which puts them in brackets as prose does.
import type { ComponentChildren } from 'preact'
import { formatDate } from '../lib/format.ts'

export function QuoteRef(props: {
  quote: string
  /** The outlet, or a link to the article; without it, neither it nor the date is shown. */
  source: ComponentChildren
  published: string | null
  mutedClass: string
  brackets?: boolean
}) {
  const where = (
    <>
      {props.source}
      {props.published ? `, ${formatDate(props.published)}` : ''}
    </>
  )
  return (
    <>
      “{props.quote}”
      {props.source ? <span class={props.mutedClass}> {props.brackets ? <>({where})</> : where}</span> : null}
    </>
  )
}
