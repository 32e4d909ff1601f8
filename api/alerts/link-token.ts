// One-click links in e-mails ("mute these alerts") work without signing in, so they carry a signed
// token: the user and the action, with an HMAC only this deployment can make. No expiry: a mute link in
// an old e-mail should still mute.
import { createHmac, timingSafeEqual } from 'node:crypto'

export type LinkAction = 'mute'

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url')

export function signLink(secret: string, userId: number, action: LinkAction): string {
  const body = `${userId}.${action}`
  return `${body}.${mac(secret, body)}`
}

/** The user a token was made for, or null when it was not made here (or was altered). */
export function readLink(secret: string, token: string, action: LinkAction): number | null {
  const m = /^(\d{1,15})\.([a-z]+)\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!m || m[2] !== action) return null
  const expected = Buffer.from(mac(secret, `${m[1]}.${m[2]}`))
  const given = Buffer.from(m[3] ?? '')
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(m[1]) : null
}
