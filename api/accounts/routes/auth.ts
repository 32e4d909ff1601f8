import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { Type } from 'typebox'
import { recordSignIn, signInWait } from '../../accounts/sign-in.ts'
import type { Config } from '../../config.ts'
import { HttpError } from '../../http/errors.ts'
import { errors } from '../../http/schemas.ts'
import { authenticate, endSession, publicUser, startSession } from '../accounts.ts'
import { PublicUser } from '../schemas.ts'
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.ts'

// @fastify/rate-limit runs one limiter per request and registration, so each limit gets its own.
async function limiter(fastify: FastifyInstance, options: RateLimitOptions) {
  let hook: preHandlerAsyncHookHandler | undefined
  await fastify.register(async (child) => {
    await child.register(rateLimit, { global: false })
    hook = child.rateLimit(options)
  })
  return hook!
}

const auth: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  // Guessing passwords is slowed per address (a limit a minute) and per account (growing waits after
  // failures, accounts/sign-in.ts), since an attacker may rotate either.
  const perAddress = await limiter(fastify, { max: config.LOGIN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' })

  fastify.post(
    '/login',
    {
      config: { access: 'public' },
      preHandler: [perAddress],
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an httpOnly session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: PublicUser }), ...errors(400, 401, 429, 503) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body
      const event = { email, address: request.ip }
      const wait = await signInWait(fastify.db, email)
      if (wait > 0) {
        await recordSignIn(fastify.db, { ...event, userId: null, outcome: 'throttled' })
        reply.header('retry-after', String(wait))
        throw new HttpError(429, 'rate_limited', `Too many failed sign-ins; try again in ${wait} s.`)
      }
      const user = await authenticate(fastify.db, email, password)
      await recordSignIn(fastify.db, {
        ...event,
        userId: user?.id ?? null,
        outcome: user ? 'success' : 'failure',
      })
      if (!user) throw new HttpError(401, 'invalid_credentials', 'E-mail or password is wrong.')
      // A fresh session id at every sign-in, and the old one dropped.
      const old = readSessionCookie(request)
      if (old) await endSession(fastify.db, old)
      const session = await startSession(fastify.db, user, config.SESSION_TTL_HOURS)
      setSessionCookie(request, reply, session.id, session.expiresAt)
      return { user: publicUser(user) }
    },
  )

  fastify.post(
    '/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out; the session ends on the server too',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const id = readSessionCookie(request)
      if (id) await endSession(fastify.db, id)
      clearSessionCookie(request, reply)
      return reply.code(204).send(null)
    },
  )

  fastify.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who am I',
        response: { 200: Type.Object({ user: PublicUser }), ...errors(401) },
      },
    },
    async (request) => ({ user: publicUser(request.user!) }),
  )
}

export default auth
