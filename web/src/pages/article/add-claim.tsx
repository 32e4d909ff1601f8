// A claim added by hand to an article: from selected text (quote and offsets kept) or typed in, with the
// same fields as the claim editor.
import { useState } from 'preact/hooks'
import { FigureFields, MetricQualifierFields } from '../../components/claim-fields.tsx'
import { FormActions, InputField, Section, TextAreaField, toast } from '../../components/ui.tsx'
import { useSubmit } from '../../hooks.ts'
import { post } from '../../lib/api.ts'
import { guessFigure } from '../../lib/text.ts'
import type { ArticleDetail, Claim } from '../../lib/types.ts'

export interface Selection {
  start: number
  end: number
  quote: string
}

export function AddClaim(props: {
  article: ArticleDetail
  selection: Selection
  onCancel: () => void
  onAdded: (c: Claim) => void
}) {
  const guess = guessFigure(props.selection.quote)
  const [quote, setQuote] = useState(props.selection.quote)
  const [figure, setFigure] = useState({
    metric: /injur|wound/i.test(quote)
      ? 'injured'
      : /displac|fled|flee/i.test(quote)
        ? 'displaced'
        : 'killed',
    qualifier: guess?.qualifier ?? 'exact',
    low: guess ? String(guess.low) : '',
    high: guess?.high !== null && guess?.high !== undefined ? String(guess.high) : '',
  })
  const setField = (k: keyof typeof figure, v: string) => setFigure((f) => ({ ...f, [k]: v }))
  // Who, by whom, where and since when, as in the claim editor: without a place a claim lands in a topic
  // with no place.
  const [about, setAbout] = useState({
    who: '',
    source: '',
    as_of: props.article.published ?? '',
    location: '',
    country: '',
    since: '',
    since_date: '',
  })
  const { who, source, location, country, since } = about
  /** A text input bound to one of `about`'s fields (`more`: its type, hint and checks). */
  const field = (
    k: keyof typeof about,
    label: string,
    more: Partial<Parameters<typeof InputField>[0]> = {},
  ) => (
    <InputField
      label={label}
      type="text"
      {...more}
      value={about[k]}
      onValue={(v) => setAbout((a) => ({ ...a, [k]: v }))}
    />
  )
  const sending = useSubmit(async () => {
    const keepsOffsets = quote === props.selection.quote && props.selection.end > props.selection.start
    const created = await post<Claim>('/api/claims', {
      article_id: props.article.id,
      quote,
      ...(keepsOffsets ? { start: props.selection.start, end: props.selection.end } : {}),
      metric: figure.metric,
      qualifier: figure.qualifier,
      low: Number(figure.low),
      high: figure.high === '' ? null : Number(figure.high),
      ...(who.trim() ? { who: who.trim() } : {}),
      source: source.trim() || null,
      as_of: about.as_of || null,
      location: location.trim() || null,
      country: country.trim() ? country.trim().toUpperCase() : null,
      since: since.trim() || null,
      since_date: about.since_date || null,
    })
    toast(`Added claim ${created.id}.`)
    props.onAdded(created)
  })

  return (
    <Section id="add-claim-title" class="card side-card add-claim" title="Add a claim">
      <form class="stack" onSubmit={sending.submit}>
        <TextAreaField
          label="Quote (exact words of the article)"
          rows={3}
          required
          maxLength={2000}
          value={quote}
          onValue={setQuote}
        />
        <div class="form-row">
          <MetricQualifierFields metric={figure.metric} qualifier={figure.qualifier} set={setField} />
        </div>
        <div class="form-row">
          <FigureFields low={figure.low} high={figure.high} set={setField} />
        </div>
        {field('who', 'Who', { hint: 'civilians, people, Turkish soldiers…' })}
        {field('source', 'Source (who says so)')}
        <div class="form-row">
          {field('location', 'Place', { hint: 'As written: Idlib, Khan Sheikhun…' })}
          {field('country', 'Country (ISO3)', { hint: 'SYR, TUR…', maxLength: 3, pattern: '[A-Za-z]{3}' })}
        </div>
        {field('as_of', 'As of', { type: 'date' })}
        <div class="form-row">
          {field('since', 'Since (as written)', { hint: 'since late April' })}
          {field('since_date', 'Since date', { type: 'date' })}
        </div>
        <FormActions submit="Add claim" waiting="Adding…" sending={sending} onCancel={props.onCancel} />
      </form>
    </Section>
  )
}
