import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../api/db/client.ts'
import { extractClaims } from '../api/extractor/index.ts'
import { ADMIN } from './helpers/app.ts'
import { waitFor } from './helpers/http.ts'
import { processEnv, processStorage, startServerProcess } from './helpers/server-process.ts'

// Kill -9 in the middle of a batch import: every article that made it in has all of its claims,
// and nothing half-written is visible after a restart.
const { dataDir, db } = await processStorage('crash')

// Large enough that the import is still running when the process is killed.
const BATCH = 1000
const PLACES = ['Aleppo', 'Hodeidah', 'Kharkiv', 'El Fasher', 'Goma', 'Mopti', 'Sittwe', 'Herat']
function article(i: number) {
  const place = PLACES[i % PLACES.length]
  return {
    text: `${place} (Tally Wire) - Shelling killed ${i + 3} civilians and wounded ${2 * i + 5} others in ${place} on Monday, local officials said. Aid groups said ${1000 + i * 17} families had fled the district since the start of the month. Report number ${i}.`,
    published: '2024-03-06',
  }
}

describe('a batch import killed mid-way', () => {
  it('leaves no half-stored article', async () => {
    const env = processEnv(dataDir, db.url)
    const server = await startServerProcess(env)
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const cookie = login.headers.getSetCookie()[0].split(';')[0]
    const batch = fetch(`${server.base}/api/articles/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ articles: Array.from({ length: BATCH }, (_, i) => article(i)) }),
    }).catch(() => null)
    // Wait until the import is under way, then pull the plug.
    await waitFor(
      'the first article of the batch',
      async () => {
        const res = await fetch(`${server.base}/api/articles?limit=1`, { headers: { cookie } })
        return (await res.json()).items.length > 0
      },
      30_000,
      20,
    )
    await server.kill('SIGKILL')
    expect(await batch).toBeNull()

    const database = await openDatabase({ url: db.url, dataDir })
    try {
      const rows = await database.rows<{ text: string; published: string; claims: number }>(
        sql`select a.text, a.published::text as published, (select count(*)::int from claims c where c.article_id = a.id) as claims from articles a`,
      )
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBeLessThan(BATCH)
      for (const r of rows) {
        expect(Number(r.claims)).toBe(extractClaims(r.text, { published: r.published }).length)
      }
      expect(rows.some((r) => Number(r.claims) > 0)).toBe(true)
      const orphans = await database.rows(
        sql`select id from claims where article_id is not null and article_id not in (select id from articles)`,
      )
      expect(orphans).toEqual([])
    } finally {
      await database.close()
    }
  })
})
