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
  ADMIN_EMAIL: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 10 })),
  SESSION_TTL_HOURS: Type.Number({ exclusiveMinimum: 0, default: 12 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  BODY_LIMIT_MB: Type.Number({ exclusiveMinimum: 0, default: 5 }),
  // Behind a reverse proxy that terminates HTTPS: trust X-Forwarded-* so cookies are marked Secure.
  TRUST_PROXY: Type.Enum(['on', 'off'], { default: 'off' }),
  LOGIN_ATTEMPTS_PER_MINUTE: Type.Integer({ minimum: 1, default: 10 }),
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
  // Intake jobs in this process: 0 leaves them to `npm run worker` processes.
  WORKERS: Type.Integer({ minimum: 0, maximum: 16, default: 1 }),
})

export type Config = Static<typeof ConfigSchema>

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set", as docker-compose passes them for unset variables.
  const data = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  return envSchema<Config>({ schema: ConfigSchema as object, data, env: false, dotenv: false })
}
