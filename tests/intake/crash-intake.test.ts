import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN } from '../helpers/app.ts'
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts'
import { call, signIn } from '../helpers/http.ts'
import { startServerProcess } from '../helpers/server-process.ts'

// kill -9 Tally in the middle of a poll of 500 items, restart it on the same database: every item is
// stored exactly once and no job is lost (PGlite by default; the server with TEST_DATABASE_URL).

const ITEMS = 500
let fx: FixtureServer
let dir: string

const story = (n: number) =>
  `<!doctype html><html lang="en"><head><title>Report ${n}</title></head><body><article><h1>Report ${n}</h1>
<p>Officials in district ${n} said on Monday that ${100 + n} people had been displaced by the flooding, according to the
International Organization for Migration, which said it was sending shelter kits to the area.</p></article></body></html>`

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-intake-crash-'))
  fx = await startFixtureServer()
  const items = Array.from(
    { length: ITEMS },
    (_, n) => `<item><title>Report ${n}</title><link>${fx.base}/p/${n}</link><guid>item-${n}</guid></item>`,
  ).join('\n')
  fx.serve(
    '/big.xml',
    'application/rss+xml',
    `<rss version="2.0"><channel><title>Big Wire</title>${items}</channel></rss>`,
  )
  for (let n = 0; n < ITEMS; n++)
    fx.route(`/p/${n}`, (_q, res) => {
      // Slow enough that the kill lands in the middle of the work.
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(story(n)), 5)
    })
})
afterAll(async () => {
  await fx?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function database(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const { testDatabaseUrl } = await import('../helpers/app.ts')
  const db = await testDatabaseUrl()
  return { env: db.url ? { DATABASE_URL: db.url } : { DATA_DIR: join(dir, 'data') }, drop: db.drop }
}

describe('intake crash', () => {
  it('stores every item exactly once after a kill -9 mid-poll', async () => {
    const db = await database()
    const env = {
      ...db.env,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      INTAKE_ALLOW_PRIVATE: 'on',
      INTAKE_HOST_DELAY_MS: '0',
      ARCHIVE_DIR: join(dir, 'archive'),
      WORKERS: '2',
    }
    try {
      let server = await startServerProcess(env)
      let cookie = await signIn(server.base, ADMIN)
      const created = await call(server.base, { cookie }, 'POST', '/api/subscriptions', {
        url: `${fx.base}/big.xml`,
      })
      expect(created.status).toBe(201)
      const id = created.body.id
      const read = async () => (await call(server.base, { cookie }, 'GET', `/api/subscriptions/${id}`)).body
      let s = await read()
      const deadline = Date.now() + 120_000
      while (s.articles_made < 40 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100))
        s = await read()
      }
      expect(s.items_seen).toBe(ITEMS)
      expect(s.articles_made).toBeLessThan(ITEMS)
      await server.kill('SIGKILL')

      server = await startServerProcess(env)
      cookie = await signIn(server.base, ADMIN)
      const end = Date.now() + 240_000
      do {
        await new Promise((r) => setTimeout(r, 500))
        s = await read()
      } while ((s.items_pending > 0 || s.articles_made < ITEMS) && Date.now() < end)
      expect(s).toMatchObject({ items_seen: ITEMS, items_pending: 0, items_failed: 0, articles_made: ITEMS })
      // Exactly once: 500 articles in all, one per page.
      const urls: string[] = []
      let cursor: number | null = null
      do {
        const page: { body: { items: { url: string }[]; next_cursor: number | null } } = await call(
          server.base,
          { cookie },
          'GET',
          `/api/articles?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        )
        urls.push(...page.body.items.map((a: { url: string }) => a.url))
        cursor = page.body.next_cursor
      } while (cursor)
      expect(urls).toHaveLength(ITEMS)
      expect(new Set(urls).size).toBe(ITEMS)
      await server.kill('SIGTERM')
    } finally {
      await db.drop()
    }
  }, 420_000)
})
