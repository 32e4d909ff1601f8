import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'

const READY_WITHIN_MS = 900

const Status = Type.Object({ status: Type.String(), database: Type.Optional(Type.String()) })

const health: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: Status } },
    },
    async () => ({ status: 'ok' }),
  )

  fastify.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], summary: 'The database answers', response: { 200: Status, 503: Status } },
    },
    async (_request, reply) => {
      try {
        // Load balancers and orchestrators wait on this: answer within a second, whatever the database does.
        await Promise.race([
          fastify.database.ping(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_WITHIN_MS).unref()),
        ])
        return { status: 'ready', database: fastify.database.kind }
      } catch {
        return reply.code(503).send({ status: 'unavailable', database: fastify.database.kind })
      }
    },
  )
}

export default health
