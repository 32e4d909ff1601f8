import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { HttpError } from '../http/errors.ts'

// Fastify decodes JSON bodies leniently, turning bytes that are not UTF-8 into U+FFFD: an article
// would be stored with characters its sender never wrote. Decoding strictly makes that a 400; the
// parsing itself stays Fastify's (prototype-poisoning checks, empty-body handling).
export default fp(async function jsonBody(fastify: FastifyInstance) {
  const parseJson = fastify.getDefaultJsonParser('error', 'error')
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  fastify.removeContentTypeParser('application/json')
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string
    try {
      text = utf8.decode(body as Buffer)
    } catch {
      return done(
        new HttpError(400, 'invalid_encoding', 'The request body is not valid UTF-8.', [
          { field: 'body', message: 'is not valid UTF-8' },
        ]),
      )
    }
    parseJson(request, text, done)
  })
})
