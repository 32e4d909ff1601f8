import { useState } from 'preact/hooks'
import { ACTIONS, DataTable } from '../components/data-table.tsx'
import { CopyButton, SecretCard, SecretCells } from '../components/secrets.tsx'
import { Empty, InputField, LoadStatus, Notice, Options, PageHeader, SelectField } from '../components/ui.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { del, errorMessage, post } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'
import { useTokens, useUsers } from '../lib/queries.ts'
import type { Token } from '../lib/types.ts'
import { useSession } from '../session.ts'

export function TokensPage() {
  useTitle('API tokens')
  const { user: me } = useSession()
  const tokens = useTokens()
  const users = useUsers()
  const userById = new Map((users.data?.items ?? []).map((u) => [u.id, u]))
  const [name, setName] = useState('')
  const [userId, setUserId] = useState(String(me.id))
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null)
  const create = useSubmit(async () => {
    const r = await post<Token & { token: string }>('/api/tokens', {
      name: name.trim(),
      user_id: Number(userId),
    })
    setSecret({ name: r.name, token: r.token })
    setName('')
    tokens.reload()
  })

  return (
    <section class="page">
      <PageHeader
        title="API tokens"
        subtitle="Scripts act as a user with a token: send it as “Authorization: Bearer tly_…”. The secret is shown once."
      />
      <form class="card inline-card" onSubmit={create.submit} aria-label="New token">
        <div class="form-row form-row-end">
          <InputField
            label="Name"
            hint="What uses it, e.g. “nightly import”"
            type="text"
            required
            maxLength={200}
            value={name}
            onValue={setName}
          />
          <SelectField label="Acts as" value={userId} onValue={setUserId}>
            <Options
              items={users.data?.items ?? [me]}
              value={(u) => String(u.id)}
              label={(u) => `${u.email} (${u.role})`}
            />
          </SelectField>
          <button type="submit" class="btn btn-primary" disabled={!name.trim()}>
            Create token
          </button>
        </div>
        {create.error ? <Notice kind="error">{errorMessage(create.error)}</Notice> : null}
      </form>
      {secret ? (
        <SecretCard title={`Token “${secret.name}” created.`} note="Copy it now; it is not shown again.">
          <div class="secret-row">
            <code class="secret-value">{secret.token}</code>
            <CopyButton value={secret.token} />
            <button type="button" class="btn btn-small btn-ghost" onClick={() => setSecret(null)}>
              Done
            </button>
          </div>
        </SecretCard>
      ) : null}
      <LoadStatus load={tokens} />
      {tokens.data && !tokens.data.items.length ? (
        <Empty title="No tokens yet.">Create one above for a script.</Empty>
      ) : null}
      {tokens.data?.items.length ? (
        <DataTable columns={['Name', 'Acts as', 'Starts with', 'Created', 'Last used', 'Status', ACTIONS]}>
          {tokens.data.items.map((t) => (
            <tr key={t.id} class={t.revoked_at ? 'row-muted' : undefined}>
              <td class="source-name">{t.name}</td>
              <td>{userById.get(t.user_id)?.email ?? `user ${t.user_id}`}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td class="nowrap muted">{formatDateTime(t.created_at)}</td>
              <td class="nowrap muted">{t.last_used_at ? formatDateTime(t.last_used_at) : 'never'}</td>
              <SecretCells
                name={t.name}
                revokedAt={t.revoked_at}
                live="active"
                consequence="Scripts using it stop working at once."
                revoke={() => del(`/api/tokens/${t.id}`)}
                onRevoked={tokens.reload}
              />
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  )
}
