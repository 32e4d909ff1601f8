import { useState } from 'preact/hooks'
import { Badge, Empty, ErrorNotice, Field, Loading, Notice, PageHeader, toast } from '../components/ui.tsx'
import { useLoad, useTitle } from '../hooks.ts'
import { del, errorMessage, get, post } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'
import type { Token, User } from '../lib/types.ts'
import { useSession } from '../session.ts'

export function TokensPage() {
  useTitle('API tokens')
  const { user: me } = useSession()
  const tokens = useLoad((signal) => get<{ items: Token[] }>('/api/tokens', signal), [])
  const users = useLoad((signal) => get<{ items: User[] }>('/api/users', signal), [])
  const userById = new Map((users.data?.items ?? []).map((u) => [u.id, u]))
  const [name, setName] = useState('')
  const [userId, setUserId] = useState(String(me.id))
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null)
  const [error, setError] = useState<unknown>(null)

  async function create(e: Event) {
    e.preventDefault()
    setError(null)
    try {
      const r = await post<Token & { token: string }>('/api/tokens', {
        name: name.trim(),
        user_id: Number(userId),
      })
      setSecret({ name: r.name, token: r.token })
      setName('')
      tokens.reload()
    } catch (err) {
      setError(err)
    }
  }

  async function revoke(t: Token) {
    if (!window.confirm(`Revoke “${t.name}”? Scripts using it stop working at once.`)) return
    try {
      await del(`/api/tokens/${t.id}`)
      toast(`Revoked “${t.name}”.`)
      tokens.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }

  return (
    <section class="page">
      <PageHeader
        title="API tokens"
        subtitle="Scripts act as a user with a token: send it as “Authorization: Bearer tly_…”. The secret is shown once."
      />
      <form class="card inline-card" onSubmit={create} aria-label="New token">
        <div class="form-row form-row-end">
          <Field label="Name" hint="What uses it, e.g. “nightly import”">
            {(id, hint) => (
              <input
                id={id}
                type="text"
                required
                maxLength={200}
                aria-describedby={hint}
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Acts as">
            {(id) => (
              <select id={id} value={userId} onChange={(e) => setUserId(e.currentTarget.value)}>
                {(users.data?.items ?? [me]).map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.email} ({u.role})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" class="btn btn-primary" disabled={!name.trim()}>
            Create token
          </button>
        </div>
        {error ? <Notice kind="error">{errorMessage(error)}</Notice> : null}
      </form>
      {secret ? (
        <div class="secret card" role="status">
          <p>
            <strong>Token “{secret.name}” created.</strong> Copy it now; it is not shown again.
          </p>
          <div class="secret-row">
            <code class="secret-value">{secret.token}</code>
            <button
              type="button"
              class="btn btn-small"
              onClick={() =>
                navigator.clipboard?.writeText(secret.token).then(
                  () => toast('Copied.'),
                  () => toast('Copy it by hand: the clipboard is not available.', 'error'),
                )
              }
            >
              Copy
            </button>
            <button type="button" class="btn btn-small btn-ghost" onClick={() => setSecret(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      {tokens.loading && !tokens.data ? <Loading /> : null}
      {tokens.error ? <ErrorNotice error={tokens.error} onRetry={tokens.reload} /> : null}
      {tokens.data && !tokens.data.items.length ? (
        <Empty title="No tokens yet.">Create one above for a script.</Empty>
      ) : null}
      {tokens.data?.items.length ? (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Acts as</th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((t) => (
                <tr key={t.id} class={t.revoked_at ? 'row-muted' : undefined}>
                  <td class="source-name">{t.name}</td>
                  <td>{userById.get(t.user_id)?.email ?? `user ${t.user_id}`}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td class="nowrap muted">{formatDateTime(t.created_at)}</td>
                  <td class="nowrap muted">{t.last_used_at ? formatDateTime(t.last_used_at) : 'never'}</td>
                  <td>
                    {t.revoked_at ? (
                      <Badge kind="danger">revoked</Badge>
                    ) : (
                      <Badge kind="success">active</Badge>
                    )}
                  </td>
                  <td class="row-actions">
                    {!t.revoked_at ? (
                      <button
                        type="button"
                        class="btn btn-small btn-danger-ghost"
                        onClick={() => void revoke(t)}
                      >
                        Revoke
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
