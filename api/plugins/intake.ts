import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { type IntakeContext, intakeContext } from '../intake/context.ts'
import { pgBossQueue } from '../intake/jobs/queue.ts'
import { IntakeRunner } from '../intake/jobs/runner.ts'
import routes from '../intake/routes.ts'

declare module 'fastify' {
  interface FastifyInstance {
    intake: { ctx: IntakeContext; runner: IntakeRunner }
  }
}

/**
 * The intake in the web process: its routes, and its jobs unless WORKERS=0 (then `npm run worker`
 * processes run them; this process still sends them). The queue starts once the app is ready.
 */
export default fp(async function intake(fastify: FastifyInstance, { config }: { config: Config }) {
  const ctx = intakeContext(fastify.db, config, fastify.log)
  const db = fastify.database
  const queue = pgBossQueue(
    db.pglite ? { pglite: db.pglite } : { url: config.DATABASE_URL as string },
    fastify.log,
  )
  const runner = new IntakeRunner(ctx, queue, { workers: config.WORKERS })
  fastify.decorate('intake', { ctx, runner })
  await fastify.register(routes)
  fastify.addHook('onReady', async () => runner.start())
  fastify.addHook('preClose', () => runner.stop())
})
