import { and, desc, eq, gt, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { inboxViews, intakeItems, subscriptions } from '../db/schema/index.ts'
import { timestampOrNull } from '../http/schemas.ts'

const WEEK_MS = 7 * 24 * 3600_000

/** What arrived since the user last looked: stored items with figures by subscription, the others apart. */
export async function readInbox(db: Db, userId: number | null) {
  const [v] = userId ? await db.select().from(inboxViews).where(eq(inboxViews.userId, userId)) : []
  const since = v?.seenAt ?? new Date(Date.now() - WEEK_MS)
  const rows = await db
    .select({
      item_id: intakeItems.id,
      article_id: intakeItems.articleId,
      title: intakeItems.title,
      url: intakeItems.url,
      claim_count: intakeItems.claimCount,
      stored_at: intakeItems.storedAt,
      subscription_id: intakeItems.subscriptionId,
      subscription: subscriptions.name,
    })
    .from(intakeItems)
    .leftJoin(subscriptions, eq(subscriptions.id, intakeItems.subscriptionId))
    .where(
      and(eq(intakeItems.state, 'stored'), gt(intakeItems.storedAt, since), isNull(intakeItems.dismissedAt)),
    )
    .orderBy(desc(intakeItems.storedAt))
    .limit(1000)
  const groups = new Map<
    string,
    { subscription_id: number | null; subscription: string; items: ReturnType<typeof item>[] }
  >()
  const without: ReturnType<typeof item>[] = []
  for (const r of rows) {
    if (!r.claim_count) {
      without.push(item(r))
      continue
    }
    const key = String(r.subscription_id ?? 0)
    let g = groups.get(key)
    if (!g) {
      g = { subscription_id: r.subscription_id, subscription: r.subscription ?? 'Fetched by URL', items: [] }
      groups.set(key, g)
    }
    g.items.push(item(r))
  }
  const withFigures = [...groups.values()]
  const articleIds = [
    ...new Set(withFigures.flatMap((g) => g.items.map((i) => i.article_id)).filter((id) => id !== null)),
  ]
  return {
    since: since.toISOString(),
    with_figures: withFigures,
    without_figures: without,
    article_ids: articleIds as number[],
  }
}

function item(r: {
  item_id: number
  article_id: number | null
  title: string | null
  url: string | null
  claim_count: number | null
  stored_at: Date | null
}) {
  return {
    item_id: r.item_id,
    article_id: r.article_id,
    title: r.title,
    url: r.url,
    claim_count: r.claim_count ?? 0,
    stored_at: timestampOrNull(r.stored_at),
  }
}

export async function markInboxSeen(db: Db, userId: number) {
  const now = new Date()
  await db
    .insert(inboxViews)
    .values({ userId, seenAt: now })
    .onConflictDoUpdate({ target: inboxViews.userId, set: { seenAt: now } })
  return now.toISOString()
}

/** Dismisses an item (one without figures, usually); true when there was one to dismiss. */
export async function dismissItem(db: Db, itemId: number): Promise<boolean> {
  const r = await db
    .update(intakeItems)
    .set({ dismissedAt: new Date() })
    .where(and(eq(intakeItems.id, itemId), isNull(intakeItems.dismissedAt)))
    .returning({ id: intakeItems.id })
  return r.length > 0
}
