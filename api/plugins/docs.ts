import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

// The OpenAPI document is generated from the routes' TypeBox schemas; its UI is public (it holds no data).
export default fp(async function docs(fastify: FastifyInstance) {
  await fastify.register(swagger, {
    openapi: {
      info: {
        title: 'Tally API',
        version: '0.1.0',
        description: 'Casualty and displacement figures with their sources.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tally_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  })
  await fastify.register(async (ui) => {
    ui.addHook('onRoute', (route) => {
      route.config = { ...(route.config as object), access: 'public' }
    })
    // The UI's own page needs its own script and style hashes; swagger-ui supplies them.
    await ui.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  })
})
