// Sends what the outbox holds. Any number of processes may run this on one database: each claims due
// rows with FOR UPDATE SKIP LOCKED and holds them under a lease while sending, so two never take the
// same row; a row whose lease ran out (its process died mid-send) is taken over and sent with the same
// idempotency key and Message-ID, so a receiver can tell a retry from a new alert.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { anyId, rowsOf } from '../db/sql.ts'
import { heldByDeadProcessesHere, hold, letGo, retryWait } from '../jobs/lease.ts'
import type { Mailer } from '../mail/mailer.ts'
import type { AlertPayload } from '../series/alert-events.ts'
import { signLink } from './link-token.ts'
import { alertMail, webhookBody } from './messages.ts'
import type { WebhookPoster } from './webhook-post.ts'

/** Tries per delivery before it is given up (marked failed). */
export const MAX_ATTEMPTS = 8
/** Failed posts in a row after which a webhook is paused. */
export const PAUSE_AFTER = 5
const BATCH = 25

export interface DispatchOptions {
  db: Db
  mailer: Mailer
  poster: WebhookPoster
  publicUrl: string
  linkSecret: string
  leaseMs: number
  retryMs: number
  log?: { warn: (o: object, m: string) => void; error: (o: object, m: string) => void }
}

interface Claimed {
  id: number
  key: string
  channel: 'email' | 'webhook'
  digest: boolean
  attempts: number
  user_id: number
  email: string
  muted: boolean
  payload: AlertPayload
  url: string | null
  secret: string | null
  webhook_id: number | null
}

