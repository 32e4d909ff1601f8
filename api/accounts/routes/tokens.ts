import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { desc } from 'drizzle-orm'
import { Type } from 'typebox'
import { apiTokens } from '../../db/schema/index.ts'
import { routeShapes } from '../../http/route-shapes.ts'
import { IdParams } from '../../http/schemas.ts'
import { createApiToken, publicToken, revokeApiToken } from '../accounts.ts'
import { PublicToken, TokenCreate } from '../schemas.ts'
import { recentSignIn } from './recent-sign-in.ts'

// API tokens let scripts act as a user; the secret is shown once at creation and stored only hashed.
const tags = ['tokens']

const tokenRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags, config: { access: 'admin' } })
  route.list('/', { summary: 'List API tokens', item: PublicToken, errors: [401, 403] }, async () =>
    (await fastify.db.select().from(apiTokens).orderBy(desc(apiTokens.id))).map(publicToken),
  )

  route.create(
    '/',
    {
      summary: 'Create an API token for a user (yourself by default); the secret is in this answer only',
      body: TokenCreate,
      made: Type.Object({ ...PublicToken.properties, token: Type.String() }),
      preHandler: recentSignIn(fastify),
      errors: [400, 401, 403],
    },
    async (request) => {
      const { token, row } = await createApiToken(
        fastify.db,
        request.actor,
        request.body.user_id ?? request.user!.id,
        request.body.name,
        { scope: request.body.scope, expiresInDays: request.body.expires_in_days },
      )
      return { ...publicToken(row), token }
    },
  )

  route.answer(
    'DELETE',
    '/:id',
    { summary: 'Revoke an API token', params: IdParams, answer: PublicToken, errors: [401, 403, 404] },
    async (request) => publicToken(await revokeApiToken(fastify.db, request.actor, request.params.id)),
  )
}

export default tokenRoutes
