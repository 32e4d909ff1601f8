import { eq } from 'drizzle-orm'
import { intakeItems, type NewIntakeItem, type Subscription, subscriptions } from '../db/schema/index.ts'
import { sha256 } from './archive.ts'
import { FAILING_AFTER_MS, GONE_TRIES, retryDelayMs } from './backoff.ts'
import type { IntakeContext } from './context.ts'
import { decodeText } from './fetch/charset.ts'
import { IntakeError } from './fetch/errors.ts'
import { skipReason } from './filters.ts'
import { processItem } from './item.ts'
import { readFeed } from './read/feed.ts'
import { readReliefWeb, reliefWebPageUrl } from './read/reliefweb.ts'

/** Pages of a ReliefWeb query read in one poll; older reports come in on the next polls. */
const RELIEFWEB_PAGES = 5

export interface PollResult {
  ok: boolean
  /** Items new to Tally, left pending for the item jobs. */
  newItems: number[]
  message: string
}

/**
 * Polls one subscription: fetches what it lists, records every new item once (pending, or skipped by
 * the filters) and updates the subscription's status. The items are fetched by their own jobs.
 */
export async function pollSubscription(ctx: IntakeContext, id: number): Promise<PollResult> {
  const [sub] = await ctx.db.select().from(subscriptions).where(eq(subscriptions.id, id))
  if (!sub) return { ok: false, newItems: [], message: 'no such subscription' }
  try {
    const { newItems, message } =
      sub.kind === 'feed'
        ? await pollFeed(ctx, sub)
        : sub.kind === 'reliefweb'
          ? await pollReliefWeb(ctx, sub)
          : await pollPage(ctx, sub)
    await ctx.db
      .update(subscriptions)
      .set({
        status: 'ok',
        lastPollAt: new Date(),
        lastResult: message,
        lastError: null,
        failures: 0,
        failingSince: null,
        nextPollAt: new Date(Date.now() + sub.everyMinutes * 60_000),
      })
      .where(eq(subscriptions.id, id))
    return { ok: true, newItems, message }
  } catch (err) {
    const e = err instanceof IntakeError ? err : new IntakeError('bad_content', (err as Error).message)
    if (!(err instanceof IntakeError)) ctx.log.error({ err, subscription: id }, 'poll failed unexpectedly')
    await recordFailure(ctx, sub, e)
    return { ok: false, newItems: [], message: `${e.code}: ${e.message}` }
  }
}

async function recordFailure(ctx: IntakeContext, sub: Subscription, e: IntakeError) {
  const now = Date.now()
  const failures = sub.failures + 1
  const since = sub.failingSince ?? new Date(now)
  const gone = e.code === 'not_found' && failures >= GONE_TRIES
  const status = gone ? 'paused' : now - since.getTime() >= FAILING_AFTER_MS ? 'failing' : 'erroring'
  await ctx.db
    .update(subscriptions)
    .set({
      status,
      paused: gone ? true : sub.paused,
      lastPollAt: new Date(now),
      lastResult: null,
      lastError: `${e.code}: ${e.message}${gone ? ` (paused after ${failures} tries)` : ''}`,
      failures,
      failingSince: since,
      nextPollAt: new Date(now + retryDelayMs(failures, sub.everyMinutes, e.extra.retryAfterMs)),
    })
    .where(eq(subscriptions.id, sub.id))
}

type Candidate = Omit<NewIntakeItem, 'subscriptionId' | 'state' | 'error'>

/** Inserts the items not seen before; returns the ids of those left pending (not skipped). */
async function record(ctx: IntakeContext, sub: Subscription, candidates: Candidate[]): Promise<number[]> {
  if (!candidates.length) return []
  const rows: NewIntakeItem[] = candidates.map((c) => {
    const reason = skipReason(
      { title: c.title ?? null, content: c.content ?? null, language: c.language ?? null },
      sub,
    )
    return {
      ...c,
      subscriptionId: sub.id,
      state: reason ? 'skipped' : 'pending',
      error: reason ? `skipped: ${reason}` : null,
    }
  })
  const inserted = await ctx.db
    .insert(intakeItems)
    .values(rows)
    // The only unique key is (subscription, key): an item seen before is left as it is.
    .onConflictDoNothing()
    .returning({ id: intakeItems.id, state: intakeItems.state })
  return inserted.filter((r) => r.state === 'pending').map((r) => r.id)
}

