import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Db } from '../db/client.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { IdParams } from '../http/schemas.ts'
import { history } from './history.ts'
import { HistoryEntry } from './schemas.ts'

/**
 * GET /:id/history under a kind of record's routes: its audit trail, oldest first. `exists` throws the
 * 404 of a missing record (its own reader), so a wrong id is not answered with an empty trail.
 */
export const historyRoute =
  (
    entity: 'claim' | 'article',
    doc: { tag: string; summary: string },
    exists: (db: Db, id: number) => Promise<unknown>,
  ): FastifyPluginAsyncTypebox =>
  async (fastify) => {
    const route = routeShapes(fastify, { tags: [doc.tag] })
    route.list(
      '/:id/history',
      { summary: doc.summary, params: IdParams, item: HistoryEntry, errors: [401, 404] },
      async (request) => {
        await exists(fastify.db, request.params.id)
        return history(fastify.db, entity, request.params.id)
      },
    )
  }
