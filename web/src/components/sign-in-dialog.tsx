// Shown when the session ends while someone works (it expired, or they signed out elsewhere): they sign
// in again over the page, so whatever they were editing stays, and the request that failed is sent again.
import { useEffect, useRef } from 'preact/hooks'
import type { User } from '../lib/types.ts'
import { SignInForm } from '../pages/login.tsx'

export function SignInDialog(props: {
  email: string
  onSignedIn: (user: User) => void
  onCancel: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
    // The e-mail is filled in: the password is what to type (showModal would focus the first field).
    dialog.current?.querySelector<HTMLInputElement>('input[name=password]')?.focus()
  }, [])
  return (
    <dialog
      ref={dialog}
      class="card sign-in-dialog"
      aria-labelledby="sign-in-dialog-title"
      aria-describedby="sign-in-dialog-note"
      onCancel={(e) => {
        e.preventDefault()
        props.onCancel()
      }}
    >
      <h2 id="sign-in-dialog-title" class="card-title">
        Your session has ended
      </h2>
      <p id="sign-in-dialog-note" class="muted small">
        Sign in again to carry on: what you were doing is kept and sent once you are back.
      </p>
      <SignInForm email={props.email} onSignedIn={props.onSignedIn}>
        <button type="button" class="btn btn-ghost" onClick={props.onCancel}>
          Sign out instead
        </button>
      </SignInForm>
    </dialog>
  )
}
