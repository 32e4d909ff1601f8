import { useState } from 'preact/hooks'
import { ApiError, errorMessage, patch } from '../lib/api.ts'
import { formatMetric, formatQualifier } from '../lib/format.ts'
import { type Claim, METRICS, QUALIFIERS, UNITS } from '../lib/types.ts'
import { Field, Notice } from './ui.tsx'

type Draft = Record<string, string | boolean>

const TEXT_FIELDS = ['who', 'source', 'location', 'country', 'since'] as const
const NULLABLE = new Set(['source', 'location', 'country', 'since', 'since_date', 'as_of', 'high'])

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
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const set = (k: string, v: string | boolean) => setDraft((d) => ({ ...d, [k]: v }))
  const conflict =
    error instanceof ApiError && error.status === 409
      ? (error.details as { current?: Claim } | undefined)?.current
      : undefined

  async function save(e: Event) {
    e.preventDefault()
    const fields = changedFields(props.claim, draft)
    if (!Object.keys(fields).length) {
      props.onCancel()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const saved = await patch<Claim>(`/api/claims/${props.claim.id}`, {
        version: props.claim.version,
        ...fields,
      })
      props.onSaved(saved)
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }

  const text = (
    k: (typeof TEXT_FIELDS)[number] | 'since_date' | 'as_of',
    label: string,
    type: 'text' | 'date' = 'text',
  ) => (
    <Field label={label}>
      {(id) =>
        type === 'date' ? (
          <input
            id={id}
            type="date"
            value={draft[k] as string}
            onInput={(e) => set(k, e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={draft[k] as string}
            maxLength={k === 'country' ? 3 : undefined}
            onInput={(e) => set(k, e.currentTarget.value)}
          />
        )
      }
    </Field>
  )

  return (
    <form
      class="claim-editor"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
      aria-label={`Edit claim ${props.claim.id}`}
    >
      <div class="editor-grid">
        <Field label="Metric">
          {(id) => (
            <select
              id={id}
              value={draft.metric as string}
              onChange={(e) => set('metric', e.currentTarget.value)}
            >
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {formatMetric(m)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Qualifier">
          {(id) => (
            <select
              id={id}
              value={draft.qualifier as string}
              onChange={(e) => set('qualifier', e.currentTarget.value)}
            >
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {formatQualifier(q)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Figure (low)">
          {(id) => (
            <input
              id={id}
              type="number"
              min="0"
              step="any"
              required
              value={draft.low as string}
              onInput={(e) => set('low', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="High">
          {(id) => (
            <input
              id={id}
              type="number"
              min="0"
              step="any"
              value={draft.high as string}
              onInput={(e) => set('high', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Unit">
          {(id) => (
            <select id={id} value={draft.unit as string} onChange={(e) => set('unit', e.currentTarget.value)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('who', 'Who')}
        {text('source', 'Source (who says so)')}
        {text('location', 'Place')}
        {text('country', 'Country (ISO3)')}
        {text('as_of', 'As of', 'date')}
        {text('since', 'Since (as written)')}
        {text('since_date', 'Since date', 'date')}
      </div>
      <Field label="Quote">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={draft.quote as string}
            onInput={(e) => set('quote', e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="editor-checks">
        <label class="check">
          <input
            type="checkbox"
            checked={draft.denied as boolean}
            onChange={(e) => set('denied', e.currentTarget.checked)}
          />
          Denied by the source
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.projected as boolean}
            onChange={(e) => set('projected', e.currentTarget.checked)}
          />
          Projection, not a count
        </label>
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
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" class="btn btn-ghost" onClick={props.onCancel}>
          Cancel
        </button>
        <span class="muted small">Editing version {props.claim.version}. Esc cancels.</span>
      </div>
    </form>
  )
}
