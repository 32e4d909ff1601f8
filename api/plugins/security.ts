import helmet from '@fastify/helmet'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../http/errors.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Headers (a strict Content-Security-Policy without inline scripts, no framing, no sniffing) and
 * cross-site request protection for cookie sessions.
 */
export default fp(async function security(fastify: FastifyInstance) {
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    // Sent below, and only over https: over plain http it means nothing, and a browser that once got
    // it from a dev host would refuse that host's plain-http pages for a year.
    strictTransportSecurity: false,
    // Data is JSON for this origin only; no other site needs to embed these responses.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
  })

  // A cookie is sent with cross-site requests too, so a write carried by a session cookie must come
  // from this site. Browsers mark cross-site requests (Sec-Fetch-Site, Origin) and a cross-site form
  // cannot hide either; scripts with API tokens send no cookie and are not affected.
  fastify.addHook('onRequest', async (request) => {
    // Only a Bearer token authenticates instead of the cookie (plugins/auth.ts); any other
    // Authorization header leaves the cookie in charge, so the check still applies.
    if (SAFE.has(request.method) || isTokenAuth(request) || !request.headers.cookie) return
    const site = request.headers['sec-fetch-site']
    const origin = request.headers.origin
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none'
    if (crossSite || (origin !== undefined && !sameOrigin(origin, request))) {
      throw new HttpError(
        403,
        'cross_site_request',
        'Writes with a session cookie must come from Tally itself.',
      )
    }
  })
})

export const isTokenAuth = (request: FastifyRequest) =>
  request.headers.authorization?.startsWith('Bearer ') === true

// Scheme, host and port must all match: http://tally.example is another origin than https://….
// A header that is not a URL at all ("null", garbage) is foreign.
function sameOrigin(origin: string, request: FastifyRequest): boolean {
  const own = `${request.protocol}://${request.host}`
  if (!URL.canParse(origin) || !URL.canParse(own)) return false
  return new URL(origin).origin === new URL(own).origin
}
