import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../api/db/client.ts'
import { testDatabaseUrl } from './helpers/app.ts'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'tally-cli-'))
const db = await testDatabaseUrl()
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await db.drop()
})

describe('npm run ingest', () => {
  it('loads .txt, .html and .jsonl files, and reports and skips the bad ones', async () => {
    writeFileSync(
      join(dir, 'quake.txt'),
      'An earthquake killed 61 people in Herat province on Saturday, officials said.',
    )
    writeFileSync(
      join(dir, 'floods.html'),
      '<html><head><title>Floods</title><script>x()</script></head><body><p>Floods displaced 4,000 families in Sindh, the authority said.</p></body></html>',
    )
    writeFileSync(
      join(dir, 'batch.jsonl'),
      [
        JSON.stringify({
          text: 'Gunmen abducted 30 students in Kaduna on Thursday, police said.',
          published: '2024-03-08',
          outlet: 'Daily Wire',
        }),
        '{not json',
        JSON.stringify({ text: '' }),
      ].join('\n'),
    )
    writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4')
    const dataDir = join(dir, 'data')
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'api/cli/ingest.ts',
        ...['quake.txt', 'floods.html', 'batch.jsonl', 'notes.pdf'].map((f) => join(dir, f)),
      ],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: db.url ?? '', LOG_LEVEL: 'silent' },
      },
    )
    expect(stdout).toContain('3 created')
    expect(stdout).toContain('3 failed')
    expect(stderr).toContain('batch.jsonl:2')
    expect(stderr).toContain('notes.pdf')

    const database = await openDatabase({ url: db.url, dataDir })
    try {
      const rows = await database.rows<{ title: string | null; claims: number }>(
        sql`select a.title, (select count(*)::int from claims c where c.article_id = a.id) as claims from articles a order by a.id`,
      )
      expect(rows.map((r) => r.title)).toEqual(['quake', 'Floods', null])
      expect(rows.every((r) => Number(r.claims) > 0)).toBe(true)
    } finally {
      await database.close()
    }
  }, 120_000)
})
