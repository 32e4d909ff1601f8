import { envSchema } from 'env-schema'
import { type Static, Type } from 'typebox'

// Every setting Tally reads, with its default. Read once at boot; a bad value stops the process
// with a message that names the variable.
const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ default: './data', minLength: 1 }),
  SAMPLE_DATA: Type.Enum(['on', 'off'], { default: 'on' }),
  // With DATA_DIR=memory:// only: a dump of a migrated database to start from instead of an empty one.
  // The test suite sets it (tests/helpers/database-template.ts); see openDatabase's `template`.
  PGLITE_TEMPLATE: Type.Optional(Type.String({ minLength: 1 })),
  ADMIN_EMAIL: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12 })),
  SESSION_TTL_HOURS: Type.Number({ exclusiveMinimum: 0, default: 12 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  BODY_LIMIT_MB: Type.Number({ exclusiveMinimum: 0, default: 5 }),
  // Behind reverse proxies: how many of them (1 for one nginx) may set X-Forwarded-For/-Proto. Only
  // that many hops from the right are believed, so a client cannot pick its own address.
  TRUST_PROXY: Type.String({ pattern: '^(off|[1-9])$', default: 'off' }),
  LOGIN_ATTEMPTS_PER_MINUTE: Type.Integer({ minimum: 1, default: 10 }),
  // PostgreSQL server only: give up connecting after this many seconds, and cancel any statement
  // running longer than this many seconds, so that an outage answers 503 rather than queueing.
  DB_CONNECT_TIMEOUT_S: Type.Number({ exclusiveMinimum: 0, maximum: 60, default: 3 }),
  DB_STATEMENT_TIMEOUT_S: Type.Number({ exclusiveMinimum: 0, maximum: 3600, default: 60 }),
  // The embedded database does not flush to disk (docs/durability.md): listening beyond this machine
  // with it needs this explicit "on"; the production setup is a PostgreSQL server (DATABASE_URL).
  EMBEDDED_IN_PRODUCTION: Type.Enum(['on', 'off'], { default: 'off' }),
  EXPORT_DIR: Type.String({ default: './exports', minLength: 1 }),
  SCHEDULER: Type.Enum(['on', 'off'], { default: 'on' }),
  // Intake (api/intake): watched sources, fetched politely and never from private addresses.
  INTAKE_ALLOW_PRIVATE: Type.Enum(['on', 'off'], { default: 'off' }),
  INTAKE_CONTACT: Type.Optional(Type.String({ minLength: 3 })),
  INTAKE_TIMEOUT_S: Type.Number({ exclusiveMinimum: 0, default: 30 }),
  INTAKE_MAX_REDIRECTS: Type.Integer({ minimum: 0, maximum: 20, default: 5 }),
  INTAKE_FEED_MB: Type.Number({ exclusiveMinimum: 0, default: 10 }),
  INTAKE_PAGE_MB: Type.Number({ exclusiveMinimum: 0, default: 5 }),
  INTAKE_PDF_MB: Type.Number({ exclusiveMinimum: 0, default: 50 }),
  INTAKE_PDF_MAX_PAGES: Type.Integer({ minimum: 1, default: 300 }),
  INTAKE_HOST_DELAY_MS: Type.Integer({ minimum: 0, default: 1000 }),
  ARCHIVE_DIR: Type.String({ default: './archive', minLength: 1 }),
  // Alerts (api/alerts): e-mail through SMTP_URL (unset: no e-mail is sent), webhooks, links in both.
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ default: 'Tally <tally@localhost>', minLength: 3 }),
  PUBLIC_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:8080' }),
  // Signs one-click unsubscribe links; unset, a random key per start (old links stop working).
  ALERT_LINK_SECRET: Type.Optional(Type.String({ minLength: 16 })),
  ALERTS: Type.Enum(['on', 'off'], { default: 'on' }),
  ALERTS_POLL_MS: Type.Integer({ minimum: 50, default: 5000 }),
  WEBHOOK_ALLOW_PRIVATE: Type.Enum(['on', 'off'], { default: 'off' }),
  // A sender holds what it sends for this long; past it, another process takes it over.
  ALERTS_LEASE_S: Type.Number({ exclusiveMinimum: 0, default: 120 }),
  // First retry after a failed send; each later one waits twice as long (at most 6 hours).
  ALERTS_RETRY_S: Type.Number({ exclusiveMinimum: 0, default: 30 }),
  // Scheduled exports delivered by e-mail, to S3-compatible storage and WebDAV (api/delivery).
  // The key that encrypts destinations' credentials (any string of ≥ 32 characters; unset, none can be saved).
  SECRETS_KEY: Type.Optional(Type.String({ minLength: 32 })),
  DELIVERY_ALLOW_PRIVATE: Type.Enum(['on', 'off'], { default: 'off' }),
  DELIVERY_TIMEOUT_S: Type.Number({ exclusiveMinimum: 0, default: 120 }),
  // Intake jobs in this process: 0 leaves them to `npm run worker` processes.
  WORKERS: Type.Integer({ minimum: 0, maximum: 16, default: 1 }),
})

export type Config = Static<typeof ConfigSchema>

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set", as docker-compose passes them for unset variables.
  const data = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  return envSchema<Config>({ schema: ConfigSchema as object, data, env: false, dotenv: false })
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/

/**
 * What the embedded database promises, said at start-up; and a refusal to serve other machines with it
 * unless EMBEDDED_IN_PRODUCTION=on. Null when a PostgreSQL server is configured.
 */
export function embeddedDurability(config: Config): { refuse: boolean; message: string } | null {
  if (config.DATABASE_URL || config.DATA_DIR.startsWith('memory://')) return null
  const loopback = LOOPBACK.test(config.HOST)
  const promise =
    'Embedded database: an acknowledged write survives a crash or kill -9 of Tally, but not a power cut, ' +
    'kernel panic or VM reset (PGlite never flushes to disk). For production set DATABASE_URL to a ' +
    'PostgreSQL server.'
  if (loopback || config.EMBEDDED_IN_PRODUCTION === 'on') return { refuse: false, message: promise }
  return {
    refuse: true,
    message: `HOST=${config.HOST} serves other machines, with the embedded database. ${promise} Set EMBEDDED_IN_PRODUCTION=on to accept that.`,
  }
}
