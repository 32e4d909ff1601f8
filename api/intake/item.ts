import { and, eq } from 'drizzle-orm'
import { type Actor, SYSTEM } from '../audit/audit.ts'
import { type IntakeItem, intakeItems, subscriptions } from '../db/schema/index.ts'
import { ingestArticle, logExtractionFailure } from '../ingest/ingest.ts'
import { archive } from './archive.ts'
import type { IntakeContext } from './context.ts'
import { IntakeError } from './fetch/errors.ts'
import type { FetchResult } from './fetch/fetcher.ts'
import { type ReadDocument, readDocument } from './read/document.ts'
import { readPage } from './read/page.ts'

/** Attempts at an item before it is marked failed (transient errors only; the others fail at once). */
export const ITEM_TRIES = 3

export type ItemOutcome = 'stored' | 'failed' | 'retry' | 'done-already'

/**
 * Fetches, reads, archives and ingests one item. Safe to run twice, or on two workers at once:
 * ingest returns the stored article for a known URL or text, and the item is marked stored once.
 */
export async function processItem(
  ctx: IntakeContext,
  itemId: number,
  prefetched?: FetchResult,
  actor: Actor = SYSTEM,
  out: { created?: boolean } = {},
): Promise<ItemOutcome> {
  const [item] = await ctx.db.select().from(intakeItems).where(eq(intakeItems.id, itemId))
  if (item?.state !== 'pending') return 'done-already'
  try {
    const got = prefetched ? await fromFetched(ctx, prefetched) : await fetchAndRead(ctx, item)
    const outlet = item.source ?? got.doc.siteName ?? (await subscriptionName(ctx, item))
    const text = got.doc.text.trim()
    if (!text) throw new IntakeError('bad_content', 'no text found in the item')
    const result = await ingestArticle(ctx.db, actor, {
      text,
      title: item.title ?? got.doc.title,
      url: item.url ?? got.url,
      outlet: outlet ?? undefined,
      published: (item.published ?? got.doc.published)?.slice(0, 10) ?? null,
      language: got.doc.language ?? item.language,
    })
    out.created = result.status === 'created'
    logExtractionFailure(ctx.log, result)
    await ctx.db
      .update(intakeItems)
      .set({
        state: 'stored',
        articleId: result.article.id,
        claimCount: result.claimCount,
        contentHash: got.hash,
        contentType: got.contentType,
        fetchedAt: got.fetchedAt,
        storedAt: new Date(),
        error: null,
        attempts: item.attempts + 1,
      })
      .where(and(eq(intakeItems.id, item.id), eq(intakeItems.state, 'pending')))
    return 'stored'
  } catch (err) {
    const e = err instanceof IntakeError ? err : new IntakeError('bad_content', (err as Error).message)
    const attempts = item.attempts + 1
    const final = !e.transient || attempts >= ITEM_TRIES
    await ctx.db
      .update(intakeItems)
      .set({ attempts, error: `${e.code}: ${e.message}`, ...(final ? { state: 'failed' as const } : {}) })
      .where(and(eq(intakeItems.id, item.id), eq(intakeItems.state, 'pending')))
    if (!(err instanceof IntakeError)) ctx.log.error({ err, itemId }, 'intake item failed unexpectedly')
    return final ? 'failed' : 'retry'
  }
}

interface Got {
  doc: ReadDocument
  url: string | null
  hash: string
  contentType: string | null
  fetchedAt: Date
}

async function fromFetched(ctx: IntakeContext, res: FetchResult): Promise<Got> {
  const doc = await readDocument({ bytes: res.bytes, contentType: res.contentType, url: res.url }, ctx.pdf)
  const hash = await archive(ctx.archiveDir, res.bytes)
  // An upload has no URL: '' stays null rather than becoming the article's address.
  return { doc, url: res.url || null, hash, contentType: res.contentType || null, fetchedAt: res.fetchedAt }
}

/**
 * The item's own document: its page (or the PDF behind it); for a ReliefWeb report, the body the API
 * gave, else its first PDF; an item with no link is read from what the feed carried.
 */
async function fetchAndRead(ctx: IntakeContext, item: IntakeItem): Promise<Got> {
  const carried = item.content?.trim() ?? ''
  const reliefweb = item.key.startsWith('reliefweb:')
  if ((reliefweb && carried.length >= 200) || (!item.url && !item.pdfs.length && carried)) {
    const bytes = Buffer.from(carried)
    const doc: ReadDocument = reliefweb
      ? { kind: 'text', title: null, text: carried, published: null, siteName: null, language: null }
      : { kind: 'html', ...readPage(carried) }
    const hash = await archive(ctx.archiveDir, bytes)
    return {
      doc,
      url: null,
      hash,
      contentType: reliefweb ? 'text/markdown' : 'text/html',
      fetchedAt: new Date(),
    }
  }
  const target = reliefweb && item.pdfs.length ? item.pdfs[0] : (item.url ?? item.pdfs[0])
  if (!target) throw new IntakeError('bad_content', 'the item has neither a link nor content')
  const res = await ctx.fetcher.fetch({ url: target, kind: 'document' })
  const got = await fromFetched(ctx, res)
  return { ...got, url: item.url ?? res.url }
}

async function subscriptionName(ctx: IntakeContext, item: IntakeItem): Promise<string | null> {
  if (!item.subscriptionId) return null
  const [s] = await ctx.db
    .select({ name: subscriptions.name, kind: subscriptions.kind })
    .from(subscriptions)
    .where(eq(subscriptions.id, item.subscriptionId))
  // A feed's name is usually its outlet's ("Example Wire"); a watched page's is its own title.
  return s && s.kind === 'feed' ? s.name : null
}
