// The only backend is the API on the same origin; the session is an httpOnly cookie it sets.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }

  /** Field errors from a 400 as "field: message" lines, when the API sent them. */
  get fieldMessages(): string[] {
    if (!Array.isArray(this.details)) return []
    return this.details
      .map((d) =>
        d && typeof d === 'object' && 'message' in d
          ? `${(d as { field?: string }).field ?? ''} ${(d as { message: string }).message}`.trim()
          : '',
      )
      .filter(Boolean)
  }
}

type Listener = () => void
const unauthorizedListeners = new Set<Listener>()

/** Called when the session has ended (a 401 on any call but sign-in). */
export function onUnauthorized(fn: Listener): () => void {
  unauthorizedListeners.add(fn)
  return () => unauthorizedListeners.delete(fn)
}

/**
 * Set by the app while someone is signed in: asks them to sign in again where they are (a dialog over
 * the page, so an unsaved edit stays), resolving once they have and rejecting if they decline.
 */
let reauthenticate: (() => Promise<void>) | null = null
let reauthenticating: Promise<void> | null = null

export function onSessionExpired(fn: (() => Promise<void>) | null): void {
  reauthenticate = fn
}

/** One sign-in for every call that found the session gone at the same time. */
function signInAgain(): Promise<void> {
  if (!reauthenticate) return Promise.reject(new Error('no sign-in dialog'))
  reauthenticating ??= reauthenticate().finally(() => {
    reauthenticating = null
  })
  return reauthenticating
}

const writeListeners = new Set<Listener>()

/** Called after every write the API accepted (the read cache, lib/query.ts, goes stale then). */
export function onWrite(fn: Listener): () => void {
  writeListeners.add(fn)
  return () => writeListeners.delete(fn)
}

export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const answer = await send<T>(method, path, body, signal)
  if (method !== 'GET') for (const fn of writeListeners) fn()
  return answer
}

async function send<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  try {
    return await request<T>(method, path, body, signal)
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401) || path.startsWith('/api/auth/')) throw err
    // The session ended (expired, or signed out elsewhere): sign in again in place, then send the same
    // request once more. Declining ends the session as before.
    try {
      await signInAgain()
    } catch {
      for (const fn of unauthorizedListeners) fn()
      throw err
    }
    return request<T>(method, path, body, signal)
  }
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  }
  if (body instanceof Blob) {
    // A file sent as its bytes (a PDF upload), typed by what it is.
    init.headers = { ...init.headers, 'content-type': body.type || 'application/octet-stream' }
    init.body = body
  } else if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' }
    init.body = JSON.stringify(body)
  }
  let res: Response
  try {
    res = await fetch(path, init)
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.')
  }
  if (res.status === 204) return undefined as T
  const data = parseBody(await res.text())
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error
    const err = new ApiError(
      res.status,
      e?.code ?? `http_${res.status}`,
      e?.message ?? `${res.status} ${res.statusText}`,
      e?.details,
    )
    throw err
  }
  return data as T
}

/** A response's text as JSON: null when empty, `otherwise` when it is no JSON (an HTML error page). */
export function parseBody(text: string, otherwise: unknown = null): unknown {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return otherwise
  }
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, signal)
// Always a JSON body: routes such as POST /api/claims/:id/verify reject a request without one.
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body)
/** A file as the request body (its bytes, with its type), not JSON. */
export const postFile = <T>(path: string, file: Blob) => api<T>('POST', path, file)
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body)
export const del = <T>(path: string) => api<T>('DELETE', path)

/** A message for people from any error. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 409)
      return `${err.message} Someone changed it since you opened it: reload to see their version, then edit again.`
    if (err.status === 403) return `Not allowed: ${err.message}`
    // Validation messages name the field as "body.published"; people know it as "published".
    return err.message.replace(/^(body|querystring|params)\./, '')
  }
  return err instanceof Error ? err.message : String(err)
}

/** Runs `fn` over `items` with at most `limit` at a time, in order of start. */
export async function eachLimit<T>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i] as T, i)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
