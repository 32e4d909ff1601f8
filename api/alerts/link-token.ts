// One-click links in e-mails ("mute these alerts", "stop watching this series") work without signing in,
// so they carry a signed token: the user, the action and what it acts on, with an HMAC only this
// deployment can make. No expiry: a link in an old e-mail should still work.
import { createHmac, timingSafeEqual } from 'node:crypto'

/** `mute`: all alert e-mail of the user; `unwatch`: the user's watches that cover one series. */
export type LinkAction = 'mute' | 'unwatch'

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url')

export function signLink(secret: string, userId: number, action: LinkAction, subject?: number): string {
  const body = subject === undefined ? `${userId}.${action}` : `${userId}.${action}.${subject}`
  return `${body}.${mac(secret, body)}`
}

/** The user and subject a token was made for, or null when it was not made here (or was altered). */
export function readSubjectLink(
  secret: string,
  token: string,
  action: LinkAction,
): { user: number; subject: number | null } | null {
  const m = /^(\d{1,15})\.([a-z]+)(?:\.(\d{1,15}))?\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!m || m[2] !== action) return null
  const body = m[3] === undefined ? `${m[1]}.${m[2]}` : `${m[1]}.${m[2]}.${m[3]}`
  const expected = Buffer.from(mac(secret, body))
  const given = Buffer.from(m[4] ?? '')
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return { user: Number(m[1]), subject: m[3] === undefined ? null : Number(m[3]) }
}

/** The user a subject-less token (mute) was made for, or null. */
export function readLink(secret: string, token: string, action: LinkAction): number | null {
  const read = readSubjectLink(secret, token, action)
  return read && read.subject === null ? read.user : null
}
