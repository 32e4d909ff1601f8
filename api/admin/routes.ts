import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { audit } from '../audit/audit.ts'
import { HttpError } from '../http/errors.ts'
import { errors } from '../http/schemas.ts'

const adminRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/backup',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'A consistent copy of the embedded database (tar.gz), taken while Tally runs',
        description: 'On a PostgreSQL server use pg_dump instead; `npm run backup` calls this route.',
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
          ...errors(401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const dump = await fastify.database.dump()
      if (!dump) {
        throw new HttpError(409, 'use_pg_dump', 'Tally runs on a PostgreSQL server: back it up with pg_dump.')
      }
      await audit(fastify.db, request.actor, {
        entity: 'database',
        entityId: 0,
        action: 'backup',
        after: { bytes: dump.size },
      })
      const name = `tally-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}.tar.gz`
      return reply
        .type('application/gzip')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Buffer.from(await dump.arrayBuffer()))
    },
  )
}

export default adminRoutes
