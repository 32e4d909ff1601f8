// A schedule's destinations (e-mail, S3-compatible storage, WebDAV), each with its last delivery, a
// "Test delivery" button and, for editors, a small form to add one. Credentials are sent once and never
// shown again: the server only says whether some are stored.
import { useState } from 'preact/hooks'
import { del, post } from '../lib/api.ts'
import type { DeliveryTestResult, ExportDestination as Destination } from '../lib/exports.ts'
import { formatDateTime } from '../lib/format.ts'
import { useQuery } from '../lib/query.ts'
import { attempt, Badge, FormActions, InputField, LoadStatus, SelectField, toast } from './ui.tsx'

type Kind = Destination['kind']
const KINDS: Record<Kind, string> = { email: 'E-mail', s3: 'S3 storage', webdav: 'WebDAV' }

const where = (d: Destination) =>
  d.kind === 'email'
    ? (d.to ?? []).join(', ')
    : d.kind === 's3'
      ? `${d.endpoint} · ${d.bucket}/${d.prefix ?? ''}`
      : (d.url ?? '')

export function DestinationsPanel(props: { scheduleId: number; editor: boolean; timeZone: string }) {
  const path = `/api/exports/schedules/${props.scheduleId}/destinations`
  const list = useQuery<{ items: Destination[] }>(path)
  const [adding, setAdding] = useState(false)

  async function test(d: Destination) {
    try {
      const r = await post<DeliveryTestResult>(`${path}/${d.id}/test`)
      toast(
        r.ok
          ? `Test delivery to “${d.name}”: ${r.response}`
          : `Test delivery to “${d.name}” failed: ${r.error}`,
      )
    } catch (err) {
      toast(`Test delivery failed: ${(err as Error).message}`)
    }
  }

  async function remove(d: Destination) {
    if (!window.confirm(`Remove the destination “${d.name}”?`)) return
    if (await attempt(() => del(`${path}/${d.id}`), `Removed “${d.name}”.`)) list.reload()
  }

  const items = list.data?.items ?? []
  return (
    <section class="destinations" aria-labelledby={`destinations-${props.scheduleId}`}>
      <h3 id={`destinations-${props.scheduleId}`} class="destinations-title">
        Delivered to
      </h3>
      <LoadStatus load={list} />
      {list.data && !items.length ? <p class="muted small">Only the server's export folder.</p> : null}
      <ul class="destination-list">
        {items.map((d) => (
          <li key={d.id} class="destination">
            <span class="source-name">{d.name}</span> <Badge>{KINDS[d.kind]}</Badge>
            {d.enabled ? null : <Badge kind="warning">off</Badge>}
            <span class="muted small block">{where(d)}</span>
            <span class="small block">
              {d.last_delivery
                ? `Last: ${d.last_delivery.status}, ${formatDateTime(d.last_delivery.finished_at ?? d.last_delivery.slot, props.timeZone)}${
                    d.last_delivery.error
                      ? ` — ${d.last_delivery.error}`
                      : d.last_delivery.response
                        ? ` — ${d.last_delivery.response}`
                        : ''
                  }`
                : 'Nothing delivered yet.'}
            </span>
            {props.editor ? (
              <span class="destination-actions">
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => void test(d)}
                  aria-label={`Test delivery to ${d.name}`}
                >
                  Test delivery
                </button>
                <button
                  type="button"
                  class="btn btn-small btn-danger-ghost"
                  onClick={() => void remove(d)}
                  aria-label={`Remove destination ${d.name}`}
                >
                  Remove
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {props.editor && !adding ? (
        <button type="button" class="btn btn-small" onClick={() => setAdding(true)}>
          Add a destination
        </button>
      ) : null}
      {props.editor && adding ? (
        <DestinationForm
          path={path}
          onDone={(saved) => {
            setAdding(false)
            if (saved) list.reload()
          }}
        />
      ) : null}
    </section>
  )
}

function DestinationForm(props: { path: string; onDone: (saved: boolean) => void }) {
  const [kind, setKind] = useState<Kind>('email')
  const [v, setV] = useState<Record<string, string>>({})
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <InputField label={label} value={v[name] ?? ''} onValue={(x) => setV({ ...v, [name]: x })} {...extra} />
  )

  async function submit(e: Event) {
    e.preventDefault()
    const credentials = v.user && v.secret ? { user: v.user, secret: v.secret } : undefined
    const body =
      kind === 'email'
        ? { kind, name: v.name, to: (v.to ?? '').split(/[\s,;]+/).filter(Boolean) }
        : kind === 's3'
          ? {
              kind,
              name: v.name,
              endpoint: v.endpoint,
              bucket: v.bucket,
              prefix: v.prefix || undefined,
              region: v.region || undefined,
              credentials,
            }
          : { kind, name: v.name, url: v.url, credentials }
    if (await attempt(() => post(props.path, body), `Added “${v.name}”.`)) props.onDone(true)
  }

  return (
    <form class="destination-form card" onSubmit={(e) => void submit(e)} aria-label="New destination">
      <SelectField label="Kind" value={kind} onValue={(k) => setKind(k as Kind)}>
        {Object.entries(KINDS).map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </SelectField>
      {field('name', 'Name', { required: true, maxLength: 120 })}
      {kind === 'email'
        ? field('to', 'Recipients', { required: true, hint: 'e-mail addresses, separated by commas' })
        : null}
      {kind === 's3' ? (
        <>
          {field('endpoint', 'Endpoint', {
            required: true,
            type: 'url',
            placeholder: 'https://s3.eu-west-1.amazonaws.com',
          })}
          {field('bucket', 'Bucket', { required: true })}
          {field('prefix', 'Key prefix', { placeholder: 'tally/' })}
          {field('region', 'Region', { placeholder: 'us-east-1' })}
        </>
      ) : null}
      {kind === 'webdav' ? field('url', 'Folder URL', { required: true, type: 'url' }) : null}
      {kind !== 'email' ? (
        <>
          {field('user', kind === 's3' ? 'Access key id' : 'User name', {
            required: kind === 's3',
            autocomplete: 'off',
          })}
          {field('secret', kind === 's3' ? 'Secret key' : 'Password', {
            required: kind === 's3',
            type: 'password',
            autocomplete: 'new-password',
            hint: 'Stored encrypted; never shown again.',
          })}
        </>
      ) : null}
      <FormActions submit="Add destination" onCancel={() => props.onDone(false)} />
    </form>
  )
}
