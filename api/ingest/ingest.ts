import { eq, or } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import type { Db } from '../db/client.ts'
import { type Article, articles, claims } from '../db/schema/index.ts'
import { refreshSeries } from '../series/store/claims.ts'
import { type ArticleInput, identify, prepare } from './prepare.ts'
import { storeArticles } from './store.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export type { ArticleInput, Identified, Prepared } from './prepare.ts'

export interface IngestResult {
  status: 'created' | 'existing'
  article: Article
  claimCount: number
}

/**
 * Stores an article and every claim the extractor finds in it, all in one transaction. Sending the
 * same article again (same URL or same normalised text), even concurrently, returns the stored one.
 */
export async function ingestArticle(db: Db, actor: Actor, input: ArticleInput): Promise<IngestResult> {
  const found = identify(input)
  const known = await findExisting(db, found.hash, found.url)
  if (known) return known
  // CPU work happens before the transaction so that locks are held only for the writes.
  const ready = prepare(found)
  return db.transaction(async (tx) => {
    const { results, touched } = await storeArticles(tx, actor, [ready])
    await refreshSeries(tx, touched)
    return results[0]
  })
}

export async function findExisting(
  db: Db | Tx,
  hash: string,
  url: string | null,
): Promise<IngestResult | null> {
  const match = url
    ? or(eq(articles.contentHash, hash), eq(articles.url, url))
    : eq(articles.contentHash, hash)
  const [article] = await db.select().from(articles).where(match).limit(1)
  if (!article) return null
  const count = await db.$count(claims, eq(claims.articleId, article.id))
  return { status: 'existing', article, claimCount: count }
}
