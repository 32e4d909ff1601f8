import { useState } from 'preact/hooks'
import { useSubmit } from '../hooks.ts'
import { del, errorMessage, post } from '../lib/api.ts'
import { useWatches } from '../lib/queries.ts'
import type { Watch } from '../lib/types.ts'
import { AlertSettingsForm } from './alert-settings.tsx'
import { attempt, Notice } from './ui.tsx'
import { WebhookList } from './webhook-list.tsx'
import './alerts.css'

/** My account: what I watch, how I am told (e-mail), and my webhooks. */
export function WatchList() {
  const watches = useWatches()
  const items = watches.data?.items
  const remove = (w: Watch) =>
    attempt(async () => {
      await del(`/api/watches/${w.id}`)
      watches.reload()
    }, `No longer watching ${w.label}`)
  return (
    <section class="card stack" aria-labelledby="watch-heading">
      <h2 id="watch-heading">What I watch</h2>
      {watches.error ? <Notice kind="error">{errorMessage(watches.error)}</Notice> : null}
      {items?.length === 0 ? <p>Nothing yet: use “Watch” on a series page, or watch a place below.</p> : null}
      <ul class="watch-list">
        {(items ?? []).map((w) => (
          <li key={w.id}>
            <span>
              {w.series_id ? <a href={`#/series/${w.series_id}`}>{w.label}</a> : w.label}{' '}
              <small>({w.kind.replace('_', ' in ')})</small>
            </span>
            <button type="button" class="btn btn-small btn-ghost" onClick={() => void remove(w)}>
              Stop watching <span class="visually-hidden">{w.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <WatchPlace onAdded={watches.reload} />
      <AlertSettingsForm />
      <WebhookList />
    </section>
  )
}

function WatchPlace(props: { onAdded: () => void }) {
  const [place, setPlace] = useState('')
  const add = useSubmit(async () => {
    await post('/api/watches', { kind: 'place', place_key: place.trim() })
    setPlace('')
    props.onAdded()
  })
  return (
    <form class="inline-form" onSubmit={add.submit}>
      <label for="watch-place">Watch a place (country code such as SYR, or a key such as SYR:idlib)</label>
      <input id="watch-place" value={place} required onInput={(e) => setPlace(e.currentTarget.value)} />
      <button type="submit" class="btn btn-small" disabled={add.busy}>
        Watch place
      </button>
      {add.error ? <Notice kind="error">{errorMessage(add.error)}</Notice> : null}
    </form>
  )
}
