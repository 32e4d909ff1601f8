// Secrets that are shown once (API tokens, feed URLs): the card that shows them with Copy buttons, and
// the status and Revoke button of each in its list.
import type { ComponentChildren } from 'preact'
import { formatDateTime } from '../lib/format.ts'
import { attempt, Badge, toast } from './ui.tsx'

/** Copies text to the clipboard and says whether it worked. */
export function copyText(text: string, what = 'Copied.'): void {
  const clipboard = navigator.clipboard
  if (!clipboard) {
    toast('Copy it by hand: the clipboard is not available here.', 'error')
    return
  }
  clipboard.writeText(text).then(
    () => toast(what),
    () => toast('Copy it by hand: the clipboard is not available here.', 'error'),
  )
}

/** A Copy button; with a label it is named "Copy <label>" and says "<label> copied.". */
export function CopyButton(props: { value: string; label?: string }) {
  return (
    <button
      type="button"
      class="btn btn-small"
      aria-label={props.label ? `Copy ${props.label}` : undefined}
      onClick={() => copyText(props.value, props.label ? `${props.label} copied.` : undefined)}
    >
      Copy
    </button>
  )
}

/** A value to copy, such as a feed URL, with its label and Copy button. */
export function CopyField(props: { label: string; value: string }) {
  return (
    <div class="copy-field">
      <span class="copy-label">{props.label}</span>
      <code class="secret-value">{props.value}</code>
      <CopyButton value={props.value} label={props.label} />
    </div>
  )
}

/** The card of a secret just made: what was made, that it is shown once, then the secret itself. */
export function SecretCard(props: {
  class?: string
  title: ComponentChildren
  note: string
  children: ComponentChildren
}) {
  return (
    <div class={props.class ? `secret card ${props.class}` : 'secret card'} role="status">
      <p>
        <strong>{props.title}</strong> {props.note}
      </p>
      {props.children}
    </div>
  )
}

/**
 * A secret's last two cells in its list: its state, revoked (since when) or in use (`live`: "active",
 * "live"); and while in use, Revoke, which asks first (“Revoke “name”? <consequence>”) and says whether
 * it worked.
 */
export function SecretCells(props: {
  name: string
  revokedAt: string | null
  live: string
  consequence: string
  label?: string
  revoke: () => Promise<unknown>
  onRevoked: () => void
}) {
  async function click() {
    if (!window.confirm(`Revoke “${props.name}”? ${props.consequence}`)) return
    if (await attempt(props.revoke, `Revoked “${props.name}”.`)) props.onRevoked()
  }
  return (
    <>
      <td>
        {props.revokedAt ? (
          <Badge kind="danger" title={`Revoked ${formatDateTime(props.revokedAt)}`}>
            revoked
          </Badge>
        ) : (
          <Badge kind="success">{props.live}</Badge>
        )}
      </td>
      <td class="row-actions">
        {props.revokedAt ? null : (
          <button
            type="button"
            class="btn btn-small btn-danger-ghost"
            aria-label={props.label}
            onClick={() => void click()}
          >
            Revoke
          </button>
        )}
      </td>
    </>
  )
}
