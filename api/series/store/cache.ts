import { eq, inArray, sql } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
import { claims, series } from '../../db/schema/index.ts'
import type { Runner } from '../../db/sql.ts'

// Serialised answers of series reads, kept per app and validated by a version read from the database
// on every request: several Tally servers may share one database, so no server can rely on hearing of
// another's writes. Versions only grow (refreshSeries and the edits below bump `series.version` in the
// transaction that changes what an answer shows), so an answer stored at an older version is never
// served once the database holds a newer one.

interface Entry {
  version: number
  body: Buffer
}

export interface AnswerCache {
  /** The body stored for `key` at `version`, or `compute`'s, stored; concurrent misses compute once. */
  get(key: string, version: number, compute: () => Promise<Buffer>): Promise<Buffer>
}

export function answerCache(maxBytes = 64 * 1024 * 1024): AnswerCache {
  const lru = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // One huge toll must not push out every other answer.
    maxEntrySize: maxBytes / 4,
    sizeCalculation: (e, key) => e.body.length + key.length,
  })
  const pending = new Map<string, Promise<Buffer>>()
  return {
    async get(key, version, compute) {
      const hit = lru.get(key)
      if (hit && hit.version === version) return hit.body
      const slot = `${version}@${key}`
      let answer = pending.get(slot)
      if (!answer) {
        answer = compute()
          .then((body) => {
            // A slow computation at an older version must not replace a newer answer.
            const now = lru.get(key)
            if (!now || now.version < version) lru.set(key, { version, body })
            return body
          })
          .finally(() => pending.delete(slot))
        pending.set(slot, answer)
      }
      return answer
    },
  }
}

/**
 * Validator reads shared by requests that arrived before the read was sent: for each of them it is as
 * fresh as a read of its own (a write committed before the request arrived is in it), so sharing adds
 * no staleness, while 50 clients of one series cost the database a fraction of the queries.
 */
export function sharedReads<T>() {
  const latest = new Map<string, { sentAt: number; value: Promise<T> }>()
  return (key: string, arrivedAt: number, read: () => Promise<T>): Promise<T> => {
    const current = latest.get(key)
    if (current && current.sentAt >= arrivedAt) return current.value
    const entry = { sentAt: performance.now(), value: read() }
    latest.set(key, entry)
    const forget = () => {
      if (latest.get(key) === entry) latest.delete(key)
    }
    entry.value.then(forget, forget)
    return entry.value
  }
}

/** The series citing an article: its title, URL, outlet and date are shown with their points. */
export async function bumpSeriesOfArticle(tx: Runner, articleId: number) {
  await tx
    .update(series)
    .set({ version: sql`${series.version} + 1` })
    .where(
      inArray(
        series.id,
        tx
          .selectDistinct({ id: sql<number>`${claims.seriesId}` })
          .from(claims)
          .where(eq(claims.articleId, articleId)),
      ),
    )
}
