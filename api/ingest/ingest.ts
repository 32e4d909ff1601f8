import type { BaseLogger } from 'pino'
import type { Actor } from '../audit/audit.ts'
import type { Db } from '../db/client.ts'
import { refreshCommitted } from '../series/store/deferred.ts'
import { linkRacedCopies } from './near-late.ts'
import { type ArticleInput, identify, prepare } from './prepare.ts'
import { findExisting, type IngestResult, storeArticles } from './store.ts'

export type { ArticleInput, Identified, Prepared } from './prepare.ts'
export type { IngestResult } from './store.ts'

/** An article stored without its figures because the extractor failed on it must not pass silently. */
export function logExtractionFailure(log: Pick<BaseLogger, 'error'>, result: IngestResult): void {
  if (result.extractionError)
    log.error(
      { articleId: result.article.id, err: result.extractionError },
      'extraction failed; article stored without claims',
    )
}

/**
 * Stores an article and every claim the extractor finds in it, all in one transaction, then refreshes
 * the series its claims joined (after commit: the transaction holds no series locks). Sending the
 * same article again (same URL or same normalised text), even concurrently, returns the stored one.
 */
export async function ingestArticle(db: Db, actor: Actor, input: ArticleInput): Promise<IngestResult> {
  const found = identify(input)
  const known = await findExisting(db, found.hash, found.url)
  if (known) return known
  // CPU work happens before the transaction so that locks are held only for the writes.
  const ready = prepare(found)
  const { results, touched } = await db.transaction((tx) => storeArticles(tx, actor, [ready]))
  const result = results[0]
  if (!result) throw new Error('no result for a stored article')
  await refreshCommitted(db, touched)
  if (result.status === 'created') {
    const { article } = result
    const linked = await linkRacedCopies(db, [
      { id: article.id, duplicateOf: article.duplicateOf, print: ready.print },
    ])
    article.duplicateOf = linked.get(article.id) ?? article.duplicateOf
  }
  return result
}
