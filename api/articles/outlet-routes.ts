import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { asc, count, eq } from 'drizzle-orm'
import { Type } from 'typebox'
import { articles, outlets } from '../db/schema/index.ts'
import { errors } from '../http/schemas.ts'
import { Outlet } from './schemas.ts'

const outletRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['outlets'],
        summary: 'Publishers, with how many articles each',
        response: {
          200: Type.Object({
            items: Type.Array(Outlet),
          }),
          ...errors(401),
        },
      },
    },
    async () => {
      const items = await fastify.db
        .select({ id: outlets.id, name: outlets.name, domain: outlets.domain, articles: count(articles.id) })
        .from(outlets)
        .leftJoin(articles, eq(articles.outletId, outlets.id))
        .groupBy(outlets.id)
        .orderBy(asc(outlets.name))
      return { items }
    },
  )
}

export default outletRoutes
