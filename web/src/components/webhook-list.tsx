import { useState } from 'preact/hooks'
import { useSubmit } from '../hooks.ts'
import { del, post } from '../lib/api.ts'
import { useWebhooks } from '../lib/queries.ts'
import type { CreatedWebhook } from '../lib/types.ts'
import { attempt, InputField, Notice, SubmitLine } from './ui.tsx'

/** My webhooks: add one (its signing secret shows once), resume a paused one, remove one. */
export function WebhookList() {
  const webhooks = useWebhooks()
  const [url, setUrl] = useState('')
  const [created, setCreated] = useState<CreatedWebhook | null>(null)
  const add = useSubmit(async () => {
    setCreated(await post<CreatedWebhook>('/api/webhooks', { url }))
    setUrl('')
    webhooks.reload()
  })
  const act = (done: string, action: () => Promise<unknown>) =>
    attempt(async () => {
      await action()
      webhooks.reload()
    }, done)
  return (
    <section class="stack" aria-labelledby="hook-heading">
      <h3 id="hook-heading">Webhooks</h3>
      <ul class="watch-list">
        {(webhooks.data?.items ?? []).map((w) => (
          <li key={w.id}>
            <span>
              {w.url} {w.paused ? <strong>(paused after {w.failures} failures)</strong> : null}
            </span>
            <span>
              {w.paused ? (
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => void act('Resumed', () => post(`/api/webhooks/${w.id}/resume`))}
                >
                  Resume
                </button>
              ) : null}{' '}
              <button
                type="button"
                class="btn btn-small btn-ghost"
                onClick={() => void act('Webhook removed', () => del(`/api/webhooks/${w.id}`))}
              >
                Remove <span class="visually-hidden">{w.url}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {created ? (
        <Notice kind="success">
          Signing secret (shown only now; each post carries X-Tally-Signature: sha256=HMAC of the body):{' '}
          <span class="webhook-secret">{created.secret}</span>
        </Notice>
      ) : null}
      <form class="stack" onSubmit={add.submit}>
        <InputField label="Webhook address" type="url" required value={url} onValue={setUrl} />
        <SubmitLine submit="Add webhook" class="btn btn-small" sending={add} />
      </form>
    </section>
  )
}
