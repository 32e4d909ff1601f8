import { randomBytes } from 'node:crypto'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import postgres from 'postgres'
import { inject } from 'vitest'
import { buildServer } from '../../api/app.ts'
import { type Config, loadConfig } from '../../api/config.ts'

export const ADMIN = { email: 'admin@tally.test', password: 'correct-horse-battery' }

/**
 * A database of the test file's own: in-memory PGlite by default, or a fresh database on the
 * server named by TEST_DATABASE_URL (dropped afterwards), so test files never see each other's rows.
 * Both start as a copy of the run's migrated template (tests/helpers/database-template.ts).
 */
export async function testDatabaseUrl(): Promise<{ url: string | undefined; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL
  if (!server) return { url: undefined, drop: async () => {} }
  const name = `tally_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = postgres(server, { max: 1, onnotice: () => {} })
  const template = provided('serverTemplate')
  await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(server, { max: 1, onnotice: () => {} })
      await a.unsafe(`drop database if exists ${name} with (force)`)
      await a.end()
    },
  }
}

/** Config of an in-memory PGlite database that starts from the run's migrated template. */
export function memoryDatabase(): Record<string, string> {
  const template = provided('pgliteTemplate')
  return template ? { DATA_DIR: 'memory://', PGLITE_TEMPLATE: template } : { DATA_DIR: 'memory://' }
}

/** What the global setup provides, inside a vitest run; outside one (the load test, benchmarks), null. */
function provided<K extends 'serverTemplate' | 'pgliteTemplate'>(key: K) {
  try {
    return inject(key)
  } catch {
    return null
  }
}

export interface TestApp {
  app: FastifyInstance
  config: Config
  databaseUrl: string | undefined
  close(): Promise<void>
  /** Cookie header of a signed-in session for these credentials. */
  login(email: string, password: string): Promise<string>
  /** One sign-in attempt as a client at `ip` makes it, with `headers`: the answer as it is. */
  attemptLogin(
    credentials: { email: string; password: string },
    from?: { ip?: string; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>
  /** Creates a user with the role (through the admin API) and returns its session cookie. */
  userWithRole(role: 'viewer' | 'editor' | 'admin'): Promise<string>
  /** Calls a route as the holder of a session cookie (none: anonymously), the cookie header filled in. */
  as(
    cookie: string | undefined,
    method: InjectOptions['method'],
    url: string,
    payload?: InjectOptions['payload'],
  ): Promise<LightMyRequestResponse>
  adminCookie: string
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await testDatabaseUrl()
  const config = loadConfig({
    ...memoryDatabase(),
    SAMPLE_DATA: 'off',
    LOG_LEVEL: 'silent',
    // Tests sign in often from one address; tests/security.test.ts checks the real limit.
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    // Intake jobs run only where a test asks for them (tests/intake).
    WORKERS: '0',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DATABASE_URL: db.url,
    ...env,
  })
  const app = await buildServer(config)

  const attemptLogin: TestApp['attemptLogin'] = (payload, { ip, headers } = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload, headers, remoteAddress: ip })
  async function login(email: string, password: string) {
    const res = await attemptLogin({ email, password })
    if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.find((c) => c.name === 'tally_session')
    return `tally_session=${cookie?.value}`
  }
  const as: TestApp['as'] = (cookie, method, url, payload) =>
    app.inject({ method, url, headers: cookie ? { cookie } : {}, payload })
  const adminCookie = await login(ADMIN.email, ADMIN.password)
  let n = 0
  return {
    app,
    config,
    databaseUrl: db.url,
    adminCookie,
    login,
    attemptLogin,
    as,
    async userWithRole(role) {
      const email = `${role}${++n}@tally.test`
      const password = `${role}-password-${n}`
      const res = await as(adminCookie, 'POST', '/api/users', { email, password, role })
      if (res.statusCode !== 201) throw new Error(`could not create ${role}: ${res.body}`)
      return login(email, password)
    },
    async close() {
      await app.close()
      await db.drop()
    },
  }
}

/** The status codes of `n` requests made one after the other (the i-th by `request(i)`). */
export async function statusesOf(n: number, request: (i: number) => Promise<{ statusCode: number }>) {
  const codes: number[] = []
  for (let i = 0; i < n; i++) codes.push((await request(i)).statusCode)
  return codes
}
