import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../api/db/client.ts'
import { subscriptions } from '../../api/db/schema/index.ts'
import { testDatabaseUrl } from '../helpers/app.ts'
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts'

// Two `npm run worker` processes on one PostgreSQL server share a feed's items, each stored once.
// Only on the server (TEST_DATABASE_URL): the embedded database belongs to one process.

const ITEMS = 200
const root = fileURLToPath(new URL('../..', import.meta.url))
let fx: FixtureServer
const dir = mkdtempSync(join(tmpdir(), 'tally-workers-'))

beforeAll(async () => {
  fx = await startFixtureServer()
  const items = Array.from(
    { length: ITEMS },
    (_, n) => `<item><title>R${n}</title><link>${fx.base}/p/${n}</link><guid>w-${n}</guid></item>`,
  )
  fx.serve(
    '/feed.xml',
    'application/rss+xml',
    `<rss version="2.0"><channel><title>Shared</title>${items.join('')}</channel></rss>`,
  )
  for (let n = 0; n < ITEMS; n++)
    fx.serve(
      `/p/${n}`,
      'text/html',
      `<html><body><article><p>Officials said ${50 + n} people were displaced from village ${n} by the floods, according to the local authority.</p></article></body></html>`,
    )
})
afterAll(async () => {
  await fx?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!process.env.TEST_DATABASE_URL)('worker processes', () => {
  it('two workers share the work and store every item once', async () => {
    const db = await testDatabaseUrl()
    const database = await openDatabase({ url: db.url })
    const children: ChildProcess[] = []
    try {
      await database.db
        .insert(subscriptions)
        .values({ url: `${fx.base}/feed.xml`, kind: 'feed', name: 'Shared', nextPollAt: new Date() })
      const storedBy = new Map<number, number>()
      for (let i = 0; i < 2; i++) {
        const child = spawn(process.execPath, ['--import', 'tsx', 'api/intake/worker.ts'], {
          cwd: root,
          env: {
            ...process.env,
            DATABASE_URL: db.url,
            LOG_LEVEL: 'debug',
            INTAKE_ALLOW_PRIVATE: 'on',
            INTAKE_HOST_DELAY_MS: '0',
            WORKERS: '2',
            ARCHIVE_DIR: join(dir, 'archive'),
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let buffer = ''
        child.stdout?.on('data', (d) => {
          buffer += d
          const lines = buffer.split('\n')
          buffer = lines.pop() ?? ''
          for (const line of lines) {
            const entry = JSON.parse(line) as { msg?: string; outcome?: string; pid: number }
            if (entry.msg === 'intake item' && entry.outcome === 'stored')
              storedBy.set(entry.pid, (storedBy.get(entry.pid) ?? 0) + 1)
          }
        })
        children.push(child)
      }
      const end = Date.now() + 240_000
      let stored = 0
      while (stored < ITEMS && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 500))
        ;[{ stored }] = await database.rows<{ stored: number }>(
          sql`select count(*)::int as stored from intake_items where state = 'stored'`,
        )
      }
      expect(stored).toBe(ITEMS)
      const [a] = await database.rows<{ n: number; urls: number }>(
        sql`select count(*)::int as n, count(distinct url)::int as urls from articles`,
      )
      expect(a).toEqual({ n: ITEMS, urls: ITEMS })
      // A worker commits an item before it logs it, so the last log lines may trail the count above.
      const logged = () => [...storedBy.values()].reduce((x, y) => x + y, 0)
      const logEnd = Date.now() + 15_000
      while (logged() < ITEMS && Date.now() < logEnd) await new Promise((r) => setTimeout(r, 100))
      expect(storedBy.size).toBe(2)
      expect(logged()).toBe(ITEMS)
    } finally {
      for (const c of children) c.kill('SIGTERM')
      await Promise.all(
        children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
      )
      await database.close()
      await db.drop()
    }
  }, 300_000)
})
