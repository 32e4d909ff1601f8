import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

const built = fileURLToPath(new URL('../../web/dist', import.meta.url))
const source = fileURLToPath(new URL('../../web', import.meta.url))

// Serves the web app's static files at "/"; they are public, the data they fetch is not.
export default async function web(fastify: FastifyInstance) {
  fastify.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), access: 'public' }
  })
  // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
  await fastify.register(fastifyStatic, { root: existsSync(built) ? built : source, wildcard: true })
}
