import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDatabase } from '../api/db/client.ts'
import { slotSoon } from './exports/helpers.ts'
import { ADMIN, startTestApp } from './helpers/app.ts'
import { call, signIn, waitFor } from './helpers/http.ts'
import { exportingStorage, signInAndWaitFor, startServerProcess } from './helpers/server-process.ts'

// Kill -9 in the middle of a scheduled export: no file appears under its final name until a whole one
// is there, every article acknowledged meanwhile is kept, and the interrupted run is taken up again as
// soon as Tally is back (not only when its 2-minute lease runs out) and writes the whole file once.
// On PGlite by default, on the PostgreSQL server with TEST_DATABASE_URL.
const { dataDir, db, exportDir, env } = await exportingStorage('crash-export')

// Enough claims that writing the file takes a few seconds (about 20,000 rows/s on a small machine),
// more with the ingests running beside it.
const CLAIMS = 30_000
const FOLDER = 'crash'
const folder = () => join(exportDir, FOLDER)
// The data files: each run also writes its change log beside the CSV (name-changes.csv), after the file.
const listing = () => {
  try {
    return readdirSync(folder())
      .filter((f) => !f.endsWith('-changes.csv'))
      .sort()
  } catch {
    return []
  }
}

describe('a scheduled export killed mid-file', () => {
  it('shows no partial file, keeps acknowledged writes, and reruns after the restart', async () => {
    const seed = await openDatabase({ url: db.url, dataDir })
    try {
      await seed.db.execute(sql`insert into claims (origin, metric, low, qualifier, quote, citation, who, as_of)
        select 'manual', 'killed', g, 'exact', 'killed ' || g || ' people', 'https://example.org/report/' || g,
               'civilians', date '2024-01-01' + (g % 300)
        from generate_series(1, ${CLAIMS}) g`)
    } finally {
      await seed.close()
    }

    let server = await startServerProcess(env)
    // Whatever happens, no server is left running (kill is a no-op on one that has exited).
    onTestFinished(() => server.kill('SIGKILL'))
    const cookie = await signIn(server.base, ADMIN)
    const { slot, cron } = slotSoon()
    const created = await call(server.base, { cookie }, 'POST', '/api/exports/schedules', {
      name: 'Crash',
      cron,
      timezone: 'UTC',
      tables: ['claims'],
      format: 'csv',
      folder: FOLDER,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const scheduleId = created.body.id as number
    const fileName = `crash-${slot.toISOString().slice(0, 10)}.csv`

    // Articles ingested while waiting for the slot and while the export runs; each 201 is a promise that it is stored.
    const acknowledged: { id: number; claims: number }[] = []
    let ingesting = true
    let ingestError: Error | null = null
    const ingest = (async () => {
      for (let i = 0; ingesting; i++) {
        const res = await call(server.base, { cookie }, 'POST', '/api/articles', {
          text: `Shelling killed ${i + 3} civilians in Aleppo on Monday, local officials said. Report ${i}.`,
          published: '2024-03-06',
        }).catch(() => null)
        if (!res) return
        if (res.status !== 201) {
          ingestError = new Error(`ingest: ${res.status} ${JSON.stringify(res.body)}`)
          return
        }
        acknowledged.push({ id: res.body.article.id, claims: res.body.article.claim_count })
        await new Promise((r) => setTimeout(r, 100))
      }
    })()

    // Mid-file: the temporary file is there and growing, nothing under the final name yet.
    const partial = await waitFor(
      'the export to be half-written',
      async () => {
        const files = listing()
        if (files.includes(fileName))
          throw new Error(`the export finished before it could be killed: ${files}`)
        const tmp = files.find((f) => f.endsWith('.tmp'))
        const written = tmp ? statSync(join(folder(), tmp)).size : 0
        return written > 500_000 && acknowledged.length > 0 ? tmp : undefined
      },
      40_000,
      20,
    )
    await server.kill('SIGKILL')
    ingesting = false
    await ingest
    expect(ingestError).toBeNull()
    expect(partial).toMatch(new RegExp(`^\\.${fileName.replaceAll('.', '\\.')}\\.\\d+-1\\.tmp$`))
    // Nothing readable under the final name: only the hidden temporary file.
    expect(listing()).toEqual([partial])

    // Back on the same database: the interrupted run is taken up at once and finishes.
    server = await startServerProcess(env)
    try {
      const { cookie: again, items: runs } = await signInAndWaitFor<{ status: string }>(
        server,
        'the interrupted run to finish',
        `/api/exports/schedules/${scheduleId}/runs`,
        (items) => items.every((r) => r.status === 'succeeded' || r.status === 'failed'),
      )
      // Taken over because its process is gone, not after its 2-minute lease ran out.
      expect(server.output()).toContain('taking over an export run whose process died')
      // One run for the slot, its second attempt, which succeeded.
      expect(runs).toEqual([
        expect.objectContaining({
          slot: slot.toISOString(),
          trigger: 'schedule',
          status: 'succeeded',
          attempts: 2,
          file: fileName,
          error: null,
        }),
      ])
      const run = runs[0] as unknown as { rows: number; bytes: number }

      // The whole file under its final name, and the temporary file of the killed attempt is gone.
      expect(listing()).toEqual([fileName])
      const body = readFileSync(join(folder(), fileName))
      expect(body.length).toBe(run.bytes)
      const records = parse(body) as string[][]
      expect(records.length - 1).toBe(run.rows)
      // Each claim once: the file is one whole export, not a partial one with a rerun appended.
      const idColumn = records[0].indexOf('claim id')
      expect(idColumn).toBeGreaterThanOrEqual(0)
      const ids = records.slice(1).map((r) => Number(r[idColumn]))
      expect(new Set(ids).size).toBe(ids.length)
      // Every seeded claim and every claim of an acknowledged article is in it.
      const ackedClaims = acknowledged.reduce((n, a) => n + a.claims, 0)
      expect(run.rows).toBeGreaterThanOrEqual(CLAIMS + ackedClaims)

      // Every acknowledged article survived the kill, with all of its claims.
      expect(acknowledged.length).toBeGreaterThan(0)
      const stored = new Map<number, number>()
      for (let cursor = ''; ; ) {
        const page = await call(server.base, { cookie: again }, 'GET', `/api/articles?limit=200${cursor}`)
        for (const a of page.body.items) stored.set(a.id, a.claim_count)
        if (!page.body.next_cursor) break
        cursor = `&cursor=${page.body.next_cursor}`
      }
      for (const a of acknowledged) expect(stored.get(a.id), `article ${a.id}`).toBe(a.claims)
      console.info(
        `crash-export: killed with ${partial} at ${statSync(join(folder(), fileName)).size} bytes final; ` +
          `${acknowledged.length} articles acknowledged meanwhile; rerun ${run.rows} rows`,
      )
    } finally {
      await server.kill('SIGTERM')
    }
  }, 150_000)

  it('takes over only runs whose process is gone from this machine, never a live one', async () => {
    const t = await startTestApp({ SCHEDULER: 'off', EXPORT_DIR: exportDir })
    try {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/exports/schedules',
        headers: { cookie: t.adminCookie },
        payload: { name: 'Leases', cron: '0 6 * * *', tables: ['claims'], format: 'csv', folder: 'leases' },
      })
      expect(created.statusCode).toBe(201)
      const dead = spawnSync(process.execPath, ['-e', '']).pid
      const holders = {
        dead: `${hostname()}:${dead}:aaaaaa`,
        live: t.app.scheduler.id, // this process, a scheduler that runs
        parent: `${hostname()}:${process.ppid}:bbbbbb`, // alive, another process
        elsewhere: `another-host:${dead}:cccccc`, // no telling: left to its lease
        oldSelf: `${hostname()}:${process.pid}:dddddd`, // this pid, no such scheduler: a previous life
      }
      const lease = new Date(Date.now() + 3600_000)
      const ids: Record<string, number> = {}
      for (const [i, [name, holder]] of Object.entries(holders).entries()) {
        const [row] = await t.app.database.rows<{ id: number }>(sql`insert into export_runs
          (schedule_id, slot, trigger, status, attempts, claimed_by, lease_until, started_at)
          values (${created.json().id}, ${new Date(Date.UTC(2025, 0, i + 1, 6)).toISOString()}, 'schedule',
                  'running', 1, ${holder}, ${lease.toISOString()}, now())
          returning id::int as id`)
        ids[name] = Number(row.id)
      }
      const released = await t.app.scheduler.releaseDeadRuns(new Date())
      expect(released.sort()).toEqual([ids.dead, ids.oldSelf].sort())
      // A second look finds nothing more to release.
      expect(await t.app.scheduler.releaseDeadRuns(new Date())).toEqual([])
    } finally {
      await t.close()
    }
  })
})
