import { eq } from 'drizzle-orm'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { sessions } from '../../db/schema/index.ts'
import { HttpError } from '../../http/errors.ts'
import { isTokenAuth } from '../../plugins/security.ts'
import { digest } from '../secrets.ts'
import { readSessionCookie } from './session-cookie.ts'

// Creating API tokens and changing roles or passwords need a password typed in the last 15 minutes:
// a session left open on a shared machine, or a stolen cookie, cannot mint lasting credentials. Every
// sign-in starts a new session, so the session's age is the time since the password was typed;
// POST /api/auth/login again (the dashboard asks for the password) to renew it. API tokens never
// carry a password, so they cannot do these things.
export const RECENT_SIGN_IN_MINUTES = 15

export async function signedInWithin(fastify: FastifyInstance, request: FastifyRequest, minutes: number) {
  if (isTokenAuth(request)) return false
  const id = readSessionCookie(request)
  if (!id) return false
  const [row] = await fastify.db
    .select({ createdAt: sessions.createdAt })
    .from(sessions)
    .where(eq(sessions.idHash, digest(id)))
  return !!row && Date.now() - row.createdAt.getTime() < minutes * 60_000
}

/** A preHandler refusing with 403 `reauthenticate` unless the password was typed recently. */
export function recentSignIn(
  fastify: FastifyInstance,
  needed: (request: FastifyRequest) => boolean = () => true,
) {
  return async (request: FastifyRequest) => {
    if (!needed(request)) return
    if (await signedInWithin(fastify, request, RECENT_SIGN_IN_MINUTES)) return
    throw new HttpError(
      403,
      'reauthenticate',
      `Sign in again with your password (within ${RECENT_SIGN_IN_MINUTES} minutes) to do this; API tokens cannot.`,
    )
  }
}
