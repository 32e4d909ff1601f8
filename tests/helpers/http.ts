// Small fetch helpers for tests (and scripts) that talk to Tally as a real server over HTTP.
import { parseBody } from '../../web/src/lib/api.ts'

export interface Credentials {
  email: string
  password: string
}

/** Signs in and returns the Cookie header value of the new session ("tally_session=…"). */
export async function signIn(base: string, creds: Credentials): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(creds),
  })
  if (res.status !== 200)
    throw new Error(`login failed for ${creds.email}: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tally_session='))
  if (!cookie) throw new Error('no session cookie in the login answer')
  return cookie.split(';')[0]
}

/** JSON request with a cookie or a bearer token; returns status and parsed body (null when empty). */
// biome-ignore lint/suspicious/noExplicitAny: a test helper; callers read the JSON they expect
export async function call<T = any>(
  base: string,
  auth: { cookie?: string; token?: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {}
  if (auth.cookie) headers.cookie = auth.cookie
  if (auth.token) headers.authorization = `Bearer ${auth.token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: parseBody(text, text) as T }
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  ms = 30_000,
  every = 100,
) {
  const deadline = Date.now() + ms
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v as T
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, every))
  }
}

/** Polls a list route (one answering `{ items }`) until `settled` holds for its items; returns them. */
export async function waitForItems<I>(
  what: string,
  base: string,
  cookie: string,
  path: string,
  settled: (items: I[]) => boolean,
  ms = 60_000,
): Promise<I[]> {
  return waitFor(
    what,
    async () => {
      const { items } = (await call<{ items: I[] }>(base, { cookie }, 'GET', path)).body
      return settled(items) ? items : undefined
    },
    ms,
  )
}
