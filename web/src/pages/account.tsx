import { useState } from 'preact/hooks'
import { InputField, Notice, SubmitLine, toast } from '../components/ui.tsx'
import { WatchList } from '../components/watch-list.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { del, errorMessage, post } from '../lib/api.ts'
import { formatDate } from '../lib/format.ts'
import { useSessions } from '../lib/queries.ts'

/** My account: change my password (with the current one), see and end my other sessions. */
export function AccountPage() {
  useTitle('My account')
  return (
    <div class="stack">
      <h1>My account</h1>
      <WatchList />
      <ChangePassword />
      <Sessions />
    </div>
  )
}

function ChangePassword() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const change = useSubmit(async () => {
    await post('/api/account/password', { current_password: current, new_password: next })
    setCurrent('')
    setNext('')
    toast('Password changed; your other sessions were signed out.')
  })
  return (
    <section class="card stack" aria-labelledby="password-heading">
      <h2 id="password-heading">Change my password</h2>
      <form class="stack" onSubmit={change.submit}>
        <InputField
          label="Current password"
          type="password"
          autocomplete="current-password"
          required
          value={current}
          onValue={setCurrent}
        />
        <InputField
          label="New password"
          hint="At least 12 characters, not a common password"
          type="password"
          autocomplete="new-password"
          minLength={12}
          required
          value={next}
          onValue={setNext}
        />
        <SubmitLine submit="Change password" class="btn" sending={change} />
      </form>
    </section>
  )
}

function Sessions() {
  const sessions = useSessions()
  const items = sessions.data?.items
  async function end(path: string, done: string) {
    try {
      await del(path)
      toast(done)
      sessions.reload()
    } catch (err) {
      toast(errorMessage(err), 'error')
    }
  }
  return (
    <section class="card stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where I am signed in</h2>
      {sessions.error ? <Notice kind="error">{errorMessage(sessions.error)}</Notice> : null}
      <ul class="stack">
        {(items ?? []).map((s) => (
          <li key={s.id}>
            Signed in {formatDate(s.created_at.slice(0, 10))}, until {formatDate(s.expires_at.slice(0, 10))}{' '}
            {s.current ? (
              <strong>(this browser)</strong>
            ) : (
              <button
                type="button"
                class="btn btn-ghost btn-small"
                onClick={() => void end(`/api/account/sessions/${s.id}`, 'That session was signed out.')}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      {items && items.length > 1 ? (
        <div>
          <button
            type="button"
            class="btn btn-ghost"
            onClick={() => void end('/api/account/sessions', 'Every other session was signed out.')}
          >
            Sign out everywhere else
          </button>
        </div>
      ) : null}
    </section>
  )
}
