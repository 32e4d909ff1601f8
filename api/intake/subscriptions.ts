import { eq, sql } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import { intakeItems, type Subscription, subscriptions } from '../db/schema/index.ts'
import { HttpError, notFound } from '../http/errors.ts'
import type { IntakeContext } from './context.ts'
import { detectKind } from './detect-kind.ts'
import { IntakeError } from './fetch/errors.ts'
import type { SubscriptionCreateBody, SubscriptionPatchBody, SubscriptionViewT } from './schemas.ts'

const COUNTS = {
  itemsSeen: sql<number>`count(${intakeItems.id})::int`,
  itemsPending: sql<number>`(count(*) filter (where ${intakeItems.state} = 'pending'))::int`,
  itemsFailed: sql<number>`(count(*) filter (where ${intakeItems.state} = 'failed'))::int`,
  articlesMade: sql<number>`(count(distinct ${intakeItems.articleId}) filter (where ${intakeItems.state} = 'stored'))::int`,
  figuresFound: sql<number>`coalesce(sum(${intakeItems.claimCount}) filter (where ${intakeItems.state} = 'stored'), 0)::int`,
}
type Counts = { [K in keyof typeof COUNTS]: number }

// Audited as stored.
const audited = auditedEdits({
  entity: 'subscription',
  label: 'Subscription',
  table: subscriptions,
  toApi: (s: Subscription) => s,
})

function view(s: Subscription, c: Counts): SubscriptionViewT {
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  return {
    id: s.id,
    url: s.url,
    kind: s.kind,
    name: s.name,
    every_minutes: s.everyMinutes,
    include: s.include,
    exclude: s.exclude,
    language: s.language,
    paused: s.paused,
    status: s.paused && s.status !== 'paused' ? 'paused' : s.status,
    last_poll_at: iso(s.lastPollAt),
    last_result: s.lastResult,
    last_error: s.lastError,
    failing_since: iso(s.failingSince),
    next_poll_at: s.paused ? null : iso(s.nextPollAt),
    items_seen: c.itemsSeen,
    items_pending: c.itemsPending,
    items_failed: c.itemsFailed,
    articles_made: c.articlesMade,
    figures_found: c.figuresFound,
    created_at: s.createdAt.toISOString(),
  }
}

export async function listSubscriptions(
  ctx: Pick<IntakeContext, 'db'>,
  id?: number,
): Promise<SubscriptionViewT[]> {
  const rows = await ctx.db
    .select({ s: subscriptions, ...COUNTS })
    .from(subscriptions)
    .leftJoin(intakeItems, eq(intakeItems.subscriptionId, subscriptions.id))
    .where(id === undefined ? undefined : eq(subscriptions.id, id))
    .groupBy(subscriptions.id)
    .orderBy(subscriptions.id)
  return rows.map(({ s, ...c }) => view(s, c))
}

export async function getSubscription(
  ctx: Pick<IntakeContext, 'db'>,
  id: number,
): Promise<SubscriptionViewT> {
  const [one] = await listSubscriptions(ctx, id)
  if (!one) throw notFound('Subscription', id)
  return one
}

/** Adds a subscription; without a kind, the URL is fetched once to find out what it is. */
export async function createSubscription(ctx: IntakeContext, actor: Actor, body: SubscriptionCreateBody) {
  let kind = body.kind
  let url = body.url
  let name = body.name ?? null
  if (!kind) {
    try {
      const found = await detectKind(ctx.fetcher, body.url)
      kind = found.kind
      url = found.url
      name ??= found.name
    } catch (err) {
      if (err instanceof IntakeError)
        throw new HttpError(422, 'unreadable_url', `body.url: ${err.message}`, [
          { field: 'body.url', message: err.message },
        ])
      throw err
    }
  }
  return ctx.db.transaction(async (tx) => {
    const [s] = await tx
      .insert(subscriptions)
      .values({
        url,
        kind,
        name: name ?? new URL(url).hostname,
        everyMinutes: body.every_minutes ?? 60,
        include: body.include ?? [],
        exclude: body.exclude ?? [],
        language: body.language ?? null,
        // Its first poll is sent as it is created; the next one comes after the interval.
        nextPollAt: new Date(Date.now() + (body.every_minutes ?? 60) * 60_000),
        createdBy: actor.id,
      })
      .onConflictDoNothing({ target: subscriptions.url })
      .returning()
    if (!s)
      throw new HttpError(409, 'exists', `body.url: ${url} is already watched`, [
        { field: 'body.url', message: 'already watched' },
      ])
    await audited.created(tx, actor, s)
    return s
  })
}

export async function updateSubscription(
  ctx: IntakeContext,
  actor: Actor,
  id: number,
  body: SubscriptionPatchBody,
) {
  await ctx.db.transaction(async (tx) => {
    const resumed = (before: Subscription) => body.paused === false && before.paused
    const action = (before: Subscription) =>
      body.paused === true ? 'pause' : resumed(before) ? 'resume' : 'update'
    await audited.change(tx, actor, id, action, async (tx, before) => {
      const [after] = await tx
        .update(subscriptions)
        .set({
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.every_minutes !== undefined ? { everyMinutes: body.every_minutes } : {}),
          ...(body.include !== undefined ? { include: body.include } : {}),
          ...(body.exclude !== undefined ? { exclude: body.exclude } : {}),
          ...(body.language !== undefined ? { language: body.language } : {}),
          ...(body.paused !== undefined
            ? { paused: body.paused, status: body.paused ? 'paused' : before.status }
            : {}),
          // Resuming starts afresh: polled at once, the run of failures forgotten.
          ...(resumed(before)
            ? { status: 'new' as const, nextPollAt: new Date(), failures: 0, failingSince: null }
            : {}),
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(subscriptions.id, id))
        .returning()
      return after
    })
  })
  return getSubscription(ctx, id)
}

export async function deleteSubscription(ctx: IntakeContext, actor: Actor, id: number) {
  await audited.remove(ctx.db, actor, id)
}
