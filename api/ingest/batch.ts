import { setImmediate } from 'node:timers/promises'
import { or, sql } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import type { Db } from '../db/client.ts'
import { articles } from '../db/schema/index.ts'
import { anyText } from '../db/sql.ts'
import { clientError, HttpError } from '../http/errors.ts'
import { refreshCommitted } from '../series/store/deferred.ts'
import type { IngestResult } from './ingest.ts'
import { linkRacedCopies } from './near-late.ts'
import { type ArticleInput, type Identified, identify, type Prepared, prepare } from './prepare.ts'
import { newSeen, type Seen, storeArticles } from './store.ts'

// Articles per transaction: enough to share the statements and the series refresh, few enough that a
// crash loses little unacknowledged work and that the embedded database, which serves one transaction
// at a time, is not held long.
const CHUNK = { embedded: 25, server: 50 }

export type BatchOutcome = IngestResult | HttpError

interface Chunk {
  items: (Identified | HttpError)[]
  known: Map<Identified, IngestResult>
  todo: Prepared[]
}

/**
 * Ingests many articles with the result each would have had on its own, in order. `inputs` are read
 * lazily: one that throws an HttpError is reported and skipped. Articles are stored in transactions of
 * a few dozen, each committed before the next begins, so a crash never leaves half an article behind;
 * the series they touched are refreshed once per transaction, not once per article, right after its
 * commit (a crash in between leaves the series marked, refreshed later). Any other error
 * ends the batch after committing the articles before it, as one by one would. `embedded`: the
 * database runs on this thread, one transaction at a time, so transactions are kept shorter.
 */
export async function ingestArticles(
  db: Db,
  actor: Actor,
  inputs: (() => ArticleInput)[],
  { embedded = true } = {},
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = []
  const seen = newSeen()
  const size = embedded ? CHUNK.embedded : CHUNK.server
  for (let from = 0; from < inputs.length; from += size) {
    const chunk = await readChunk(db, inputs.slice(from, from + size), seen)
    const stored = await storeChunk(db, actor, chunk.todo, seen)
    for (const a of chunk.items)
      outcomes.push(a instanceof HttpError ? a : (chunk.known.get(a) ?? stored.shift()!))
  }
  return outcomes
}

/** Checks and identifies a chunk's articles, finds those already stored, and extracts the others. */
async function readChunk(db: Db, inputs: (() => ArticleInput)[], seen: Seen): Promise<Chunk> {
  const items = inputs.map((read) => {
    try {
      return identify(read())
    } catch (err) {
      const client = clientError(err)
      if (client) return client
      throw err
    }
  })
  const valid = items.filter((a): a is Identified => !(a instanceof HttpError))
  const known = await findStored(db, valid)
  const todo: Prepared[] = []
  for (const a of valid) {
    if (known.has(a)) continue
    // Copies of articles this batch stored need no extraction: storeArticles finds them in `seen`.
    if (seen.byHash.has(a.hash) || (a.url && seen.byUrl.has(a.url))) {
      todo.push({ ...a, published: null, language: null, extracted: [], print: EMPTY })
      continue
    }
    // The embedded database runs on this thread: let other requests in between articles.
    await setImmediate()
    todo.push(prepare(a))
  }
  return { items, known, todo }
}

const EMPTY = { signature: [], sketch: [], size: 0, bands: [] }

/** Stores a chunk in one transaction; when anything in it fails, one article per transaction. */
async function storeChunk(
  db: Db,
  actor: Actor,
  list: Prepared[],
  seen: Seen,
  attempt = 1,
): Promise<BatchOutcome[]> {
  if (!list.length) return []
  let results: IngestResult[]
  let touched: number[]
  try {
    ;({ results, touched } = await db.transaction((tx) => storeArticles(tx, actor, list, seen)))
  } catch (err) {
    if (list.length === 1) {
      if (err instanceof HttpError) return [err]
      // Two batches inserting the same new outlets or series in different orders: one is chosen to fail.
      if (deadlocked(err) && attempt < 3) return storeChunk(db, actor, list, seen, attempt + 1)
      throw err
    }
    // One article failed (or raced another request) and took the others down with it: store them one
    // by one, so that only the culprit fails, as it would have on its own.
    const out: BatchOutcome[] = []
    for (const p of list) out.push(...(await storeChunk(db, actor, [p], seen)))
    return out
  }
  // Committed with the marks of the slices it changed: the series are refreshed now, outside it.
  await refreshCommitted(db, touched)
  // Copies stored at the same moment by other transactions are linked now.
  const linked = await linkRacedCopies(
    db,
    results.flatMap((r, i) => {
      const print = list[i]?.print
      return r.status === 'created' && print
        ? [{ id: r.article.id, duplicateOf: r.article.duplicateOf, print }]
        : []
    }),
  )
  for (const r of results) r.article.duplicateOf = linked.get(r.article.id) ?? r.article.duplicateOf
  // Later chunks may now rely on these without asking the database.
  for (const r of results) {
    if (r.status !== 'created') continue
    seen.byHash.set(r.article.contentHash, r)
    if (r.article.url) seen.byUrl.set(r.article.url, r)
  }
  return results
}

function deadlocked(err: unknown) {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '40P01') return true
  return false
}

/** Articles already stored, found by text or URL with one statement for the whole chunk. */
async function findStored(db: Db, list: Identified[]) {
  const found = new Map<Identified, IngestResult>()
  if (!list.length) return found
  const hashes = list.map((a) => a.hash)
  const urls = list.flatMap((a) => (a.url ? [a.url] : []))
  const rows = await db
    .select({
      article: articles,
      claims: sql<number>`(select count(*) from claims where claims.article_id = articles.id)`.mapWith(
        Number,
      ),
    })
    .from(articles)
    .where(
      or(
        sql`${articles.contentHash} = ${anyText(hashes)}`,
        urls.length ? sql`${articles.url} = ${anyText(urls)}` : undefined,
      ),
    )
  for (const a of list) {
    const row =
      rows.find((r) => r.article.contentHash === a.hash) ?? rows.find((r) => a.url && r.article.url === a.url)
    if (row) found.set(a, { status: 'existing', article: row.article, claimCount: row.claims })
  }
  return found
}
