import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { asc, eq } from 'drizzle-orm'
import { Type } from 'typebox'
import { recordSignIn } from '../../accounts/sign-in.ts'
import { users } from '../../db/schema/index.ts'
import { notFound } from '../../http/errors.ts'
import { routeShapes } from '../../http/route-shapes.ts'
import { errors, IdParams } from '../../http/schemas.ts'
import { createUser, publicUser, updateUser } from '../accounts.ts'
import { PublicUser, UserCreate, UserPatch } from '../schemas.ts'
import { recentSignIn } from './recent-sign-in.ts'

// Accounts are the admins' business only.
const tags = ['users']

const userRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags, config: { access: 'admin' } })
  route.list('/', { summary: 'List users', item: PublicUser, errors: [401, 403] }, async () =>
    (await fastify.db.select().from(users).orderBy(asc(users.id))).map(publicUser),
  )

  route.create(
    '/',
    {
      summary: 'Create a user',
      body: UserCreate,
      made: PublicUser,
      errors: [400, 401, 403, 409],
    },
    async (request) => publicUser(await createUser(fastify.db, request.actor, request.body)),
  )

  route.answer(
    'PATCH',
    '/:id',
    {
      summary: "Change a user's role, name or password, or disable the account",
      params: IdParams,
      body: UserPatch,
      answer: PublicUser,
      // A new role or password for someone needs the admin's own password, typed recently.
      preHandler: recentSignIn(fastify, (request) => {
        const body = request.body as { role?: unknown; password?: unknown }
        return body.role !== undefined || body.password !== undefined
      }),
      errors: [400, 401, 403, 404, 409],
    },
    async (request) =>
      publicUser(await updateUser(fastify.db, request.actor, request.params.id, request.body)),
  )

  fastify.post(
    '/:id/sign-in-reset',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Let a user whose failed sign-ins made them wait try again at once',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const [user] = await fastify.db.select().from(users).where(eq(users.id, request.params.id))
      if (!user) throw notFound('User', request.params.id)
      await recordSignIn(fastify.db, {
        email: user.email,
        userId: user.id,
        address: request.ip,
        outcome: 'reset',
        by: request.actor,
      })
      return reply.code(204).send(null)
    },
  )
}

export default userRoutes
