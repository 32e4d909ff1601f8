import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { and, eq, gt, like, ne, sql } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Config } from '../../config.ts'
import { sessions } from '../../db/schema/index.ts'
import { HttpError } from '../../http/errors.ts'
import { routeShapes } from '../../http/route-shapes.ts'
import { errors } from '../../http/schemas.ts'
import { isTokenAuth } from '../../plugins/security.ts'
import { startSession, updateUser } from '../accounts.ts'
import { SessionInfo } from '../schemas.ts'
import { digest, verifyPassword } from '../secrets.ts'
import { readSessionCookie, setSessionCookie } from './session-cookie.ts'

// One's own account: change the password (with the current one), see and end one's sessions.
// Signed-in people only (any role); an API token cannot change its owner's password or sessions.
const SessionKey = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{16}$' }) })
const handle = (idHash: string) => idHash.slice(0, 16)
// Writes here need only a viewer: changing one's own account is no editing.
const signedIn = { access: 'viewer' as const }
const tags = ['account']

const account: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  const route = routeShapes(fastify, { tags })
  const me = (request: FastifyRequest) => {
    if (isTokenAuth(request) || !request.user) {
      throw new HttpError(403, 'session_required', 'Sign in with your password to manage your account.')
    }
    return request.user
  }
  const currentHash = (request: FastifyRequest) => digest(readSessionCookie(request) ?? '')

  fastify.post(
    '/password',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Change my password; every other session of mine ends',
        body: Type.Object(
          {
            current_password: Type.String({ minLength: 1, maxLength: 1000 }),
            new_password: Type.String({ maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errors(400, 401, 403, 503) },
      },
    },
    async (request, reply) => {
      const user = me(request)
      if (!(await verifyPassword(request.body.current_password, user.passwordHash))) {
        throw new HttpError(400, 'wrong_password', 'body.current_password is not your current password', [
          { field: 'body.current_password', message: 'is not your current password' },
        ])
      }
      await updateUser(fastify.db, request.actor, user.id, { password: request.body.new_password })
      // The change ended every session, this one too: carry on in a fresh one.
      const session = await startSession(fastify.db, user, config.SESSION_TTL_HOURS)
      setSessionCookie(request, reply, session.id, session.expiresAt)
      return reply.code(204).send(null)
    },
  )

  route.list(
    '/sessions',
    { summary: 'My open sessions (this one marked current)', item: SessionInfo, errors: [401, 403] },
    async (request) => {
      const user = me(request)
      const rows = await fastify.db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, sql`now()`)))
        .orderBy(sessions.createdAt)
      const current = currentHash(request)
      return rows.map((s) => ({
        id: handle(s.idHash),
        created_at: s.createdAt.toISOString(),
        expires_at: s.expiresAt.toISOString(),
        current: s.idHash === current,
      }))
    },
  )

  route.remove(
    '/sessions/:id',
    {
      summary: 'End one of my sessions (signs that browser out)',
      params: SessionKey,
      config: signedIn,
      errors: [401, 403, 404],
    },
    async (request) => {
      const user = me(request)
      const ended = await fastify.db
        .delete(sessions)
        .where(and(eq(sessions.userId, user.id), like(sessions.idHash, `${request.params.id}%`)))
        .returning({ id: sessions.idHash })
      if (!ended.length) throw new HttpError(404, 'not_found', 'No such session of yours')
    },
  )

  fastify.delete(
    '/sessions',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'End all my other sessions (every browser but this one is signed out)',
        response: { 200: Type.Object({ ended: Type.Integer() }), ...errors(401, 403) },
      },
    },
    async (request) => {
      const user = me(request)
      const ended = await fastify.db
        .delete(sessions)
        .where(and(eq(sessions.userId, user.id), ne(sessions.idHash, currentHash(request))))
        .returning({ id: sessions.idHash })
      return { ended: ended.length }
    },
  )
}

export default account
