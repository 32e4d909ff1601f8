import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { findUserByApiToken, findUserBySession } from '../accounts/accounts.ts'
import { readSessionCookie } from '../accounts/routes/session-cookie.ts'
import type { Actor } from '../audit/audit.ts'
import type { Role, User } from '../db/schema/index.ts'
import { HttpError } from '../http/errors.ts'

export type Access = 'public' | Role

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Unset: viewers for reads, editors for writes (deny by default). */
    access?: Access
  }
  interface FastifyRequest {
    user: User | null
    actor: Actor
  }
}

export { SESSION_COOKIE } from '../accounts/routes/session-cookie.ts'

const RANK: Record<Access, number> = { public: 0, viewer: 1, editor: 2, admin: 3 }

export function routeAccess(method: string, access: Access | undefined): Access {
  if (access) return access
  return method === 'GET' || method === 'HEAD' ? 'viewer' : 'editor'
}

// Identifies the caller (session cookie or bearer API token) and enforces each route's access level
// before the body is even parsed.
export default fp(async function auth(fastify: FastifyInstance) {
  fastify.decorateRequest('user', null)
  fastify.decorateRequest('actor', null as unknown as Actor)

  fastify.addHook('onRequest', async (request) => {
    const needed = routeAccess(request.method, request.routeOptions.config?.access)
    request.user = await identify(fastify, request)
    request.actor = request.user
      ? { id: request.user.id, label: request.user.email }
      : { id: null, label: 'anonymous' }
    if (needed === 'public') return
    if (!request.user) throw new HttpError(401, 'unauthenticated', 'Sign in or send an API token.')
    if (RANK[request.user.role] < RANK[needed]) {
      throw new HttpError(403, 'forbidden', `This needs the ${needed} role; you are ${request.user.role}.`)
    }
  })
})

async function identify(fastify: FastifyInstance, request: FastifyRequest): Promise<User | null> {
  const header = request.headers.authorization
  if (header?.startsWith('Bearer ')) {
    const user = await findUserByApiToken(fastify.db, header.slice(7).trim())
    if (!user) throw new HttpError(401, 'invalid_token', 'The API token is unknown, expired or revoked.')
    if (user.tokenScope === 'read' && request.method !== 'GET' && request.method !== 'HEAD') {
      throw new HttpError(403, 'read_only_token', 'This API token may only read (GET).')
    }
    return user
  }
  const cookie = readSessionCookie(request)
  return cookie ? findUserBySession(fastify.db, cookie) : null
}
