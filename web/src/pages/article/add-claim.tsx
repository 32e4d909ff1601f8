// A claim added by hand to an article: from selected text (quote and offsets kept) or typed in, with the
// same fields as the claim editor.
import { useState } from 'preact/hooks'
import { FigureFields, MetricQualifierFields } from '../../components/claim-fields.tsx'
import { FormActions, InputField, Notice, Section, TextAreaField, toast } from '../../components/ui.tsx'
import { useSubmit } from '../../hooks.ts'
import { errorMessage, post } from '../../lib/api.ts'
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
  const [who, setWho] = useState('')
  const [source, setSource] = useState('')
  const [asOf, setAsOf] = useState(props.article.published ?? '')
  // Where and since when, as in the claim editor: without them a claim lands in a topic with no place.
  const [location, setLocation] = useState('')
  const [country, setCountry] = useState('')
  const [since, setSince] = useState('')
  const [sinceDate, setSinceDate] = useState('')
  const { submit, error, busy } = useSubmit(async () => {
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
      as_of: asOf || null,
      location: location.trim() || null,
      country: country.trim() ? country.trim().toUpperCase() : null,
      since: since.trim() || null,
      since_date: sinceDate || null,
    })
    toast(`Added claim ${created.id}.`)
    props.onAdded(created)
  })

  return (
    <Section id="add-claim-title" class="card side-card add-claim" title="Add a claim">
      <form class="stack" onSubmit={submit}>
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
        <InputField
          label="Who"
          hint="civilians, people, Turkish soldiers…"
          type="text"
          value={who}
          onValue={setWho}
        />
        <InputField label="Source (who says so)" type="text" value={source} onValue={setSource} />
        <div class="form-row">
          <InputField
            label="Place"
            hint="As written: Idlib, Khan Sheikhun…"
            type="text"
            value={location}
            onValue={setLocation}
          />
          <InputField
            label="Country (ISO3)"
            hint="SYR, TUR…"
            type="text"
            maxLength={3}
            pattern="[A-Za-z]{3}"
            value={country}
            onValue={setCountry}
          />
        </div>
        <InputField label="As of" type="date" value={asOf} onValue={setAsOf} />
        <div class="form-row">
          <InputField
            label="Since (as written)"
            hint="since late April"
            type="text"
            value={since}
            onValue={setSince}
          />
          <InputField label="Since date" type="date" value={sinceDate} onValue={setSinceDate} />
        </div>
        {error ? <Notice kind="error">{errorMessage(error)}</Notice> : null}
        <FormActions submit={busy ? 'Adding…' : 'Add claim'} disabled={busy} onCancel={props.onCancel} />
      </form>
    </Section>
  )
}
