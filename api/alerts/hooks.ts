// Webhooks of a user and their delivery log. The secret is generated here, answered once at creation,
// and kept to sign each post (a digest could not sign).
import { randomBytes } from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { alertDeliveries, alertSettings, type EmailMode, type Webhook, webhooks } from '../db/schema/index.ts'
import { ownedRow } from '../db/sql.ts'
import { badRequest, notFound } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import { checkLiteralHost } from '../intake/fetch/address-guard.ts'

export function webhookToApi(w: Webhook) {
  return {
    id: w.id,
    url: w.url,
    secret_prefix: w.secretPrefix,
    failures: w.failures,
    paused: w.pausedAt !== null,
    paused_at: timestampOrNull(w.pausedAt),
    created_at: w.createdAt.toISOString(),
  }
}

/** Checks a webhook address before storing it; the poster checks again on every connection. */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw badRequest('url', 'is not a web address')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badRequest('url', 'must be http or https')
  if (url.username || url.password) throw badRequest('url', 'must not carry a user name or password')
  if (!allowPrivate) {
    try {
      checkLiteralHost(url)
    } catch (err) {
      throw badRequest('url', (err as Error).message)
    }
    if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(url.hostname))
      throw badRequest('url', `${url.hostname} is a private name`)
  }
  return url.toString()
}

export async function createWebhook(db: Db, userId: number, url: string) {
  const secret = `whsec_${randomBytes(24).toString('base64url')}`
  const [row] = await db
    .insert(webhooks)
    .values({ userId, url, secret, secretPrefix: secret.slice(0, 10) })
    .returning()
  if (!row) throw new Error('webhook not stored')
  return { ...webhookToApi(row), secret }
}

export async function listWebhooks(db: Db, userId: number) {
  const rows = await db.select().from(webhooks).where(eq(webhooks.userId, userId)).orderBy(desc(webhooks.id))
  return rows.map(webhookToApi)
}

const mine = (db: Db, userId: number, id: number) =>
  ownedRow(db, webhooks, webhooks.userId, userId, id, 'Webhook')

export async function deleteWebhook(db: Db, userId: number, id: number) {
  await mine(db, userId, id)
  await db.delete(webhooks).where(eq(webhooks.id, id))
}

/** Resumes a paused webhook: its failures start again from zero and held deliveries go out. */
export async function resumeWebhook(db: Db, userId: number, id: number) {
  await mine(db, userId, id)
  const [w] = await db
    .update(webhooks)
    .set({ pausedAt: null, failures: 0 })
    .where(eq(webhooks.id, id))
    .returning()
  if (!w) throw notFound('Webhook', id)
  return webhookToApi(w)
}

export async function webhookLog(db: Db, userId: number, id: number, limit: number) {
  await mine(db, userId, id)
  const rows = await db
    .select()
    .from(alertDeliveries)
    .where(eq(alertDeliveries.webhookId, id))
    .orderBy(desc(alertDeliveries.id))
    .limit(limit)
  return rows.map((d) => ({
    id: d.id,
    key: d.key,
    status: d.status,
    attempts: d.attempts,
    response_status: d.responseStatus,
    last_error: d.lastError,
    created_at: d.createdAt.toISOString(),
    sent_at: timestampOrNull(d.sentAt),
    next_attempt_at: d.status === 'pending' ? d.dueAt.toISOString() : null,
  }))
}

export interface SettingsInput {
  email_mode: EmailMode
  digest_time: string
  timezone: string
}

export async function readSettings(db: Db, userId: number) {
  const [s] = await db.select().from(alertSettings).where(eq(alertSettings.userId, userId))
  return {
    email_mode: s?.emailMode ?? 'immediate',
    digest_time: s?.digestTime ?? '08:00',
    timezone: s?.timezone ?? 'UTC',
    muted: Boolean(s?.mutedAt),
  }
}

/** Saving settings unmutes: choosing how to get e-mail is asking for it again. */
export async function saveSettings(db: Db, userId: number, input: SettingsInput) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: input.timezone })
  } catch {
    throw badRequest('timezone', `${input.timezone} is not a known time zone`)
  }
  const values = {
    emailMode: input.email_mode,
    digestTime: input.digest_time,
    timezone: input.timezone,
    mutedAt: null,
    updatedAt: new Date(),
  }
  await db
    .insert(alertSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: alertSettings.userId, set: values })
  return readSettings(db, userId)
}

/** The one-click mute from an e-mail. */
export async function muteEmail(db: Db, userId: number) {
  const now = new Date()
  await db
    .insert(alertSettings)
    .values({ userId, mutedAt: now })
    .onConflictDoUpdate({ target: alertSettings.userId, set: { mutedAt: now, updatedAt: now } })
}
