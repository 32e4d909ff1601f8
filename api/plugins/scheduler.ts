import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { Deliverer } from '../delivery/deliverer.ts'
import { DeliveryHttp } from '../delivery/http.ts'
import { SecretBox } from '../delivery/secret-box.ts'
import type { SendDeps } from '../delivery/send.ts'
import { Scheduler } from '../exports/scheduler.ts'
import { createMailer } from '../mail/mailer.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Scheduled exports; `tick(now)` runs one round by hand (tests, SCHEDULER=off). */
    scheduler: Scheduler
    /** What destinations send with (e-mail, HTTP, the credentials' key), for "Test delivery". */
    delivery: SendDeps & { publicUrl: string }
  }
}

// Scheduled exports: the loop starts once the app is ready (so a slot missed while Tally was down runs
// at once) and stops, giving back a run in progress, when the app closes. SCHEDULER=off leaves it off;
// with several servers on one database each may run it: the database hands every slot to one of them.
// Each written file is then delivered to the schedule's destinations by the same loop.
export default fp(async function scheduler(fastify: FastifyInstance, { config }: { config: Config }) {
  const timeoutMs = config.DELIVERY_TIMEOUT_S * 1000
  const publicUrl = config.PUBLIC_URL.replace(/\/+$/, '')
  const deps = {
    box: config.SECRETS_KEY ? new SecretBox(config.SECRETS_KEY) : null,
    http: new DeliveryHttp({ allowPrivate: config.DELIVERY_ALLOW_PRIVATE === 'on', timeoutMs }),
    mailer: createMailer({ url: config.SMTP_URL, from: config.MAIL_FROM }),
    mailDomain: new URL(publicUrl).hostname,
    publicUrl,
  }
  const deliverer = new Deliverer({
    ...deps,
    db: fastify.db,
    exportDir: config.EXPORT_DIR,
    log: fastify.log,
    // A delivery holds its lease well past its time limit, so no other server takes it meanwhile.
    leaseMs: timeoutMs * 2 + 60_000,
  })
  const s = new Scheduler({
    db: fastify.db,
    exportDir: config.EXPORT_DIR,
    log: fastify.log,
    delivery: deliverer,
  })
  fastify.decorate('scheduler', s)
  fastify.decorate('delivery', deps)
  if (config.SCHEDULER === 'on') fastify.addHook('onReady', async () => s.start())
  fastify.addHook('preClose', async () => {
    await s.stop()
    deps.mailer.close()
    await deps.http.close()
  })
})
