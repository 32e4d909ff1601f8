import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Dispatcher } from '../alerts/dispatch.ts'
import { loadLinkKey } from '../alerts/link-key.ts'
import { WebhookPoster } from '../alerts/webhook-post.ts'
import type { Config } from '../config.ts'
import { createMailer } from '../mail/mailer.ts'

declare module 'fastify' {
  interface FastifyInstance {
    alerts: {
      /** Sends due alert e-mails and webhook posts; `tick()` runs one round by hand (tests, ALERTS=off). */
      dispatcher: Dispatcher
      linkSecret(): Promise<string>
    }
  }
}

// Alert delivery: a loop in every server (ALERTS=off leaves it to others on the same database; the
// database hands each delivery to one of them), stopped before the database closes.
export default fp(async function alerts(fastify: FastifyInstance, { config }: { config: Config }) {
  let secret: Promise<string> | null = null
  const linkSecret = () => {
    secret ??= loadLinkKey(fastify.db, config.ALERT_LINK_SECRET)
    return secret
  }
  const leaseMs = config.ALERTS_LEASE_S * 1000
  const mailer = createMailer({ url: config.SMTP_URL, from: config.MAIL_FROM })
  const poster = new WebhookPoster({
    allowPrivate: config.WEBHOOK_ALLOW_PRIVATE === 'on',
    // A post must end well inside the lease, or another process could send it again meanwhile.
    timeoutMs: Math.min(10_000, leaseMs / 2),
  })
  const dispatcher = new Dispatcher({
    db: fastify.db,
    mailer,
    poster,
    publicUrl: config.PUBLIC_URL.replace(/\/+$/, ''),
    linkSecret: '',
    leaseMs,
    retryMs: config.ALERTS_RETRY_S * 1000,
    log: fastify.log,
  })
  fastify.decorate('alerts', { dispatcher, linkSecret })
  fastify.addHook('onReady', async () => {
    dispatcher.setLinkSecret(await linkSecret())
    if (config.ALERTS === 'on') dispatcher.start(config.ALERTS_POLL_MS)
  })
  fastify.addHook('preClose', async () => {
    await dispatcher.stop()
    mailer.close()
    await poster.close()
  })
})
