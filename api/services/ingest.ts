import { eq, inArray, or } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { type Article, articleBands, articles, claims } from '../db/schema/index.ts'
import { extractClaims } from '../extractor/index.ts'
import { contentHash, findPublishedDate, guessLanguage } from '../text/article-text.ts'
import { type Fingerprint, fingerprint, isNearDuplicate, overlap } from '../text/near-duplicate.ts'
import { type Actor, audit } from './audit.ts'
import { extractedToRow } from './claim-shape.ts'
import { badRequest } from './errors.ts'
import { type OutletInput, resolveOutlet } from './outlets.ts'
import { assignClaims } from './series-assign.ts'
import { refreshSeries } from './series-claims.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

export interface ArticleInput {
  text?: string
  title?: string | null
  url?: string | null
  outlet?: OutletInput
  published?: string | null
  language?: string | null
}

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
  const text = input.text ?? ''
  if (!text.trim()) throw badRequest('body.text', 'must not be empty')
  const hash = contentHash(text)
  const url = input.url?.trim() || null

  const known = await findExisting(db, hash, url)
  if (known) return known

  // CPU work happens before the transaction so that locks are held only for the writes.
  const published = input.published ?? findPublishedDate(text)
  const extracted = extractClaims(text, { published })
  const print = fingerprint(text)

  return db.transaction(async (tx) => {
    const outletId = await resolveOutlet(tx, input.outlet, url)
    const duplicate = await findNearDuplicate(tx, print)
    const [article] = await tx
      .insert(articles)
      .values({
        title: input.title?.trim() || null,
        url,
        outletId,
        published: published ?? null,
        dateUnknown: !published,
        text,
        contentHash: hash,
        language: input.language ?? guessLanguage(text),
        signature: print.signature,
        sketch: print.sketch,
        shingleCount: print.size,
        duplicateOf: duplicate?.id ?? null,
        duplicateScore: duplicate?.score ?? null,
        ingestedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning()
    if (!article) {
      // A concurrent request stored the same article first; ours adds nothing.
      const existing = await findExisting(tx, hash, url)
      if (existing) return existing
      throw new Error('article conflict without an existing row')
    }
    const bands = [...new Set(print.bands)]
    if (bands.length)
      await tx.insert(articleBands).values(bands.map((band) => ({ band, articleId: article.id })))
    if (extracted.length) {
      const rows = await tx
        .insert(claims)
        .values(extracted.map((c) => extractedToRow(c, article.id, actor.id)))
        .returning()
      await refreshSeries(tx, await assignClaims(tx, rows, new Map([[article.id, text]])))
    }
    await audit(tx, actor, {
      entity: 'article',
      entityId: article.id,
      action: 'ingest',
      after: { title: article.title, url, published: article.published, claims: extracted.length },
    })
    return { status: 'created', article, claimCount: extracted.length }
  })
}

async function findExisting(db: Db | Tx, hash: string, url: string | null): Promise<IngestResult | null> {
  const match = url
    ? or(eq(articles.contentHash, hash), eq(articles.url, url))
    : eq(articles.contentHash, hash)
  const [article] = await db.select().from(articles).where(match).limit(1)
  if (!article) return null
  const count = await db.$count(claims, eq(claims.articleId, article.id))
  return { status: 'existing', article, claimCount: count }
}

/** The best stored match, found through shared LSH band keys and confirmed on the shingle sketches. */
async function findNearDuplicate(tx: Tx, print: Fingerprint) {
  if (!print.bands.length) return null
  const candidates = await tx
    .selectDistinct({
      id: articles.id,
      signature: articles.signature,
      sketch: articles.sketch,
      size: articles.shingleCount,
      duplicateOf: articles.duplicateOf,
    })
    .from(articleBands)
    .innerJoin(articles, eq(articles.id, articleBands.articleId))
    .where(inArray(articleBands.band, print.bands))
    .limit(200)
  let best: { id: number; score: number } | null = null
  for (const c of candidates) {
    const other: Fingerprint = { signature: c.signature, sketch: c.sketch, size: c.size, bands: [] }
    if (!isNearDuplicate(print, other)) continue
    const score = overlap(print, other)
    // Link to the original, not to another copy of it.
    if (!best || score > best.score) best = { id: c.duplicateOf ?? c.id, score }
  }
  return best
}
