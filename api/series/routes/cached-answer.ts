import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { AnswerCache } from '../store/cache.ts'

// The HTTP side of cached series answers: ETags, 304s and serialising with the route's schema. The
// cache itself (../store/cache.ts) knows nothing of requests.

/** When Fastify received the request (performance.now() time); now, when it cannot tell. */
export const arrivedAt = (reply: FastifyReply) => performance.now() - (reply.elapsedTime || 0)

// Part of every ETag: change it when the answers' shape or computation changes, so that browsers do
// not get a 304 for a copy that a new release would compute differently.
const FORMAT = 'a2'

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
