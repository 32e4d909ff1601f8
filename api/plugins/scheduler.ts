import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { Scheduler } from '../exports/scheduler.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Scheduled exports; `tick(now)` runs one round by hand (tests, SCHEDULER=off). */
    scheduler: Scheduler
  }
}

// Scheduled exports: the loop starts once the app is ready (so a slot missed while Tally was down runs
// at once) and stops, giving back a run in progress, when the app closes. SCHEDULER=off leaves it off;
// with several servers on one database each may run it: the database hands every slot to one of them.
export default fp(async function scheduler(fastify: FastifyInstance, { config }: { config: Config }) {
  const s = new Scheduler({ db: fastify.db, exportDir: config.EXPORT_DIR, log: fastify.log })
  fastify.decorate('scheduler', s)
  if (config.SCHEDULER === 'on') fastify.addHook('onReady', async () => s.start())
  fastify.addHook('preClose', () => s.stop())
})
