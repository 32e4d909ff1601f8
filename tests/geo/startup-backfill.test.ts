// Claims stored before places were resolved are filled in after a restart, in the background: the
// server is ready before the backfill ends (over a million claims it took longer than start-up may),
// and a server closed mid-way stops between batches. PGlite in a folder, or the server.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { buildServer } from '../../api/app.ts'
import { loadConfig } from '../../api/config.ts'
import { rowsOf } from '../../api/db/sql.ts'
import { ADMIN, testDatabaseUrl } from '../helpers/app.ts'

const dir = mkdtempSync(join(tmpdir(), 'tally-backfill-'))
const target = await testDatabaseUrl()
afterAll(async () => {
  await target.drop()
  rmSync(dir, { recursive: true, force: true })
})

const start = () =>
  buildServer(
    loadConfig({
      DATA_DIR: join(dir, 'db'),
      DATABASE_URL: target.url,
      EXPORT_DIR: join(dir, 'exports'),
      SAMPLE_DATA: 'on',
      LOG_LEVEL: 'silent',
      WORKERS: '0',
      SCHEDULER: 'off',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    }),
  )

const unresolved = async (app: Awaited<ReturnType<typeof start>>) =>
  (
    await rowsOf<{ n: number }>(app.db, sql`select count(*)::int n from claims where geo_precision is null`)
  )[0]?.n

it('resolves the places of claims stored without them, after the server is ready', async () => {
  const first = await start()
  const claims = await rowsOf<{ n: number }>(first.db, sql`select count(*)::int n from claims`)
  expect(claims[0]?.n).toBeGreaterThan(10)
  await first.db.execute(sql`update claims set geo_country = null, geo_adm1 = null, geo_precision = null`)
  await first.close()

  const second = await start()
  try {
    const end = Date.now() + 30_000
    while ((await unresolved(second)) !== 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100))
    expect(await unresolved(second)).toBe(0)
    const syria = await rowsOf<{ n: number }>(
      second.db,
      sql`select count(*)::int n from claims where geo_country = 'SYR'`,
    )
    expect(syria[0]?.n).toBeGreaterThan(0)
  } finally {
    await second.close()
  }
}, 120_000)
