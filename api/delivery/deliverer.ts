// Delivers each written run to its schedule's destinations. A delivery row per (run, destination) is
// queued in the transaction that marks the run succeeded (UNIQUE(run_id, destination_id)); deliveries
// are then taken like runs: one atomic UPDATE … FOR UPDATE SKIP LOCKED, a lease, retries with backoff,
// and, at start, deliveries held by a process of this machine that died are taken over at once. What a
// repeated attempt sends is the same object key, WebDAV name or Message-ID, so it replaces, never adds.
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { and, eq, gte, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { type ExportDelivery, exportDeliveries, exportDestinations } from '../db/schema/delivery.ts'
import { exportRuns, exportSchedules } from '../db/schema/exports.ts'
import type { Runner } from '../db/sql.ts'
import { previousRunStart, readChanges } from '../exports/change-log.ts'
import { insideExportDir, localParts } from '../exports/files.ts'
import { CONTENT_TYPES } from '../exports/index.ts'
import type { DeliveryHooks, SchedulerLog } from '../exports/scheduler.ts'
import { withoutServerPaths } from '../exports/schedules.ts'
import { heldByDeadProcessesHere, retryWait } from '../jobs/lease.ts'
import { type OutgoingFile, type SendDeps, sendFile } from './send.ts'

export interface DelivererOptions extends SendDeps {
  db: Db
  exportDir: string
  publicUrl: string
  log: SchedulerLog
  backoffMs?: number[]
  leaseMs?: number
}

export class Deliverer implements DeliveryHooks {
  private readonly backoffMs: number[]
  private readonly leaseMs: number

  constructor(private readonly o: DelivererOptions) {
    this.backoffMs = o.backoffMs ?? [30_000, 120_000, 600_000, 3_600_000]
    this.leaseMs = o.leaseMs ?? 300_000
  }

  async queue(tx: Runner, runId: number, scheduleId: number, now: Date) {
    await tx.execute(sql`insert into export_deliveries (run_id, destination_id, next_attempt_at)
      select ${runId}, id, ${now.toISOString()}::timestamptz from export_destinations
      where schedule_id = ${scheduleId} and enabled
      on conflict do nothing`)
  }

  async releaseDead(now: Date, holder: string) {
    const held = await this.o.db
      .select({ id: exportDeliveries.id, claimedBy: exportDeliveries.claimedBy })
      .from(exportDeliveries)
      .where(and(eq(exportDeliveries.status, 'running'), gte(exportDeliveries.leaseUntil, now)))
    for (const r of heldByDeadProcessesHere(held, holder)) {
      await this.o.db
        .update(exportDeliveries)
        .set({ leaseUntil: new Date(now.getTime() - 1) })
        .where(and(eq(exportDeliveries.id, r.id), eq(exportDeliveries.claimedBy, r.claimedBy)))
      this.o.log.warn({ delivery: r.id, claimedBy: r.claimedBy }, 'taking over a delivery whose process died')
    }
  }

  async work(now: Date, holder: string) {
    const t0 = performance.now()
    const at = () => new Date(now.getTime() + (performance.now() - t0))
    const done: { deliveryId: number; attempt: number; status: string }[] = []
    for (let i = 0; i < 100; i++) {
      const d = await this.claim(at(), holder)
      if (!d) break
      done.push({ deliveryId: d.id, attempt: d.attempts, status: await this.execute(d, holder, at) })
    }
    return done
  }

  private async claim(now: Date, holder: string): Promise<ExportDelivery | null> {
    const t = now.toISOString()
    const due = sql`(select ${exportDeliveries.id} from ${exportDeliveries}
      where (${exportDeliveries.status} = 'pending' and ${exportDeliveries.nextAttemptAt} <= ${t}::timestamptz)
         or (${exportDeliveries.status} = 'running' and ${exportDeliveries.leaseUntil} < ${t}::timestamptz)
      order by ${exportDeliveries.nextAttemptAt}, ${exportDeliveries.id}
      limit 1 for update skip locked)`
    const [d] = await this.o.db
      .update(exportDeliveries)
      .set({
        status: 'running',
        attempts: sql`${exportDeliveries.attempts} + 1`,
        claimedBy: holder,
        leaseUntil: new Date(now.getTime() + this.leaseMs),
        startedAt: now,
      })
      .where(eq(exportDeliveries.id, due))
      .returning()
    return d ?? null
  }

  private async execute(d: ExportDelivery, holder: string, at: () => Date) {
    const mine = and(eq(exportDeliveries.id, d.id), eq(exportDeliveries.claimedBy, holder))
    const maxAttempts = this.backoffMs.length + 1
    try {
      const [dest] = await this.o.db
        .select()
        .from(exportDestinations)
        .where(eq(exportDestinations.id, d.destinationId))
      if (!dest) throw new Error('the destination was deleted')
      const sent = await sendFile(this.o, dest, await this.outgoing(d))
      await this.o.db
        .update(exportDeliveries)
        .set({ status: 'succeeded', finishedAt: at(), leaseUntil: null, error: null, ...sent })
        .where(mine)
      this.o.log.info({ delivery: d.id, run: d.runId, target: sent.target }, 'export delivered')
      return 'succeeded'
    } catch (err) {
      const error = withoutServerPaths((err as Error).message)
      const last = d.attempts >= maxAttempts
      const wait = retryWait(this.backoffMs, d.attempts)
      await this.o.db
        .update(exportDeliveries)
        .set(
          last
            ? { status: 'failed', finishedAt: at(), leaseUntil: null, error }
            : { status: 'pending', nextAttemptAt: new Date(at().getTime() + wait), leaseUntil: null, error },
        )
        .where(mine)
      this.o.log.warn(
        { delivery: d.id, run: d.runId, attempt: d.attempts, error },
        last ? 'delivery failed' : `delivery failed; retrying in ${wait / 1000} s`,
      )
      return last ? 'failed' : 'retry'
    }
  }

  private async outgoing(d: ExportDelivery): Promise<OutgoingFile> {
    const [row] = await this.o.db
      .select({ run: exportRuns, schedule: exportSchedules })
      .from(exportRuns)
      .innerJoin(exportSchedules, eq(exportSchedules.id, exportRuns.scheduleId))
      .where(eq(exportRuns.id, d.runId))
    if (!row?.run.filePath || row.run.fileDeletedAt) throw new Error("the run's file is no longer kept")
    const { run, schedule } = row
    const body = await readFile(insideExportDir(this.o.exportDir, run.filePath!))
    const name = basename(run.filePath!)
    const { date } = localParts(run.slot, schedule.timezone)
    return {
      name,
      body,
      contentType: CONTENT_TYPES[extname(name) === '.xlsx' ? 'xlsx' : 'csv'],
      tag: `export-${run.id}-${d.destinationId}`,
      subject: `${schedule.name}: export of ${date}`,
      text: [
        `Tally's scheduled export "${schedule.name}", slot ${run.slot.toISOString()}: ${run.rows ?? 0} rows.`,
        await this.changeSummary(run.scheduleId, run.id, run.startedAt ?? run.createdAt),
      ].join('\n'),
      link: `${this.o.publicUrl}/api/exports/schedules/${run.scheduleId}/runs/${run.id}/file`,
    }
  }

  private async changeSummary(scheduleId: number, runId: number, until: Date) {
    const since = await previousRunStart(this.o.db, scheduleId, runId)
    if (!since) return 'First run of this schedule.'
    const changes = await readChanges(this.o.db, since, until)
    const claims = (kind: string) =>
      new Set(changes.filter((c) => c.change === kind).map((c) => c.claimId)).size
    return `Since the previous run (${since.toISOString()}): ${claims('added')} claims added, ${claims('changed')} changed, ${claims('retracted')} retracted.`
  }
}
