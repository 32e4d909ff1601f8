import { useRef, useState } from 'preact/hooks'
import { useFocusFirstField, useSubmit } from '../hooks.ts'
import { ApiError, errorMessage, patch } from '../lib/api.ts'
import { type Claim, UNITS } from '../lib/types.ts'
import { FigureFields, MetricQualifierFields } from './claim-fields.tsx'
import { Check, FormActions, InputField, Notice, Options, SelectField, TextAreaField } from './ui.tsx'

type Draft = Record<string, string | boolean>

const TEXT_FIELDS = ['who', 'source', 'location', 'country', 'since', 'context'] as const
const NULLABLE = new Set(['source', 'location', 'country', 'since', 'since_date', 'as_of', 'high', 'context'])

function draftOf(c: Claim): Draft {
  return {
    metric: c.metric,
    unit: c.unit,
    qualifier: c.qualifier,
    low: String(c.low),
    high: c.high === null ? '' : String(c.high),
    who: c.who,
    source: c.source ?? '',
    location: c.location ?? '',
    country: c.country ?? '',
    since: c.since ?? '',
    since_date: c.since_date ?? '',
    as_of: c.as_of ?? '',
    quote: c.quote,
    context: c.context ?? '',
    denied: c.denied,
    projected: c.projected,
  }
}

/** The fields that differ from the claim, typed as the API wants them. */
export function changedFields(c: Claim, d: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const original = draftOf(c)
  for (const [k, v] of Object.entries(d)) {
    if (v === original[k]) continue
    if (k === 'low') out.low = Number(v)
    else if (k === 'high') out.high = v === '' ? null : Number(v)
    else if (typeof v === 'boolean') out[k] = v
    else if (k === 'country') out.country = v === '' ? null : String(v).toUpperCase()
    else out[k] = v === '' && NULLABLE.has(k) ? null : v
  }
  return out
}

/** Inline edit of every field of a claim; sends the version it was opened at, so a stale edit gets 409. */
export function ClaimEditor(props: {
  claim: Claim
  onSaved: (c: Claim) => void
  onCancel: () => void
  onConflict?: (current: Claim) => void
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.claim))
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstField(form)
  const set = (k: string, v: string | boolean) => setDraft((d) => ({ ...d, [k]: v }))
  const { submit, error, busy } = useSubmit(async () => {
    const fields = changedFields(props.claim, draft)
    if (!Object.keys(fields).length) {
      props.onCancel()
      return
    }
    const saved = await patch<Claim>(`/api/claims/${props.claim.id}`, {
      version: props.claim.version,
      ...fields,
    })
    props.onSaved(saved)
  })
  const conflict =
    error instanceof ApiError && error.status === 409
      ? (error.details as { current?: Claim } | undefined)?.current
      : undefined

  const text = (
    k: (typeof TEXT_FIELDS)[number] | 'since_date' | 'as_of',
    label: string,
    type: 'text' | 'date' = 'text',
  ) => (
    <InputField
      label={label}
      type={type}
      value={draft[k] as string}
      maxLength={k === 'country' ? 3 : undefined}
      onValue={(v) => set(k, v)}
    />
  )

  return (
    <form
      ref={form}
      class="claim-editor"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
      aria-label={`Edit claim ${props.claim.id}`}
    >
      <div class="editor-grid">
        <MetricQualifierFields
          metric={draft.metric as string}
          qualifier={draft.qualifier as string}
          set={set}
        />
        <FigureFields low={draft.low as string} high={draft.high as string} set={set} />
        <SelectField label="Unit" value={draft.unit as string} onValue={(v) => set('unit', v)}>
          <Options items={UNITS} />
        </SelectField>
        {text('who', 'Who')}
        {text('source', 'Source (who says so)')}
        {text('location', 'Place')}
        {text('country', 'Country (ISO3)')}
        {text('as_of', 'As of', 'date')}
        {text('since', 'Since (as written)')}
        {text('since_date', 'Since date', 'date')}
        {text('context', 'Table label')}
      </div>
      <TextAreaField label="Quote" rows={2} value={draft.quote as string} onValue={(v) => set('quote', v)} />
      <div class="editor-checks">
        <Check checked={draft.denied as boolean} onValue={(v) => set('denied', v)}>
          Denied by the source
        </Check>
        <Check checked={draft.projected as boolean} onValue={(v) => set('projected', v)}>
          Projection, not a count
        </Check>
      </div>
      {error ? (
        <Notice
          kind="error"
          action={
            conflict && props.onConflict ? (
              <button type="button" class="btn btn-small" onClick={() => props.onConflict?.(conflict)}>
                Load their version
              </button>
            ) : null
          }
        >
          {errorMessage(error)}
        </Notice>
      ) : null}
      {conflict ? <ConflictTable yours={draft} theirs={draftOf(conflict)} /> : null}
      <FormActions submit={busy ? 'Saving…' : 'Save changes'} disabled={busy} onCancel={props.onCancel}>
        <span class="muted small">Editing version {props.claim.version}. Esc cancels.</span>
      </FormActions>
    </form>
  )
}

/** Where the saved version and the unsaved edit differ, side by side, so neither is lost from view. */
function ConflictTable(props: { yours: Draft; theirs: Draft }) {
  const shown = (v: string | boolean | undefined) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v || '–')
  const fields = Object.keys(props.yours).filter((k) => props.yours[k] !== props.theirs[k])
  if (!fields.length) return null
  return (
    <table class="table conflict-table" aria-label="Your edit and the saved version">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Your edit (not saved)</th>
          <th scope="col">Saved version</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((k) => (
          <tr key={k}>
            <th scope="row">{k.replace('_', ' ')}</th>
            <td>{shown(props.yours[k])}</td>
            <td>{shown(props.theirs[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