export class Dispatcher {
  readonly id = hold()
  private timer: NodeJS.Timeout | null = null
  private running: Promise<unknown> = Promise.resolve()
  // Waits that double from retryMs, up to 6 h, before each attempt after the first.
  private readonly backoffMs: number[]
  constructor(private o: DispatchOptions) {
    this.backoffMs = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) =>
      Math.min(o.retryMs * 2 ** i, 6 * 3600_000),
    )
  }

  /** The key of mute links, read from the database once it is open. */
  setLinkSecret(secret: string) {
    this.o.linkSecret = secret
  }

  start(everyMs: number) {
    const loop = () => {
      this.running = this.tick()
        .catch((err) => this.o.log?.error({ err }, 'alert delivery round failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(loop, everyMs)
        })
    }
    this.timer = setTimeout(loop, 0)
  }

  async stop() {
    letGo(this.id)
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.running
  }

  /** Claims due deliveries and sends them; returns how many it claimed. */
  async tick(): Promise<number> {
    const rows = await this.claim()
    const mails = new Map<string, Claimed[]>()
    for (const r of rows) {
      if (r.channel === 'webhook') await this.postOne(r)
      else {
        // A digest gathers a user's due digest rows into one e-mail; otherwise what one figure caused
        // (recorded in one transaction, so claimed together) goes out as one e-mail.
        const group = r.digest ? `digest:${r.user_id}` : `now:${r.user_id}:${r.payload.figure.claim_id}`
        mails.set(group, [...(mails.get(group) ?? []), r])
      }
    }
    for (const group of mails.values()) await this.mailOne(group)
    return rows.length
  }

  /**
   * Rows still leased to a process of this machine that died (kill -9, a crash) are given back at once
   * rather than when the lease runs out; other machines' leases are left to run out.
   */
  private async releaseDead() {
    const held = await rowsOf<{ claimedBy: string }>(
      this.o.db,
      sql`select distinct claimed_by as "claimedBy" from alert_deliveries
        where status = 'sending' and lease_until >= now() and claimed_by <> ${this.id}`,
    )
    for (const { claimedBy } of heldByDeadProcessesHere(held, this.id)) {
      this.o.log?.warn({ claimedBy }, 'taking over alert deliveries whose process died')
      await this.o.db.execute(
        sql`update alert_deliveries set lease_until = now() - interval '1 millisecond'
          where status = 'sending' and claimed_by = ${claimedBy}`,
      )
    }
  }

  private async claim(): Promise<Claimed[]> {
    const { db, leaseMs } = this.o
    await this.releaseDead()
    const ids = await rowsOf<{ id: string | number }>(
      db,
      sql`update alert_deliveries d set status = 'sending', claimed_by = ${this.id},
          lease_until = now() + ${leaseMs} * interval '1 millisecond', attempts = d.attempts + 1
        where d.id in (
          select x.id from alert_deliveries x left join webhooks w on w.id = x.webhook_id
          where ((x.status = 'pending' and x.due_at <= now()) or (x.status = 'sending' and x.lease_until < now()))
            and w.paused_at is null
          order by x.id limit ${BATCH} for update of x skip locked)
        returning d.id`,
    )
    if (!ids.length) return []
    const rows = await rowsOf<Claimed>(
      db,
      sql`select d.id, d.key, d.channel, d.digest, d.attempts, d.user_id, d.webhook_id, u.email, e.payload,
          (s.muted_at is not null or coalesce(s.email_mode, 'immediate') = 'off') as muted, w.url, w.secret
        from alert_deliveries d join alert_events e on e.id = d.event_id join users u on u.id = d.user_id
          left join alert_settings s on s.user_id = d.user_id left join webhooks w on w.id = d.webhook_id
        where d.id = ${anyId(ids.map((r) => Number(r.id)))} order by d.id`,
    )
    return rows.map((r) => ({
      ...r,
      id: Number(r.id),
      user_id: Number(r.user_id),
      webhook_id: r.webhook_id === null ? null : Number(r.webhook_id),
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    }))
  }

  private async mailOne(group: Claimed[]) {
    const first = group[0]
    if (!first) return
    const ids = group.map((r) => r.id)
    if (first.muted) return this.finish(ids, 'failed', null, 'muted by the user')
    if (!this.o.mailer.enabled) return this.failed(group, 'SMTP_URL is not set')
    const muteUrl = `${this.o.publicUrl}/alerts/mute?token=${signLink(this.o.linkSecret, first.user_id, 'mute')}`
    const unwatchUrl = (seriesId: number) =>
      `${this.o.publicUrl}/alerts/unwatch?token=${signLink(this.o.linkSecret, first.user_id, 'unwatch', seriesId)}`
    const { subject, text } = alertMail(
      group.map((r) => r.payload),
      this.o.publicUrl,
      muteUrl,
      unwatchUrl,
    )
    try {
      await this.o.mailer.send({
        to: first.email,
        subject,
        text,
        messageId: `<${first.key.replaceAll(':', '.')}@tally.alerts>`,
        headers: {
          'Idempotency-Key': first.key,
          'List-Unsubscribe': `<${muteUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      })
      await this.finish(ids, 'sent', null, null)
    } catch (err) {
      await this.failed(group, (err as Error).message)
    }
  }

  private async postOne(r: Claimed) {
    if (!r.url || !r.secret || r.webhook_id === null)
      return this.finish([r.id], 'failed', null, 'webhook gone')
    let status: number | null = null
    let error: string | null = null
    try {
      status = await this.o.poster.post(
        r.url,
        r.secret,
        r.key,
        webhookBody(r.key, r.payload, this.o.publicUrl, new Date()),
      )
      if (status < 200 || status > 299) error = `answered ${status}`
    } catch (err) {
      error = (err as Error).message
    }
    const ok = error === null
    await this.o.db.execute(
      sql`update webhooks set failures = case when ${ok} then 0 else failures + 1 end,
          paused_at = case when not ${ok} and failures + 1 >= ${PAUSE_AFTER} then now() else paused_at end
        where id = ${r.webhook_id}`,
    )
    if (ok) await this.finish([r.id], 'sent', status, null)
    else await this.failed([r], error ?? 'failed', status)
  }

  private async failed(rows: Claimed[], error: string, status: number | null = null) {
    const attempts = Math.max(...rows.map((r) => r.attempts))
    if (attempts >= MAX_ATTEMPTS)
      return this.finish(
        rows.map((r) => r.id),
        'failed',
        status,
        error,
      )
    const wait = retryWait(this.backoffMs, attempts)
    this.o.log?.warn({ keys: rows.map((r) => r.key), error }, 'alert delivery failed; will retry')
    await this.o.db.execute(
      sql`update alert_deliveries set status = 'pending', due_at = now() + ${wait} * interval '1 millisecond',
          lease_until = null, last_error = ${error}, response_status = ${status}
        where id = ${anyId(rows.map((r) => r.id))} and claimed_by = ${this.id}`,
    )
  }

  private async finish(ids: number[], status: 'sent' | 'failed', code: number | null, error: string | null) {
    await this.o.db.execute(
      sql`update alert_deliveries set status = ${status}, lease_until = null, response_status = ${code},
          last_error = ${error}, sent_at = case when ${status} = 'sent' then now() else sent_at end
        where id = ${anyId(ids)} and claimed_by = ${this.id}`,
    )
  }
}
