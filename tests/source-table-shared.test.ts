// The alias table is shared state: a spelling another process adds (here, straight in the database,
// as another Tally server would) is used by this process's next ingest, with no timer to wait out.
import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import type { Database } from '../api/db/client.ts'
import { matchKey } from '../api/series/text.ts'
import { suite } from './helpers/suite.ts'

let database: Database
const s = suite(
  {},
  {
    setUp: async (s) => {
      database = s.t.app.database as Database
    },
  },
)

const ingest = async (text: string) => {
  const res = await s.call('POST', '/api/articles', { text, published: '2024-03-02' })
  expect(res.statusCode).toBe(201)
  return (res.json() as { article: { id: number } }).article.id
}
const sourcesOf = async (article: number) =>
  (
    await database.rows<{ key: string }>(
      sql`select distinct s.key from claims c join sources s on s.id = c.source_id where c.article_id = ${article}`,
    )
  ).map((r) => r.key)

it('uses a spelling added by another process at once', async () => {
  const spelling = 'the Northern Relief Committee'
  const first = await ingest(
    `${spelling} said 140 people had been displaced in Aleppo since February 1, 2024.`,
  )
  const [own] = await sourcesOf(first)
  expect(own).toBeDefined()
  const [un] = await database.rows<{ id: number; key: string }>(
    sql`select id, key from sources where key <> ${own} order by id limit 1`,
  )
  expect(un).toBeDefined()
  expect(own).not.toBe(un?.key)
  await database.rows(
    sql`insert into source_aliases (source_id, alias, alias_key) values (${un?.id}, ${spelling}, ${matchKey(spelling)})`,
  )
  const second = await ingest(
    `${spelling} said 150 people had been displaced in Aleppo since February 1, 2024.`,
  )
  expect(await sourcesOf(second)).toEqual([un?.key])
}, 60_000)
