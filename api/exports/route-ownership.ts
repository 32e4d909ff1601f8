import { eq } from 'drizzle-orm'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { exportFeeds, exportSchedules } from '../db/schema/exports.ts'
import { HttpError, notFound } from '../http/errors.ts'

const TABLES = { schedule: exportSchedules, feed: exportFeeds } as const

/**
 * A preHandler: only the creator of a scheduled export or a feed, or an admin, changes it. Otherwise
 * any editor could widen another's feed from a summary to every claim, or redirect their exports.
 */
export function ownerOrAdmin(fastify: FastifyInstance, kind: keyof typeof TABLES) {
  const table = TABLES[kind]
  return async (request: FastifyRequest) => {
    const { id } = request.params as { id: number }
    const user = request.user
    if (!user) throw new HttpError(401, 'unauthenticated', 'Sign in or send an API token.')
    const [row] = await fastify.db.select({ createdBy: table.createdBy }).from(table).where(eq(table.id, id))
    if (!row) throw notFound(kind === 'feed' ? 'Feed' : 'Scheduled export', id)
    if (user.role !== 'admin' && row.createdBy !== user.id) {
      throw new HttpError(403, 'forbidden', `Only its creator or an admin may change this ${kind}.`)
    }
  }
}
