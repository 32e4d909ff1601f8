import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withoutServerPaths } from '../api/exports/schedules.ts'
import { ADMIN, startTestApp, type TestApp } from './helpers/app.ts'

// Issue 17, item 16: cookies and HSTS follow https, schedules are bounded, run errors show no server
// paths, backups are private files whose name the server does not choose.
let t: TestApp
beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: '1', SCHEDULER: 'off' })
})
afterAll(() => t.close())

const login = (headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN, headers })

describe('over https', () => {
  it('the session cookie is __Host- and Secure, and it works', async () => {
    const res = await login({ 'x-forwarded-proto': 'https' })
    const cookie = res.cookies.find((c) => c.name === '__Host-tally_session')
    expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true })
    expect(cookie).not.toHaveProperty('domain')
    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: `__Host-tally_session=${cookie?.value}`, 'x-forwarded-proto': 'https' },
    })
    expect(me.statusCode).toBe(200)
    expect(me.headers['strict-transport-security']).toMatch(/max-age=\d+/)
  })

  it('over plain http: the plain cookie name, not Secure, and no HSTS', async () => {
    const res = await login({})
    expect(res.cookies.map((c) => c.name)).toEqual(['tally_session'])
    expect(res.cookies[0].secure).toBeFalsy()
    expect(res.headers['strict-transport-security']).toBeUndefined()
    expect((await t.app.inject('/healthz')).headers['strict-transport-security']).toBeUndefined()
  })
})

describe('scheduled exports', () => {
  const schedule = (cron: string, keep = 30) =>
    t.app.inject({
      method: 'POST',
      url: '/api/exports/schedules',
      headers: { cookie: t.adminCookie },
      payload: { name: 'x', cron, tables: ['claims'], format: 'csv', keep },
    })

  it('run at most once a minute and keep at most 1,000 files', async () => {
    for (const cron of ['* * * * * *', '*/30 * * * * *', '0,10 * * * * *']) {
      const res = await schedule(cron)
      expect(res.statusCode, cron).toBe(400)
      expect(res.json().error.message).toContain('cron')
    }
    expect((await schedule('0 * * * * *')).statusCode).toBe(201)
    expect((await schedule('*/5 * * * *')).statusCode).toBe(201)
    const many = await schedule('0 6 * * *', 100_000)
    expect(many.statusCode).toBe(400)
    expect(many.json().error.message).toContain('keep')
  })

  it('show a failed run without the server paths in its error', () => {
    expect(withoutServerPaths("EACCES: permission denied, open '/srv/tally/exports/ngo/idlib.csv'")).toBe(
      "EACCES: permission denied, open '…/idlib.csv'",
    )
    expect(withoutServerPaths('ENOSPC: no space left on device, write /var/lib/tally/x.tmp')).not.toContain(
      '/var/lib',
    )
    expect(withoutServerPaths('the server running it stopped')).toBe('the server running it stopped')
  })
})

describe('npm run backup', () => {
  it('writes a file readable by its owner only, under a name the server did not choose', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/gzip',
        'content-disposition': 'attachment; filename="../../planted.tar.gz"',
      })
      res.end('not really a backup')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as { port: number }).port
    const dir = mkdtempSync(join(tmpdir(), 'tally-cli-'))
    const work = join(dir, 'a', 'b')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(work, { recursive: true })
    try {
      const cli = fileURLToPath(new URL('../api/cli/backup.ts', import.meta.url))
      await promisify(execFile)(
        process.execPath,
        [
          '--import',
          import.meta.resolve('tsx'),
          cli,
          '--token',
          'tly_x',
          '--api',
          `http://127.0.0.1:${port}`,
        ],
        { cwd: work },
      )
      expect(existsSync(join(dir, 'planted.tar.gz'))).toBe(false)
      const [file] = readdirSync(work)
      expect(file).toMatch(/^tally-backup-\d{4}-\d{2}-\d{2}\.tar\.gz$/)
      expect(statSync(join(work, file)).mode & 0o777).toBe(0o600)
    } finally {
      server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
