// The export scheduler. Each tick (every 15 s by default, and once at start):
//  1. plan: for every schedule that is not paused, the latest slot at or before now (croner, in the
//     schedule's time zone, so DST is croner's business) gets a run row, unless it has one. The row is
//     UNIQUE(schedule_id, slot): when several Tally servers share a database, exactly one insert wins.
//     Only the latest slot is ever considered, so a Tally that was down over several slots runs the
//     last of them once when it is back, recorded with trigger "missed".
//  2. work: runs that are due are taken one at a time with one atomic UPDATE … WHERE id = (SELECT …
//     FOR UPDATE SKIP LOCKED), so each attempt belongs to one server. A run holds a lease that a
//     heartbeat extends; a run whose server died is taken again when its lease expires, or at once
//     when a Tally starting on the same machine sees that the process holding it no longer exists
//     (killed, crashed, or the container restarted), so a restarted Tally reruns it straight away.
//  3. a run writes a temporary file and renames it into place; a failure is retried with backoff
//     (30 s, 2 min, 10 min), then the run is marked failed with its error. Temporary files left by an
//     earlier attempt of the same run (its process killed mid-file) are removed.
// Time comes from tick(now), so tests drive the scheduler through any dates without waiting.
import { unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { and, desc, eq, gte, isNotNull, isNull, max, ne, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { type ExportRun, type ExportSchedule, exportRuns, exportSchedules } from '../db/schema/exports.ts'
import type { Runner } from '../db/sql.ts'
import { heldByDeadProcessesHere, hold, letGo, retryWait } from '../jobs/lease.ts'
import { CHANGES_TABLE, changeSource, changesPath, previousRunStart, readChanges } from './change-log.ts'
import {
  freeName,
  insideExportDir,
  relativeToExportDir,
  removeStaleTemporaryFiles,
  renderFileName,
  writeAtomically,
} from './files.ts'
import { type AnyTable, writeCsv, writeExport } from './index.ts'
import { cronFor, latestSlot, scheduleDefinition } from './schedules.ts'

export interface SchedulerLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/**
 * What happens to a written file next (api/delivery): queued in the transaction that marks the run
 * succeeded, worked through on every tick by the holder of this scheduler's id.
 */
export interface DeliveryHooks {
  queue(tx: Runner, runId: number, scheduleId: number, now: Date): Promise<void>
  work(now: Date, holder: string): Promise<{ deliveryId: number; attempt: number; status: string }[]>
  releaseDead(now: Date, holder: string): Promise<void>
}

export interface SchedulerOptions {
  delivery?: DeliveryHooks
  db: Db
  exportDir: string
  log?: SchedulerLog
  /** Wall clock for the loop's ticks; tests call tick(now) instead. */
  clock?: () => Date
  intervalMs?: number
  /** Waits before the 2nd, 3rd, … attempt; attempts = backoff.length + 1. */
  backoffMs?: number[]
  leaseMs?: number
  /** A slot run later than this after its time is recorded as "missed". */
  missedAfterMs?: number
  /** This server's name in claimed_by. */
  id?: string
}

export interface TickReport {
  queued: { runId: number; scheduleId: number; slot: string; trigger: string }[]
  ran: {
    runId: number
    scheduleId: number
    attempt: number
    status: 'succeeded' | 'retry' | 'failed' | 'aborted'
  }[]
  delivered: Awaited<ReturnType<DeliveryHooks['work']>>
}

const silent: SchedulerLog = { info() {}, warn() {}, error() {} }

export class Scheduler {
  readonly id: string
  readonly exportDir: string
  private readonly db: Db
  private readonly log: SchedulerLog
  private readonly clock: () => Date
  private readonly intervalMs: number
  readonly backoffMs: number[]
  private readonly leaseMs: number
  private readonly missedAfterMs: number
  private timer: NodeJS.Timeout | null = null
  private looping = false
  private stopped = false
  private current: Promise<unknown> | null = null
  private readonly aborts = new Set<AbortController>()
  private readonly delivery?: DeliveryHooks

  constructor(o: SchedulerOptions) {
    this.db = o.db
    this.delivery = o.delivery
    this.exportDir = o.exportDir
    this.log = o.log ?? silent
    this.clock = o.clock ?? (() => new Date())
    this.intervalMs = o.intervalMs ?? 15_000
    this.backoffMs = o.backoffMs ?? [30_000, 120_000, 600_000]
    this.leaseMs = o.leaseMs ?? 120_000
    this.missedAfterMs = o.missedAfterMs ?? 120_000
    this.id = hold(o.id)
  }

  get maxAttempts() {
    return this.backoffMs.length + 1
  }

  /** Plans due slots and works through due runs, as of `now`. */
  async tick(now: Date = this.clock()): Promise<TickReport> {
    const t0 = performance.now()
    const queued = await this.plan(now)
    const ran = await this.work(now)
    // Deliveries were queued as of the time the runs took (the test clock moves on with real time).
    const later = new Date(now.getTime() + (performance.now() - t0))
    const delivered = this.stopped || !this.delivery ? [] : await this.delivery.work(later, this.id)
    return { queued, ran, delivered }
  }

  /** Inserts a run for the latest slot of every active schedule that has none yet. */
  async plan(now: Date): Promise<TickReport['queued']> {
    const schedules = await this.db.select().from(exportSchedules).where(eq(exportSchedules.paused, false))
    if (!schedules.length) return []
    const last = new Map(
      (
        await this.db
          .select({ id: exportRuns.scheduleId, slot: max(exportRuns.slot) })
          .from(exportRuns)
          .where(ne(exportRuns.trigger, 'manual'))
          .groupBy(exportRuns.scheduleId)
      ).map((r) => [r.id, r.slot]),
    )
    const queued: TickReport['queued'] = []
    for (const s of schedules) {
      let slot: Date | null
      try {
        slot = latestSlot(cronFor(s.cron, s.timezone), now)
      } catch (err) {
        this.log.error({ schedule: s.id, err }, 'schedule has a bad cron expression or time zone')
        continue
      }
      if (!slot || slot < s.activeSince) continue
      const seen = last.get(s.id)
      if (seen && new Date(seen) >= slot) continue
      const trigger = now.getTime() - slot.getTime() > this.missedAfterMs ? 'missed' : 'schedule'
      const [row] = await this.db
        .insert(exportRuns)
        .values({ scheduleId: s.id, slot, trigger, nextAttemptAt: now })
        .onConflictDoNothing()
        .returning({ id: exportRuns.id })
      if (!row) continue
      queued.push({ runId: row.id, scheduleId: s.id, slot: slot.toISOString(), trigger })
      if (trigger === 'missed') {
        this.log.warn({ schedule: s.id, slot }, 'running the latest slot missed while Tally was down')
      }
    }
    return queued
  }

  /**
   * Gives back, at once, runs still leased to a process of this machine that has died (kill -9, a
   * crash, a restarted container), so that they need not wait for the lease to run out. Runs held by
   * other machines are left to their lease: there is no telling from here whether those are alive.
   */
  async releaseDeadRuns(now: Date = this.clock()): Promise<number[]> {
    const held = await this.db
      .select({ id: exportRuns.id, claimedBy: exportRuns.claimedBy })
      .from(exportRuns)
      .where(and(eq(exportRuns.status, 'running'), gte(exportRuns.leaseUntil, now)))
    const released: number[] = []
    for (const r of heldByDeadProcessesHere(held, this.id)) {
      const [row] = await this.db
        .update(exportRuns)
        .set({ leaseUntil: new Date(now.getTime() - 1) })
        .where(
          and(
            eq(exportRuns.id, r.id),
            eq(exportRuns.status, 'running'),
            eq(exportRuns.claimedBy, r.claimedBy),
          ),
        )
        .returning({ id: exportRuns.id })
      if (!row) continue
      released.push(row.id)
      this.log.warn({ run: row.id, claimedBy: r.claimedBy }, 'taking over an export run whose process died')
    }
    return released
  }

  /** Takes due runs one by one and runs them. */
  async work(now: Date): Promise<TickReport['ran']> {
    const t0 = performance.now()
    const at = () => new Date(now.getTime() + (performance.now() - t0))
    const ran: TickReport['ran'] = []
    for (let i = 0; i < 100 && !this.stopped; i++) {
      const run = await this.claim(at())
      if (!run) break
      ran.push({
        runId: run.id,
        scheduleId: run.scheduleId,
        attempt: run.attempts,
        status: await this.execute(run, at),
      })
    }
    return ran
  }

  private async claim(now: Date): Promise<ExportRun | null> {
    const due = sql`(select ${exportRuns.id} from ${exportRuns}
      where (${exportRuns.status} = 'pending' and ${exportRuns.nextAttemptAt} <= ${now.toISOString()}::timestamptz)
         or (${exportRuns.status} = 'running' and ${exportRuns.leaseUntil} < ${now.toISOString()}::timestamptz)
      order by ${exportRuns.nextAttemptAt}, ${exportRuns.id}
      limit 1 for update skip locked)`
    const [run] = await this.db
      .update(exportRuns)
      .set({
        status: 'running',
        attempts: sql`${exportRuns.attempts} + 1`,
        claimedBy: this.id,
        leaseUntil: new Date(now.getTime() + this.leaseMs),
        startedAt: now,
        finishedAt: null,
      })
      .where(eq(exportRuns.id, due))
      .returning()
    return run ?? null
  }

  private async execute(run: ExportRun, at: () => Date): Promise<TickReport['ran'][number]['status']> {
    const mine = and(eq(exportRuns.id, run.id), eq(exportRuns.claimedBy, this.id))
    const [schedule] = await this.db
      .select()
      .from(exportSchedules)
      .where(eq(exportSchedules.id, run.scheduleId))
    if (!schedule) return 'aborted'
    if (run.attempts > this.maxAttempts) {
      // Taken again after its server went away mid-run, with no attempt left.
      await this.db
        .update(exportRuns)
        .set({
          status: 'failed',
          finishedAt: at(),
          leaseUntil: null,
          error: run.error ?? 'the server running it stopped',
        })
        .where(mine)
      return 'failed'
    }
    const abort = new AbortController()
    this.aborts.add(abort)
    const heartbeat = setInterval(
      () => {
        this.db
          .update(exportRuns)
          .set({ leaseUntil: new Date(at().getTime() + this.leaseMs) })
          .where(mine)
          .catch(() => {})
      },
      Math.max(1000, this.leaseMs / 3),
    )
    heartbeat.unref()
    const t0 = performance.now()
    try {
      const { path, rows, bytes } = await this.writeFile(schedule, run, abort.signal)
      // The run and its deliveries are recorded together: a kill between them cannot lose a delivery.
      await this.db.transaction(async (tx) => {
        const done = await tx
          .update(exportRuns)
          .set({
            status: 'succeeded',
            finishedAt: new Date(run.startedAt!.getTime() + (performance.now() - t0)),
            rows,
            bytes,
            filePath: path,
            error: null,
            leaseUntil: null,
          })
          .where(mine)
          .returning({ id: exportRuns.id })
        if (done.length && this.delivery) await this.delivery.queue(tx, run.id, schedule.id, at())
      })
      this.log.info(
        { schedule: schedule.id, run: run.id, rows, bytes, file: path },
        'scheduled export written',
      )
      await this.prune(schedule).catch((err) =>
        this.log.warn({ schedule: schedule.id, err }, 'pruning old files failed'),
      )
      return 'succeeded'
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      if (abort.signal.aborted) {
        // Tally is stopping: give the attempt back; this or another server takes it up again.
        await this.db
          .update(exportRuns)
          .set({
            status: 'pending',
            attempts: sql`${exportRuns.attempts} - 1`,
            nextAttemptAt: at(),
            claimedBy: null,
            leaseUntil: null,
          })
          .where(mine)
        return 'aborted'
      }
      if (run.attempts < this.maxAttempts) {
        const wait = retryWait(this.backoffMs, run.attempts)
        await this.db
          .update(exportRuns)
          .set({
            status: 'pending',
            nextAttemptAt: new Date(at().getTime() + wait),
            error: message,
            leaseUntil: null,
          })
          .where(mine)
        this.log.warn(
          { schedule: schedule.id, run: run.id, attempt: run.attempts, err },
          `export failed; retrying in ${wait / 1000} s`,
        )
        return 'retry'
      }
      await this.db
        .update(exportRuns)
        .set({ status: 'failed', finishedAt: at(), error: message, leaseUntil: null })
        .where(mine)
      this.log.error(
        { schedule: schedule.id, run: run.id, attempts: run.attempts, err },
        'scheduled export failed',
      )
      return 'failed'
    } finally {
      clearInterval(heartbeat)
      this.aborts.delete(abort)
    }
  }

  private async writeFile(s: ExportSchedule, run: ExportRun, signal: AbortSignal) {
    const dir = insideExportDir(this.exportDir, s.folder)
    const def = scheduleDefinition(s)
    const wanted = renderFileName(s.filePattern, {
      name: s.name,
      slot: run.slot,
      timeZone: s.timezone,
      format: def.format,
      tables: def.tables,
    })
    // An earlier attempt of this run killed mid-file left its temporary file; this attempt owns the run.
    if (run.attempts > 1) await removeStaleTemporaryFiles(dir, run.id, run.attempts)
    // The folder is made by writeAtomically; freeName needs only to look.
    const final = join(dir, await freeName(dir, wanted, run.id))
    // The change log: since the previous successful run (real time: slots may be set by a test clock).
    const since = await previousRunStart(this.db, s.id, run.id)
    const until = new Date()
    const changes = await readChanges(this.db, since ?? new Date(0), until, def.filters)
    const changeNote = since
      ? `Changes since the previous run (${since.toISOString()}): ${changes.length} (${def.format === 'csv' ? 'in the -changes.csv file beside this one' : 'sheet Changes'})`
      : 'First run of this schedule: the change log holds every change so far'
    const { result, bytes } = await writeAtomically(final, `${run.id}-${run.attempts}`, (out) =>
      writeExport(this.db, def, out, {
        title: s.name,
        notes: [
          `Schedule: ${s.name} (${s.cron}, ${s.timezone}), slot ${run.slot.toISOString()}${run.trigger === 'schedule' ? '' : ` (${run.trigger})`}`,
          changeNote,
        ],
        changes: def.format === 'xlsx' ? changes : undefined,
        signal,
      }),
    )
    if (def.format === 'csv')
      await writeAtomically(changesPath(final), `${run.id}-${run.attempts}-changes`, (out) =>
        writeCsv(CHANGES_TABLE as AnyTable, changeSource(changes), out, { bom: def.bom, signal }),
      )
    return { path: relativeToExportDir(this.exportDir, final), rows: result.rows, bytes }
  }

  /** Deletes the files of a schedule's runs beyond its newest `keep`. */
  async prune(s: ExportSchedule) {
    const old = await this.db
      .select({ id: exportRuns.id, filePath: exportRuns.filePath })
      .from(exportRuns)
      .where(
        and(
          eq(exportRuns.scheduleId, s.id),
          isNotNull(exportRuns.filePath),
          isNull(exportRuns.fileDeletedAt),
        ),
      )
      .orderBy(desc(exportRuns.slot), desc(exportRuns.id))
      .offset(s.keep)
    for (const r of old) {
      await unlink(insideExportDir(this.exportDir, r.filePath!)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
      // A CSV's change log goes with it.
      if (r.filePath?.endsWith('.csv'))
        await unlink(insideExportDir(this.exportDir, changesPath(r.filePath))).catch(() => {})
      await this.db.update(exportRuns).set({ fileDeletedAt: new Date() }).where(eq(exportRuns.id, r.id))
    }
  }

  /** Ticks now and then every interval until stop(). */
  start() {
    if (this.looping || this.stopped) return
    this.looping = true
    this.schedule(0, true)
  }

  /** Ticks as soon as possible (after "run now"), when the loop runs. */
  poke() {
    if (this.looping && !this.stopped && this.timer) this.schedule(0)
  }

  private schedule(ms: number, first = false) {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      // At start, runs left by a process of this machine that died are taken up again at once.
      const release = first
        ? this.releaseDeadRuns()
            .then(() => this.delivery?.releaseDead(this.clock(), this.id))
            .catch((err) => this.log.error({ err }, 'releasing dead runs failed'))
        : Promise.resolve()
      const tick = release
        .then(() => this.tick())
        .catch((err) => this.log.error({ err }, 'scheduler tick failed'))
        .finally(() => {
          this.current = null
          if (!this.stopped) this.schedule(this.intervalMs)
        })
      this.current = tick
    }, ms)
    this.timer.unref()
  }

  /** Stops the loop; a run in progress is aborted and given back to the queue. */
  async stop() {
    this.stopped = true
    letGo(this.id)
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    for (const a of this.aborts) a.abort(new Error('Tally is stopping'))
    await this.current
  }
}
