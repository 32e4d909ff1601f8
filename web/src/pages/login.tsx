import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { Logo } from '../components/layout.tsx'
import { InputField, Notice } from '../components/ui.tsx'
import { useSubmit, useTitle } from '../hooks.ts'
import { ApiError, errorMessage, post } from '../lib/api.ts'
import type { User } from '../lib/types.ts'

export function LoginPage(props: { next?: string; onSignedIn: (user: User) => void }) {
  useTitle('Sign in')
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
        <SignInForm onSignedIn={props.onSignedIn} />
        <p class="login-foot muted small">
          Scripts use API tokens; the API is described at <a href="/docs">/docs</a>.
        </p>
      </div>
    </main>
  )
}

/** E-mail and password; used by the sign-in page and by the dialog shown when a session ends. */
export function SignInForm(props: {
  email?: string
  onSignedIn: (user: User) => void
  children?: ComponentChildren
}) {
  const [email, setEmail] = useState(props.email ?? '')
  const [password, setPassword] = useState('')
  const emailInput = useRef<HTMLInputElement>(null)
  const passwordInput = useRef<HTMLInputElement>(null)
  useEffect(() => (props.email ? passwordInput : emailInput).current?.focus(), [])
  const signIn = useSubmit(async () => {
    const r = await post<{ user: User }>('/api/auth/login', { email: email.trim(), password })
    props.onSignedIn(r.user)
  })
  const error = signIn.error
    ? signIn.error instanceof ApiError && signIn.error.status === 401
      ? 'E-mail or password is wrong.'
      : errorMessage(signIn.error)
    : null
  // After a refused sign-in, the password is what to type again (the button was disabled while busy,
  // which leaves focus on the page body otherwise).
  useEffect(() => {
    if (signIn.error) passwordInput.current?.select()
  }, [signIn.error])

  return (
    <form onSubmit={signIn.submit} class="stack" aria-describedby={error ? 'login-error' : undefined}>
      <InputField
        label="E-mail"
        ref={emailInput}
        type="email"
        name="email"
        autocomplete="username"
        required
        value={email}
        onValue={setEmail}
      />
      <InputField
        label="Password"
        ref={passwordInput}
        type="password"
        name="password"
        autocomplete="current-password"
        required
        value={password}
        onValue={setPassword}
      />
      {error ? (
        <div id="login-error">
          <Notice kind="error">{error}</Notice>
        </div>
      ) : null}
      <div class="editor-actions">
        <button type="submit" class="btn btn-primary btn-block" disabled={signIn.busy}>
          {signIn.busy ? 'Signing in…' : 'Sign in'}
        </button>
        {props.children}
      </div>
    </form>
  )
}