/** The subscription's URL, conditional on what the last poll saw (ETag, Last-Modified). */
const fetchSince = (ctx: IntakeContext, sub: Subscription, kind: 'feed' | 'document') =>
  ctx.fetcher.fetch({ url: sub.url, kind, etag: sub.etag, lastModified: sub.lastModified })

async function pollFeed(ctx: IntakeContext, sub: Subscription) {
  const res = await fetchSince(ctx, sub, 'feed')
  if (res.notModified) return { newItems: [], message: 'not modified' }
  const feed = readFeed(decodeText(res.bytes, res.contentType))
  const seen = new Set<string>()
  const candidates: Candidate[] = []
  for (const i of feed.items) {
    const key = i.guid ?? i.url
    if (!key || seen.has(key)) continue
    seen.add(key)
    candidates.push({
      key,
      url: i.url,
      title: i.title,
      published: i.published,
      content: i.html,
      language: i.language,
      pdfs: i.pdfs,
    })
  }
  const newItems = await record(ctx, sub, candidates)
  await ctx.db
    .update(subscriptions)
    .set({ etag: res.etag, lastModified: res.lastModified })
    .where(eq(subscriptions.id, sub.id))
  return { newItems, message: `${feed.items.length} items, ${newItems.length} new` }
}

async function pollReliefWeb(ctx: IntakeContext, sub: Subscription) {
  const newItems: number[] = []
  let listed = 0
  for (let page = 0, offset = 0; page < RELIEFWEB_PAGES; page++) {
    const res = await ctx.fetcher.fetch({ url: reliefWebPageUrl(sub.url, offset, ctx.appname), kind: 'feed' })
    const answer = readReliefWeb(decodeText(res.bytes, res.contentType))
    listed += answer.items.length
    const added = await record(
      ctx,
      sub,
      answer.items.map((i) => ({
        key: i.guid,
        url: i.url,
        title: i.title,
        published: i.published,
        content: i.text,
        source: i.source,
        language: i.language,
        pdfs: i.pdfs,
      })),
    )
    newItems.push(...added)
    offset += answer.items.length
    // Reports come newest first: a page with nothing new means the rest was seen before.
    if (!answer.items.length || offset >= answer.total || added.length === 0) break
  }
  return { newItems, message: `${listed} reports, ${newItems.length} new` }
}

/** A watched page is one item per version: fetched and stored in the poll itself. */
async function pollPage(ctx: IntakeContext, sub: Subscription) {
  const res = await fetchSince(ctx, sub, 'document')
  await ctx.db
    .update(subscriptions)
    .set({ etag: res.etag, lastModified: res.lastModified })
    .where(eq(subscriptions.id, sub.id))
  if (res.notModified) return { newItems: [], message: 'not modified' }
  const [first] = await ctx.db
    .select({ id: intakeItems.id })
    .from(intakeItems)
    .where(eq(intakeItems.subscriptionId, sub.id))
    .limit(1)
  const key = first ? `${sub.url}@${sha256(res.bytes)}` : sub.url
  const [id] = await record(ctx, sub, [
    { key, url: sub.url, title: null, published: null, content: null, language: null, pdfs: [] },
  ])
  if (id === undefined) return { newItems: [], message: 'unchanged' }
  const outcome = await processItem(ctx, id, res)
  if (outcome === 'failed' || outcome === 'retry') {
    const [item] = await ctx.db
      .select({ error: intakeItems.error })
      .from(intakeItems)
      .where(eq(intakeItems.id, id))
    throw new IntakeError('bad_content', item?.error ?? 'the page could not be read')
  }
  return { newItems: [], message: first ? 'changed: new version stored' : 'stored' }
}
