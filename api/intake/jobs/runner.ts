import { and, eq, lt, sql } from 'drizzle-orm'
import { intakeItems } from '../../db/schema/index.ts'
import type { IntakeContext } from '../context.ts'
import { processItem } from '../item.ts'
import { pollSubscription } from '../poll.ts'
import { type JobQueue, QUEUES } from './queue.ts'

export interface RunnerOptions {
  /** Item jobs run at once in this process; 0: this process only sends jobs (WORKERS=0). */
  workers: number
  tickMs?: number
  /** Items pending longer than this are sent again (their job was lost with a dead process). */
  staleMs?: number
}

/**
 * The intake's jobs: every tick, due subscriptions are handed out once across all processes
 * (FOR UPDATE SKIP LOCKED) as poll jobs; a poll records new items and sends one job per item.
 */
export class IntakeRunner {
  private timer: NodeJS.Timeout | null = null
  private ticking: Promise<void> | null = null

  constructor(
    private ctx: IntakeContext,
    readonly queue: JobQueue,
    private opts: RunnerOptions,
  ) {}

  async start() {
    if (this.opts.workers <= 0) return
    await this.queue.work<{ id: number }>(QUEUES.poll.name, 1, async ({ id }) => {
      const r = await pollSubscription(this.ctx, id)
      await this.sendItems(r.newItems)
    })
    await this.queue.work<{ id: number }>(QUEUES.item.name, this.opts.workers, async ({ id }) => {
      const outcome = await processItem(this.ctx, id)
      this.ctx.log.debug({ item: id, outcome }, 'intake item')
      if (outcome === 'retry') throw new Error(`item ${id}: will retry`)
    })
    // At start, every pending item is sent again: a process that died may have held its job.
    await this.sweep(0)
    const every = this.opts.tickMs ?? 5000
    const loop = () => {
      this.ticking = this.tick()
        .catch((err) => this.ctx.log.error({ err }, 'intake tick failed'))
        .finally(() => {
          this.ticking = null
          if (this.timer) this.timer = setTimeout(loop, every)
        })
    }
    this.timer = setTimeout(loop, 0)
  }

  async stop() {
    const t = this.timer
    this.timer = null
    if (t) clearTimeout(t)
    await this.ticking
    await this.queue.stop()
    await this.ctx.fetcher.close()
  }

  /** Sends a poll of this subscription now. */
  async pollNow(id: number) {
    await this.queue.send(QUEUES.poll.name, { id }, { singletonKey: `sub-${id}` })
  }

  async tick() {
    const due = await this.ctx.db.execute<{ id: number }>(sql`
      update subscriptions set next_poll_at = now() + interval '10 minutes'
      where id in (select id from subscriptions where not paused and next_poll_at <= now()
                   order by next_poll_at limit 50 for update skip locked)
      returning id`)
    for (const { id } of rowsOf<{ id: number }>(due)) await this.pollNow(Number(id))
    await this.sweep(this.opts.staleMs ?? 5 * 60_000)
  }

  private async sweep(olderThanMs: number) {
    const stale = await this.ctx.db
      .select({ id: intakeItems.id })
      .from(intakeItems)
      .where(
        and(eq(intakeItems.state, 'pending'), lt(intakeItems.seenAt, new Date(Date.now() - olderThanMs))),
      )
      .limit(5000)
    await this.sendItems(stale.map((r) => r.id))
  }

  private async sendItems(ids: number[]) {
    await this.queue.sendMany(
      QUEUES.item.name,
      ids.map((id) => ({ data: { id }, singletonKey: `item-${id}` })),
    )
  }
}

// drizzle's execute returns rows directly on postgres-js and { rows } on PGlite.
function rowsOf<T>(r: unknown): T[] {
  return Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? [])
}
