import { and, desc, eq } from 'drizzle-orm'
import { type Actor, SYSTEM } from '../audit/audit.ts'
import { intakeItems, subscriptions } from '../db/schema/index.ts'
import { HttpError } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import { sha256 } from './archive.ts'
import type { IntakeContext } from './context.ts'
import { IntakeError } from './fetch/errors.ts'
import type { FetchResult } from './fetch/fetcher.ts'
import { processItem } from './item.ts'

/**
 * POST /api/articles with a url and no text, and `npm run ingest -- URL`: fetches the page or PDF and
 * ingests it like any pasted article, recording the fetch (archive, hash, time) as an intake item.
 */
export async function ingestUrl(
  ctx: IntakeContext,
  url: string,
  given: { title?: string | null; published?: string | null } = {},
  actor: Actor = SYSTEM,
) {
  let res: Awaited<ReturnType<IntakeContext['fetcher']['fetch']>>
  try {
    res = await ctx.fetcher.fetch({ url, kind: 'document' })
  } catch (err) {
    if (err instanceof IntakeError)
      throw new HttpError(422, 'unreadable_url', `body.url: ${err.message}`, [
        { field: 'body.url', message: err.message },
      ])
    throw err
  }
  return ingestFetched(
    ctx,
    res,
    { key: `${url}#${res.fetchedAt.toISOString()}`, url, field: 'body.url' },
    given,
    actor,
  )
}

/** An uploaded PDF or page (the bytes themselves), read and stored like a fetched one, archive included. */
export async function ingestUpload(
  ctx: IntakeContext,
  bytes: Buffer,
  contentType: string,
  given: { title?: string | null; published?: string | null } = {},
  actor: Actor = SYSTEM,
) {
  const res: FetchResult = {
    url: '',
    status: 200,
    notModified: false,
    mime: contentType.split(';')[0].trim().toLowerCase(),
    contentType,
    bytes,
    etag: null,
    lastModified: null,
    fetchedAt: new Date(),
  }
  return ingestFetched(
    ctx,
    res,
    { key: `upload:${sha256(bytes)}:${Date.now()}`, url: null, field: 'body' },
    given,
    actor,
  )
}

async function ingestFetched(
  ctx: IntakeContext,
  res: FetchResult,
  where: { key: string; url: string | null; field: string },
  given: { title?: string | null; published?: string | null },
  actor: Actor,
) {
  const [item] = await ctx.db
    .insert(intakeItems)
    .values({
      key: where.key,
      url: where.url,
      title: given.title ?? null,
      published: given.published ?? null,
    })
    .returning({ id: intakeItems.id })
  const out: { created?: boolean } = {}
  await processItem(ctx, item.id, res, actor, out)
  const [done] = await ctx.db.select().from(intakeItems).where(eq(intakeItems.id, item.id))
  if (done.state !== 'stored' || !done.articleId) {
    const message = done.error ?? 'could not be read'
    throw new HttpError(422, 'unreadable_document', `${where.field}: ${message}`, [
      { field: where.field, message },
    ])
  }
  return {
    articleId: done.articleId,
    claimCount: done.claimCount ?? 0,
    status: out.created ? ('created' as const) : ('existing' as const),
  }
}

/** Where an article came from: the latest intake item that stored it. */
export async function articleOrigin(ctx: Pick<IntakeContext, 'db'>, articleId: number) {
  const [row] = await ctx.db
    .select({ item: intakeItems, subscription: subscriptions.name })
    .from(intakeItems)
    .leftJoin(subscriptions, eq(subscriptions.id, intakeItems.subscriptionId))
    .where(and(eq(intakeItems.articleId, articleId), eq(intakeItems.state, 'stored')))
    .orderBy(desc(intakeItems.storedAt))
    .limit(1)
  const i = row?.item
  return {
    article_id: articleId,
    original_url: i?.url ?? null,
    subscription_id: i?.subscriptionId ?? null,
    subscription: row?.subscription ?? null,
    fetched_at: timestampOrNull(i?.fetchedAt),
    content_hash: i?.contentHash ?? null,
    content_type: i?.contentType ?? null,
    archive_url: i?.contentHash ? `/api/archive/${i.contentHash}` : null,
  }
}
