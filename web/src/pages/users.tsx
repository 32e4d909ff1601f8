import { useState } from 'preact/hooks'
import { ACTIONS, DataTable } from '../components/data-table.tsx'
import {
  AddButton,
  attempt,
  Badge,
  FormActions,
  InputField,
  LoadStatus,
  Options,
  PageHeader,
  SelectField,
  toast,
} from '../components/ui.tsx'
import { useAddForm, useSubmit, useTitle } from '../hooks.ts'
import { patch, post } from '../lib/api.ts'
import { formatDateTime } from '../lib/format.ts'
import { useUsers } from '../lib/queries.ts'
import { ROLES, type Role, type User } from '../lib/types.ts'
import { useSession } from '../session.ts'

const ROLE_HELP: Record<Role, string> = {
  viewer: 'reads everything',
  editor: 'also adds articles and reviews claims',
  admin: 'also manages users, tokens and sources',
}

export function UsersPage() {
  useTitle('Users')
  const { user: me } = useSession()
  const users = useUsers()
  const adding = useAddForm(users.reload)

  async function update(u: User, change: Partial<User> & { password?: string }, done: string) {
    if (await attempt(() => patch<User>(`/api/users/${u.id}`, change), done)) users.reload()
  }

  return (
    <section class="page">
      <PageHeader
        title="Users"
        subtitle="Viewers read; editors add articles and review claims; admins also manage accounts, tokens and sources."
        actions={<AddButton form={adding} label="Add a user" />}
      />
      {adding.open ? <NewUser onDone={adding.done} /> : null}
      <LoadStatus load={users} />
      {users.data ? (
        <DataTable columns={['User', 'Role', 'Status', 'Since', ACTIONS]}>
          {users.data.items.map((u) => (
            <tr key={u.id}>
              <td>
                <span class="source-name">{u.name || u.email}</span>
                {u.id === me.id ? <Badge kind="accent">you</Badge> : null}
                <span class="muted small block">{u.email}</span>
              </td>
              <td>
                <label class="visually-hidden" for={`role-${u.id}`}>
                  Role of {u.email}
                </label>
                <select
                  id={`role-${u.id}`}
                  value={u.role}
                  disabled={u.id === me.id}
                  onChange={(e) =>
                    void update(
                      u,
                      { role: e.currentTarget.value as Role },
                      `${u.email} is now ${e.currentTarget.value}.`,
                    )
                  }
                >
                  <Options items={ROLES} />
                </select>
              </td>
              <td>
                {u.disabled ? <Badge kind="danger">disabled</Badge> : <Badge kind="success">active</Badge>}
              </td>
              <td class="nowrap muted">{formatDateTime(u.created_at)}</td>
              <td class="row-actions">
                {u.id !== me.id ? (
                  <button
                    type="button"
                    class={`btn btn-small ${u.disabled ? '' : 'btn-danger-ghost'}`}
                    onClick={() =>
                      void update(
                        u,
                        { disabled: !u.disabled },
                        u.disabled ? `${u.email} can sign in again.` : `${u.email} can no longer sign in.`,
                      )
                    }
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                ) : null}
                <PasswordReset
                  user={u}
                  onSave={(password) => update(u, { password }, `New password set for ${u.email}.`)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p class="muted small roles-help">
        {ROLES.map((r) => (
          <span key={r}>
            <strong>{r}</strong> {ROLE_HELP[r]}.{' '}
          </span>
        ))}
      </p>
    </section>
  )
}

function PasswordReset(props: { user: User; onSave: (password: string) => Promise<void> }) {
  const [open, setOpen] = useState(false)
  const [password, setPassword] = useState('')
  if (!open) {
    return (
      <button type="button" class="btn btn-small btn-ghost" onClick={() => setOpen(true)}>
        Set password
      </button>
    )
  }
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        void props.onSave(password).then(() => {
          setOpen(false)
          setPassword('')
        })
      }}
    >
      <label class="visually-hidden" for={`pw-${props.user.id}`}>
        New password for {props.user.email}
      </label>
      <input
        id={`pw-${props.user.id}`}
        type="password"
        autocomplete="new-password"
        minLength={12}
        required
        placeholder="at least 12 characters"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <button type="submit" class="btn btn-small btn-primary">
        Save
      </button>
      <button type="button" class="btn btn-small btn-ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  )
}

function NewUser(props: { onDone: (added: boolean) => void }) {
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [role, setRole] = useState<Role>('viewer')
  const sending = useSubmit(async () => {
    await post<User>('/api/users', { email: email.trim(), name: name.trim() || undefined, password, role })
    toast(`Created ${email.trim()} as ${role}.`)
    props.onDone(true)
  })
  return (
    <form class="card inline-card stack" onSubmit={sending.submit} aria-label="New user">
      <div class="form-row">
        <InputField label="E-mail" type="email" required value={email} onValue={setEmail} />
        <InputField label="Name" type="text" value={name} onValue={setName} />
        <InputField
          label="Password"
          hint="At least 12 characters, not a common password"
          type="password"
          autocomplete="new-password"
          minLength={12}
          required
          value={password}
          onValue={setPassword}
        />
        <SelectField label="Role" value={role} onValue={(v) => setRole(v as Role)}>
          <Options items={ROLES} />
        </SelectField>
      </div>
      <FormActions submit="Create user" sending={sending} onCancel={() => props.onDone(false)} />
    </form>
  )
}
