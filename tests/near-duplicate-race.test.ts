// Originals and their copies sent at the same moment, to one process (concurrent requests) and, with
// TEST_DATABASE_URL, to two processes sharing the database: every copy ends up linked to its original.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'
import { readSeeds } from './helpers/seeds.ts'
import { startServerProcess } from './helpers/server-process.ts'

let t: TestApp
let editor: string
let other: Awaited<ReturnType<typeof startServerProcess>> | null = null
beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
  // A second Tally process on the same database server (PGlite cannot be shared between processes).
  if (t.databaseUrl)
    other = await startServerProcess({ DATABASE_URL: t.databaseUrl, WORKERS: '0', SCHEDULER: 'off' })
}, 120_000)
afterAll(async () => {
  await other?.kill()
  await t.close()
})

type Stored = { article: { id: number; duplicate_of: number | null } }
const here = async (text: string, published: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/articles',
    headers: { cookie: editor },
    payload: { text, published },
  })
  expect(res.statusCode).toBe(201)
  return res.json() as Stored
}
const there = async (text: string, published: string) => {
  if (!other) return here(text, published)
  const res = await fetch(`${other.base}/api/articles`, {
    method: 'POST',
    headers: { cookie: editor, 'content-type': 'application/json' },
    body: JSON.stringify({ text, published }),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as Stored
}

it('links every copy sent at the same moment as its original', async () => {
  const seeds = readSeeds()
  expect(seeds.length).toBeGreaterThan(0)
  // A republished copy: the same story with a line of the republisher's own at the end.
  const pairs = await Promise.all(
    seeds.map((s) =>
      Promise.all([
        here(s.text, s.published),
        there(`${s.text}\n\nThis report was republished with permission.`, s.published),
      ]),
    ),
  )
  for (const [a, b] of pairs) {
    const [first, second] = [a.article.id, b.article.id].sort((x, y) => x - y)
    const stored = await t.app.inject({ url: `/api/articles/${second}`, headers: { cookie: editor } })
    // The later-stored of the two is the copy, linked to the earlier one.
    expect(stored.json().duplicate_of, `article ${second}`).toBe(first)
  }
}, 120_000)
