import { useEffect, useRef, useState } from 'preact/hooks'
import { Logo } from '../components/layout.tsx'
import { Field, Notice } from '../components/ui.tsx'
import { useTitle } from '../hooks.ts'
import { ApiError, errorMessage, post } from '../lib/api.ts'
import type { User } from '../lib/types.ts'

export function LoginPage(props: { next?: string; onSignedIn: (user: User) => void }) {
  useTitle('Sign in')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const emailInput = useRef<HTMLInputElement>(null)
  useEffect(() => emailInput.current?.focus(), [])

  async function submit(e: Event) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const r = await post<{ user: User }>('/api/auth/login', { email: email.trim(), password })
      props.onSignedIn(r.user)
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401 ? 'E-mail or password is wrong.' : errorMessage(err),
      )
      setBusy(false)
    }
  }

  return (
    <main class="login" id="main">
      <div class="login-card">
        <div class="login-brand">
          <Logo />
          <span>Tally</span>
        </div>
        <h1>Sign in</h1>
        <p class="login-lead">Casualty and displacement figures, with who reported them, where and when.</p>
        {props.next && props.next !== '#/' && props.next.startsWith('#/') ? (
          <p class="muted small">Sign in to continue to the page you opened.</p>
        ) : null}
        <form onSubmit={submit} class="stack" aria-describedby={error ? 'login-error' : undefined}>
          <Field label="E-mail">
            {(id) => (
              <input
                id={id}
                ref={emailInput}
                type="email"
                name="email"
                autocomplete="username"
                required
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label="Password">
            {(id) => (
              <input
                id={id}
                type="password"
                name="password"
                autocomplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            )}
          </Field>
          {error ? (
            <div id="login-error">
              <Notice kind="error">{error}</Notice>
            </div>
          ) : null}
          <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p class="login-foot muted small">
          Scripts use API tokens; the API is described at <a href="/docs">/docs</a>.
        </p>
      </div>
    </main>
  )
}
