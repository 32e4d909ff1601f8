import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { fromRoot } from '../paths.ts'

const built = fromRoot('web', 'dist')
const source = fromRoot('web')

// Serves the web app's static files at "/"; they are public, the data they fetch is not.
export default async function web(fastify: FastifyInstance) {
  fastify.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), access: 'public' }
  })
  // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
  await fastify.register(fastifyStatic, { root: existsSync(built) ? built : source, wildcard: true })
}
