import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
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
    // Data is JSON for this origin only; no other site needs to embed these responses.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  })

  // A cookie is sent with cross-site requests too, so a write carried by a session cookie must come
  // from this site. Browsers mark cross-site requests (Sec-Fetch-Site, Origin) and a cross-site form
  // cannot hide either; scripts with API tokens send no cookie and are not affected.
  fastify.addHook('onRequest', async (request) => {
    if (SAFE.has(request.method) || request.headers.authorization || !request.headers.cookie) return
    const site = request.headers['sec-fetch-site']
    const origin = request.headers.origin
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none'
    const foreignOrigin = origin !== undefined && origin !== 'null' && new URL(origin).host !== request.host
    if (crossSite || foreignOrigin || origin === 'null') {
      throw new HttpError(
        403,
        'cross_site_request',
        'Writes with a session cookie must come from Tally itself.',
      )
    }
  })
})
