import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { ADMIN, startTestApp, type TestApp } from './helpers/app.ts'

const run = promisify(execFile)
let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.close())

const me = async (cookie: string) =>
  (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user
const patchUser = (cookie: string, id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie }, payload })

describe('the last admin', () => {
  it('cannot disable or demote themself, and nothing changes', async () => {
    const { id } = await me(t.adminCookie)
    for (const payload of [{ disabled: true }, { role: 'editor' }, { role: 'viewer', name: 'x' }]) {
      const res = await patchUser(t.adminCookie, id, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(409)
      expect(res.json().error.code).toBe('last_admin')
    }
    expect(await me(t.adminCookie)).toMatchObject({ role: 'admin' })
    expect((await patchUser(t.adminCookie, id, { name: 'Still admin' })).statusCode).toBe(200)
  })

  it('can step down once another admin exists, who then cannot', async () => {
    const other = await t.userWithRole('admin')
    const otherId = (await me(other)).id
    const { id } = await me(t.adminCookie)
    expect((await patchUser(other, id, { role: 'editor' })).statusCode).toBe(200)
    const res = await patchUser(other, otherId, { disabled: true })
    expect(res.statusCode).toBe(409)
    expect((await patchUser(other, id, { role: 'admin' })).statusCode).toBe(200)
  })
})

describe('npm run admin:reset', () => {
  it('gives the admin back a password and the role, on the same data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-reset-'))
    try {
      const env = { DATA_DIR: dir, SAMPLE_DATA: 'off', LOG_LEVEL: 'silent' }
      const first = await startTestApp({ ...env, DATABASE_URL: '' })
      const { id } = (
        await first.app.inject({ url: '/api/auth/me', headers: { cookie: first.adminCookie } })
      ).json().user
      // Lock ourselves out: the password is changed to one nobody knows.
      const lockout = await first.app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: { cookie: first.adminCookie },
        payload: { password: 'forgotten-at-once-1234' },
      })
      expect(lockout.statusCode).toBe(200)
      await first.close()
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'api/cli/admin-reset.ts'], {
        env: { ...process.env, ...env, DATABASE_URL: '' },
      })
      const password = /shown once\): (\S+)/.exec(stdout)?.[1]
      expect(stdout).toContain(ADMIN.email)
      expect(password).toBeTruthy()
      const again = await buildServer(loadConfig(env))
      const login = await again.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: ADMIN.email, password },
      })
      expect(login.statusCode).toBe(200)
      const audit = await again.database.rows<{ actor: string }>(
        (await import('drizzle-orm'))
          .sql`select actor_label as actor from audit_log where entity = 'user' order by id desc limit 1`,
      )
      expect(audit[0]?.actor).toBe('cli admin:reset')
      await again.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
