import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../api/db/client.ts'
import { testDatabaseUrl } from '../helpers/app.ts'
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts'
import { page, reportPdf, rss, STORIES } from './fixtures.ts'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'tally-cli-intake-'))
const db = await testDatabaseUrl()
let fx: FixtureServer
beforeAll(async () => {
  fx = await startFixtureServer()
  fx.serve('/story', 'text/html', page(STORIES[1]))
  fx.serve('/flash.pdf', 'application/pdf', Buffer.from(await reportPdf(3)))
  fx.serve('/wire.xml', 'application/rss+xml', rss(fx.base))
})
afterAll(async () => {
  await fx?.close()
  rmSync(dir, { recursive: true, force: true })
  await db.drop()
})

describe('npm run ingest with URLs', () => {
  it('fetches pages and PDFs, and --subscribe watches a feed', async () => {
    const dataDir = join(dir, 'data')
    writeFileSync(join(dir, 'update.pdf'), await reportPdf(3))
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'api/cli/ingest.ts',
        `${fx.base}/story`,
        `${fx.base}/flash.pdf`,
        `${fx.base}/gone`,
        join(dir, 'update.pdf'),
        '--subscribe',
        `${fx.base}/wire.xml`,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          DATABASE_URL: db.url ?? '',
          LOG_LEVEL: 'silent',
          INTAKE_ALLOW_PRIVATE: 'on',
          INTAKE_HOST_DELAY_MS: '0',
          ARCHIVE_DIR: join(dir, 'archive'),
        },
      },
    )
    // The uploaded file is the same report as flash.pdf: the same text, so the stored article.
    expect(stdout).toContain('2 created')
    expect(stdout).toContain('1 already stored')
    expect(stdout).toMatch(/subscription \d+: feed "Example Wire"/)
    expect(stderr).toMatch(/\/gone: .*gone/)
    const database = await openDatabase({ url: db.url, dataDir })
    try {
      const rows = await database.rows<{ url: string; claims: number }>(
        sql`select a.url, (select count(*)::int from claims c where c.article_id = a.id) as claims from articles a order by a.id`,
      )
      expect(rows.map((r) => r.url)).toEqual([`${fx.base}/story`, `${fx.base}/flash.pdf`])
      expect(rows.every((r) => Number(r.claims) > 0)).toBe(true)
      const subs = await database.rows<{ kind: string }>(sql`select kind from subscriptions`)
      expect(subs).toEqual([{ kind: 'feed' }])
    } finally {
      await database.close()
    }
  }, 120_000)
})
