import { createHash } from 'node:crypto'
import { eq, inArray, sql } from 'drizzle-orm'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { LRUCache } from 'lru-cache'
import { Type } from 'typebox'
import type { Db } from '../../db/client.ts'
import { claims, series } from '../../db/schema/index.ts'

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

/** When Fastify received the request (performance.now() time); now, when it cannot tell. */
export const arrivedAt = (reply: FastifyReply) => performance.now() - (reply.elapsedTime || 0)

// Part of every ETag: change it when the answers' shape or computation changes, so that browsers do
// not get a 304 for a copy that a new release would compute differently.
const FORMAT = 'a1'

const shortHash = (s: string) => createHash('sha1').update(s).digest('base64url').slice(0, 10)

function matches(header: string | undefined, etag: string) {
  if (!header) return false
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '')
    return tag === etag || tag === '*'
  })
}

/** The same query, whatever the order of its parameters. */
export const queryKey = (q: object) => JSON.stringify(Object.entries(q).sort(([a], [b]) => (a < b ? -1 : 1)))

export const NotModified = Type.Null({ description: 'Unchanged since the ETag sent in If-None-Match' })

/**
 * Sends the answer for `key` at `version` from the cache (computing and serialising it with the
 * route's response schema on a miss), or 304 when the client already holds it.
 */
export async function sendCached(
  cache: AnswerCache,
  request: FastifyRequest,
  reply: FastifyReply,
  answer: { label: string | number; key: string; version: number; compute: () => Promise<unknown> },
) {
  const etag = `"${answer.label}-${answer.version}-${shortHash(`${FORMAT}|${answer.key}`)}"`
  // Private: answers need a sign-in. No-cache: browsers revalidate, which costs them a 304.
  const validated = () => reply.header('etag', etag).header('cache-control', 'private, no-cache')
  if (matches(request.headers['if-none-match'], etag)) return validated().code(304).send()
  const body = await cache.get(answer.key, answer.version, async () =>
    Buffer.from(reply.serialize(await answer.compute()) as string),
  )
  return validated().type('application/json; charset=utf-8').send(body)
}

type Writer = Pick<Db, 'update' | 'selectDistinct'>

/** The series citing an article: its title, URL, outlet and date are shown with their points. */
export async function bumpSeriesOfArticle(tx: Writer, articleId: number) {
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
