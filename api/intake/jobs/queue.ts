import type { PGlite } from '@electric-sql/pglite'
import PgBoss from 'pg-boss'

// One job interface over pg-boss, whichever database is underneath: on a PostgreSQL server pg-boss
// keeps its own small pool (workers in other processes share the queue through it); on the embedded
// database it runs through PGlite with the `db` adapter pg-boss accepts, in the one process that owns it.

export type JobHandler<T> = (data: T) => Promise<void>

export interface SendOptions {
  /** At most one queued job per key (a subscription's poll, an item's fetch). */
  singletonKey?: string
  startAfterSeconds?: number
}

export interface JobQueue {
  start(): Promise<void>
  send<T extends object>(name: string, data: T, opts?: SendOptions): Promise<void>
  /** Many jobs of one queue in one statement, each with its key. */
  sendMany<T extends object>(name: string, jobs: { data: T; singletonKey: string }[]): Promise<void>
  /** Runs `concurrency` handlers for the queue in this process; a throw is retried with backoff. */
  work<T>(name: string, concurrency: number, handler: JobHandler<T>): Promise<void>
  stop(): Promise<void>
}

// 'short': per key, at most one job waiting, so sending a poll or an item again (poll now, the sweep
// of pending items) never piles up copies; a job still marked running by a dead process does not
// block the new one. Running one twice is harmless: every step is idempotent (see item.ts).
export const QUEUES = {
  poll: { name: 'intake-poll', policy: 'short', retryLimit: 0, expireInSeconds: 300 },
  item: {
    name: 'intake-item',
    policy: 'short',
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  },
} as const

/** PGlite as pg-boss's `db`: statements without parameters may be several (its schema set-up). */
function pgliteAdapter(client: PGlite) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (!values.length) {
        const results = await client.exec(text)
        return { rows: results.at(-1)?.rows ?? [] }
      }
      return { rows: (await client.query(text, values as never[])).rows }
    },
  }
}

/** Workers starting together may both create a queue and deadlock; the loser looks again. */
async function createQueue(boss: PgBoss, q: (typeof QUEUES)[keyof typeof QUEUES]) {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(q.name))) await boss.createQueue(q.name, { ...q })
      return
    } catch (err) {
      if (attempt >= 5) throw err
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400))
    }
  }
}

export function pgBossQueue(
  target: { url: string } | { pglite: PGlite },
  log: { error(obj: object, msg: string): void },
): JobQueue {
  const boss = new PgBoss({
    ...('url' in target ? { connectionString: target.url, max: 4 } : { db: pgliteAdapter(target.pglite) }),
    schedule: false,
    // Jobs a dead worker held come back after their expiry; maintenance finds them.
    maintenanceIntervalSeconds: 30,
    application_name: 'tally-jobs',
  })
  boss.on('error', (err) => log.error({ err }, 'job queue error'))
  let starting: Promise<void> | null = null
  // Started on first use, so a web process that never sends a job (tests, WORKERS=0) pays nothing.
  const start = () => {
    starting ??= (async () => {
      await boss.start()
      for (const q of Object.values(QUEUES)) await createQueue(boss, q)
    })()
    return starting
  }
  return {
    start,
    async send(name, data, opts = {}) {
      await start()
      await boss.send(name, data, {
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
      })
    },
    async sendMany(name, jobs) {
      if (jobs.length)
        await boss.insert(jobs.map((j) => ({ name, data: j.data, singletonKey: j.singletonKey })))
    },
    async work(name, concurrency, handler) {
      await start()
      // pg-boss waits out its polling interval after every fetch, so each loop takes a few jobs at a
      // time; a job that throws is failed on its own (and retried), the others complete.
      for (let i = 0; i < concurrency; i++)
        await boss.work(name, { batchSize: 5, pollingIntervalSeconds: 0.5 }, async (jobs) => {
          for (const job of jobs) {
            try {
              await handler(job.data as never)
            } catch (err) {
              await boss.fail(name, job.id, { message: (err as Error).message })
            }
          }
        })
    },
    async stop() {
      if (!starting) return
      await starting.catch(() => {})
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}
