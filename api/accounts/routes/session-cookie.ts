import type { FastifyReply, FastifyRequest } from 'fastify'

// Over https the session cookie is `__Host-tally_session`: browsers then insist that it is Secure,
// set by this very host (no Domain) for the whole site, so a sibling subdomain or a plain-http page
// cannot plant or overwrite it. Plain http (a laptop, tests) cannot hold such a cookie and keeps the
// old name. "https" is the connection's own, or X-Forwarded-Proto from a trusted proxy (TRUST_PROXY).
export const SESSION_COOKIE = 'tally_session'
export const HOST_SESSION_COOKIE = '__Host-tally_session'

export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies?.[HOST_SESSION_COOKIE] ?? request.cookies?.[SESSION_COOKIE]
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string, expires: Date) {
  const secure = request.protocol === 'https'
  reply.setCookie(secure ? HOST_SESSION_COOKIE : SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires,
  })
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
  if (request.protocol === 'https') reply.clearCookie(HOST_SESSION_COOKIE, { path: '/', secure: true })
}
