import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { startTestApp, type TestApp } from './app.ts'

/** A test file's app, with a signed-in user of one role; `t` and `cookie` are set once beforeAll ran. */
export interface Suite {
  t: TestApp
  /** Session cookie of the suite's user. */
  cookie: string
  /** A request as the suite's user. */
  call(method: string, url: string, payload?: object): Promise<LightMyRequestResponse>
  /** A request with another cookie, or none. */
  callAs(
    cookie: string | undefined,
    method: string,
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>
}

/**
 * The set-up most API test files share: an app of their own (started before the tests, closed after)
 * and a user with `role`. `setUp` runs after both, before the tests (uploads the file needs).
 */
export function suite(
  env: Record<string, string> = {},
  {
    role = 'editor',
    setUp,
  }: { role?: 'viewer' | 'editor' | 'admin'; setUp?: (s: Suite) => Promise<void> } = {},
): Suite {
  const s: Suite = {
    t: undefined as unknown as TestApp,
    cookie: '',
    callAs: (cookie, method, url, payload) => s.t.as(cookie, method as 'GET', url, payload),
    call: (method, url, payload) => s.callAs(s.cookie, method, url, payload),
  }
  beforeAll(async () => {
    s.t = await startTestApp(env)
    s.cookie = await s.t.userWithRole(role)
    await setUp?.(s)
  })
  afterAll(() => s.t?.close())
  return s
}
