import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { clientError } from '../http/errors.ts'

// The only place errors become responses: one shape, `{ error: { code, message, details } }`, and
// nothing from a 5xx (stack, SQL, driver message) leaves the server.
export default fp(async function errorHandler(fastify: FastifyInstance) {
  fastify.setErrorHandler((err: FastifyError, request, reply) => {
    const client = clientError(err)
    if (client) {
      return reply
        .code(client.statusCode)
        .send({ error: { code: client.code, message: client.message, details: client.details } })
    }
    if (err.validation) {
      const details = err.validation.map((v) => {
        const p = v.params as { missingProperty?: string; additionalProperty?: string }
        const missing = p?.missingProperty ?? p?.additionalProperty
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.')
        const field = [err.validationContext, path, missing].filter(Boolean).join('.')
        return { field, message: v.message ?? 'is invalid' }
      })
      const first = details[0]
      return reply.code(400).send({
        error: {
          code: 'validation_failed',
          message: first ? `${first.field} ${first.message}` : err.message,
          details,
        },
      })
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error')
      const unavailable = isDatabaseDown(err)
      return reply.code(unavailable ? 503 : 500).send({
        error: unavailable
          ? { code: 'unavailable', message: 'The database is not reachable; try again shortly.' }
          : { code: 'internal', message: 'Something went wrong on our side.' },
      })
    }
    const code =
      status === 429 ? 'rate_limited' : status === 413 ? 'body_too_large' : (err.code ?? 'bad_request')
    return reply.code(status).send({ error: { code, message: err.message } })
  })

  fastify.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } })
  })
})

// Connection failures from the postgres driver (possibly wrapped by drizzle as the error's cause).
const DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57014', // statement_timeout: the database is too slow to answer now
  '57P01',
  '57P03',
])

function isDatabaseDown(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code && DOWN.has(e.code)) return true
    e = e.cause as typeof e
  }
  return false
}

/** Errors Fastify meets before routing (a URL that is not UTF-8, an over-long parameter), same shape. */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400
  reply
    .code(status)
    .send({ error: { code: 'bad_url', message: 'The URL is not valid: it is not UTF-8 or too long.' } })
}
