import { eq, or, sql } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { extractedToRow } from '../claims/shape.ts'
import { type Article, articles, auditLog, claims } from '../db/schema/index.ts'
import type { Runner, Tx } from '../db/sql.ts'
import { jsonb } from '../db/sql.ts'
import { articleGeoColumns } from '../geo/store/columns.ts'
import { type AssignRow, fileClaims } from '../series/store/assign.ts'
import { LOCAL, nearDuplicateFinder } from './near.ts'
import { outletKey, resolveOutlets } from './outlet-rows.ts'
import type { Prepared } from './prepare.ts'
import { insertClaims } from './rows.ts'

/** Another transaction stored one of the articles first: the caller stores them one at a time. */
export class ConcurrentInsert extends Error {}

/**
 * Articles stored (and committed) earlier in the same batch, by text and URL: a later copy finds them
 * without asking the database.
 */
export interface Seen {
  byHash: Map<string, IngestResult>
  byUrl: Map<string, IngestResult>
}
export const newSeen = (): Seen => ({ byHash: new Map(), byUrl: new Map() })

/**
 * Writes articles not found stored, in order, inside the caller's transaction, with a few statements for
 * all of them: the articles, their bands, their claims (already filed in their series) and the audit
 * entries. The results are those of storing them one after another: a copy of an earlier one is
 * "existing", a near-duplicate links to an earlier one. Returns the series to refresh.
 */
export async function storeArticles(tx: Tx, actor: Actor, list: Prepared[], seen = newSeen()) {
  const slots: (IngestResult | number)[] = []
  const fresh: Prepared[] = []
  const local = newSeen() as unknown as { byHash: Map<string, number>; byUrl: Map<string, number> }
  for (const p of list) {
    const earlier = seen.byHash.get(p.hash) ?? (p.url ? seen.byUrl.get(p.url) : undefined)
    const here = local.byHash.get(p.hash) ?? (p.url ? local.byUrl.get(p.url) : undefined)
    if (earlier) slots.push({ ...earlier, status: 'existing' })
    else if (here !== undefined) slots.push(here)
    else {
      local.byHash.set(p.hash, fresh.length)
      if (p.url) local.byUrl.set(p.url, fresh.length)
      slots.push(fresh.length)
      fresh.push(p)
    }
  }
  if (!fresh.length) return { results: slots as IngestResult[], touched: [] }

  const [finder, outlets] = await Promise.all([
    nearDuplicateFinder(
      tx,
      fresh.map((p) => p.print),
    ),
    resolveOutlets(
      tx,
      fresh.map((p) => ({ input: p.input.outlet, url: p.url })),
    ),
  ])
  const links = fresh.map((_, i) => {
    const best = finder.best(i)
    finder.add(i, best?.id ?? null)
    return best
  })
  const stored = await tx
    .insert(articles)
    .values(
      fresh.map((p, i) => ({
        title: p.input.title?.trim() || null,
        url: p.url,
        outletId: outlets.get(outletKey({ input: p.input.outlet, url: p.url })),
        published: p.published,
        dateUnknown: !p.published,
        text: p.text,
        contentHash: p.hash,
        language: p.language,
        signature: p.print.signature,
        sketch: p.print.sketch,
        shingleCount: p.print.size,
        duplicateOf: links[i] && links[i].id < LOCAL ? links[i].id : null,
        duplicateScore: links[i]?.score ?? null,
        ingestedBy: actor.id,
      })),
    )
    .onConflictDoNothing()
    .returning()
  if (stored.length < fresh.length) {
    if (list.length > 1) throw new ConcurrentInsert()
    // A concurrent request stored the same article first; ours adds nothing.
    const existing = await findExisting(tx, fresh[0].hash, fresh[0].url)
    if (!existing) throw new Error('article conflict without an existing row')
    return { results: [existing], touched: [] }
  }
  const byHash = new Map(stored.map((a) => [a.contentHash, a]))
  const rows: Article[] = fresh.map((p) => byHash.get(p.hash)!)
  await linkCopies(tx, rows, links)

  // The first of several copies in the list is created; the others find it.
  const first = new Set<number>()
  const results = slots.map((s): IngestResult => {
    if (typeof s !== 'number') return s
    const status = first.has(s) ? 'existing' : 'created'
    first.add(s)
    const error = status === 'created' ? fresh[s].extractionError : undefined
    return {
      status,
      article: rows[s],
      claimCount: fresh[s].extracted.length,
      ...(error ? { extractionError: error } : {}),
    }
  })

  // Statements that nothing below reads go out without waiting: the database works on them while this
  // thread files the claims. A failure still fails the transaction, at the end.
  const sent: Promise<unknown>[] = []
  const send = (statement: PromiseLike<unknown>) => {
    // Once: drizzle runs a query each time it is awaited.
    const running = Promise.resolve(statement)
    running.catch(() => {})
    sent.push(running)
  }
  send(
    tx.execute(
      sql`insert into article_bands (band, article_id)
      select jsonb_array_elements_text(x.bands), x.id
      from jsonb_to_recordset(${jsonb(rows.map((a, i) => ({ id: a.id, bands: [...new Set(fresh[i].print.bands)] })))})
        as x(id bigint, bands jsonb)`,
    ),
  )
  const claims = fresh.flatMap((p, i) => {
    const geo = articleGeoColumns(p.extracted)
    return p.extracted.map((c, k) => ({ ...extractedToRow(c, rows[i].id, actor.id), ...geo[k] }))
  })
  const texts = new Map(fresh.map((p, i) => [rows[i].id, p.text]))
  // A claim just extracted is filed like a stored one that no editor has moved.
  const unfiled = claims.map((r) => ({ seriesLocked: false, seriesId: null, ...r }) as AssignRow)
  const { filings, touched } = await fileClaims(tx, unfiled, texts)
  send(
    insertClaims(
      tx,
      claims.map((r, i) => ({ ...r, ...filings[i] })),
    ),
  )
  send(
    tx.insert(auditLog).values(
      rows.map((a, i) => ({
        entity: 'article',
        entityId: a.id,
        action: 'ingest',
        actorId: actor.id,
        actorLabel: actor.label,
        after: { title: a.title, url: a.url, published: a.published, claims: fresh[i].extracted.length },
      })),
    ),
  )
  await Promise.all(sent)
  return { results, touched }
}

/** Near-duplicates of articles stored in the same statement get their link once both have an id. */
async function linkCopies(tx: Tx, rows: Article[], links: ({ id: number } | null)[]) {
  const idOf = (ref: number) => (ref >= LOCAL ? rows[ref - LOCAL].id : ref)
  const late = rows.flatMap((a, i) => {
    const ref = links[i]?.id
    if (ref === undefined || ref < LOCAL) return []
    a.duplicateOf = idOf(ref)
    return [{ id: a.id, duplicate_of: a.duplicateOf }]
  })
  if (late.length)
    await tx.execute(
      sql`update articles a set duplicate_of = x.duplicate_of
        from jsonb_to_recordset(${jsonb(late)}) as x(id bigint, duplicate_of bigint) where a.id = x.id`,
    )
}

export interface IngestResult {
  status: 'created' | 'existing'
  article: Article
  claimCount: number
  /** Why the extractor failed on a newly stored article (stored with no claims), for the caller's log. */
  extractionError?: string
}

/** The stored article with this text hash or URL, if any. */
export async function findExisting(
  db: Runner,
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
