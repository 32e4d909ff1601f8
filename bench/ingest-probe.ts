// What the growth benchmark watches while Tally ingests: the resident memory of each Tally process
// (/proc/PID/status, every 100 ms) and, from pg_stat_activity sampled as often, the share of the
// active sessions of the database that wait on a lock: the time a second process spends queueing.
import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import type { Database } from '../api/db/client.ts'

const rssOf = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) * 1024 : 0
}

export interface Probe {
  /** Highest RSS any watched process reached, in bytes. */
  peakRss: number
  /** Sessions seen waiting on a lock, over sessions seen active (0 when none was active). */
  lockShare: number
  samples: number
}

/** Samples until the returned function is called, which gives what was seen. */
export function watch(pids: number[], database: Database): () => Promise<Probe> {
  let peakRss = 0
  let active = 0
  let waiting = 0
  let samples = 0
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      for (const pid of pids) peakRss = Math.max(peakRss, rssOf(pid))
      const [row] = await database.rows<{ active: number; waiting: number }>(
        sql`select count(*)::int as active, count(*) filter (where wait_event_type = 'Lock')::int as waiting
          from pg_stat_activity where datname = current_database() and state = 'active'
            and backend_type = 'client backend' and pid <> pg_backend_pid()`,
      )
      active += row?.active ?? 0
      waiting += row?.waiting ?? 0
      samples++
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  return async () => {
    stopped = true
    await loop
    return { peakRss, lockShare: active ? waiting / active : 0, samples }
  }
}
