import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { openDatabase } from '../api/db/client.ts'
import { ADMIN } from './helpers/app.ts'

// A backup of the embedded database taken while Tally runs, restored into a new folder, holds every
// article and claim.
const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'tally-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('backup and restore of the embedded database', () => {
  it('round-trips while the app runs', async () => {
    const app = await buildServer(
      loadConfig({
        DATA_DIR: join(dir, 'live'),
        SAMPLE_DATA: 'on',
        LOG_LEVEL: 'silent',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SCHEDULER: 'off',
      }),
    )
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
      const cookie = `tally_session=${login.cookies[0].value}`
      const res = await app.inject({ url: '/api/admin/backup', headers: { cookie } })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('application/gzip')
      writeFileSync(join(dir, 'copy.tar.gz'), res.rawPayload)
      const [live] = await app.database.rows<{ n: string }>(
        sql`select (select count(*) from articles) || '/' || (select count(*) from claims) as n`,
      )

      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'api/cli/backup.ts',
          '--restore',
          join(dir, 'copy.tar.gz'),
          '--data-dir',
          join(dir, 'restored'),
        ],
        { cwd: root },
      )
      expect(stdout).toContain('restored')
      // Sessions in the copy (the admin's, signed in above) do not come back to life.
      expect(stdout).toContain('every session was ended')
      const restored = await openDatabase({ dataDir: join(dir, 'restored') })
      expect(await restored.rows(sql`select 1 from sessions`)).toEqual([])
      const [copy] = await restored.rows<{ n: string }>(
        sql`select (select count(*) from articles) || '/' || (select count(*) from claims) as n`,
      )
      await restored.close()
      expect(copy.n).toBe(live.n)
      expect(live.n).not.toBe('0/0')
    } finally {
      await app.close()
    }
  }, 120_000)
})
