// Refreshing series after the commit that changed them, not inside it: an ingest stores its articles and
// claims, and the triggers' marks (series_dirty) with them, commits, then refreshes. So its transaction
// holds no series locks, and two processes ingesting into one crisis stop queueing on each other's.
// A crash between the commit and the refresh leaves the marks: the next refresh of the series, or the
// sweep at start-up and every minute (`sweepDirty`), consumes them; nothing is lost. A refresh that
// fails after the commit fails the request as before (the articles are stored, a retry finds them), and
// its marks stay for the sweep.
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { anyId, rowsOf } from '../../db/sql.ts'
import { refreshSeries } from './claims.ts'

// Series per transaction: the refresh costs a few statements for all of them, and holds their locks
// until it commits.
const CHUNK = 50
// Waits while another transaction refreshes the same series (it consumes the marks it saw; ours may be
// newer): about 30 s in all, then the marks are left to the sweep.
const WAITS_MS = [5, 10, 20, 40, 80, 160, 320, 500]
const PATIENCE_MS = 30_000

/**
 * Refreshes these series, each in a short transaction of its own chunk, in id order. A series another
 * transaction is refreshing is skipped (`skip locked`: no one waits on a lock) and tried again until
 * its marks are consumed, by this process or the other one, so the caller returns after the refresh in
 * the normal case and lock waits do not pile up.
 */
export async function refreshCommitted(db: Db, ids: number[]): Promise<void> {
  let todo = [...new Set(ids)].sort((a, b) => a - b)
  let waited = 0
  for (let attempt = 0; todo.length; attempt++) {
    const skipped: number[] = []
    for (let i = 0; i < todo.length; i += CHUNK) {
      const part = todo.slice(i, i + CHUNK)
      // Marks are all this refresh consumes: rules, grades and names refresh when they change.
      const done = new Set(
        await db.transaction((tx) => refreshSeries(tx, part, { skipLocked: true, claimsOnly: true })),
      )
      skipped.push(...part.filter((id) => !done.has(id)))
    }
    todo = skipped.length ? await stillDirty(db, skipped) : []
    if (!todo.length || waited >= PATIENCE_MS) return
    const wait = WAITS_MS[Math.min(attempt, WAITS_MS.length - 1)] ?? 500
    await sleep(wait)
    waited += wait
  }
}

/** The series of these that still have marks no committed refresh consumed. */
async function stillDirty(db: Db, ids: number[]): Promise<number[]> {
  const rows = await rowsOf<{ id: string | number }>(
    db,
    sql`select distinct series_id as id from series_dirty where series_id = ${anyId(ids)} order by 1`,
  )
  return rows.map((r) => Number(r.id))
}

const SWEEP_BATCH = 200

/**
 * Refreshes every series with marks left behind (a process stopped between an ingest's commit and its
 * refresh, or a refresh that waited too long), a batch at a time until none are left or `stop()`.
 * Returns the number of series refreshed.
 */
export async function sweepDirty(db: Db, { stop }: { stop?: () => boolean } = {}): Promise<number> {
  let swept = 0
  let after = 0
  while (!stop?.()) {
    const rows = await rowsOf<{ id: string | number }>(
      db,
      sql`select distinct series_id as id from series_dirty where series_id > ${after}
        order by 1 limit ${SWEEP_BATCH}`,
    )
    if (!rows.length) return swept
    const ids = rows.map((r) => Number(r.id))
    await refreshCommitted(db, ids)
    swept += ids.length
    after = ids.at(-1) ?? after
  }
  return swept
}
