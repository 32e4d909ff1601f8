import cookie from '@fastify/cookie'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import accountRoutes from './accounts/routes/account.ts'
import authRoutes from './accounts/routes/auth.ts'
import tokenRoutes from './accounts/routes/tokens.ts'
import userRoutes from './accounts/routes/users.ts'
import adminRoutes from './admin/routes.ts'
import alertRoutes from './alerts/routes.ts'
import annotationRoutes from './annotations/routes.ts'
import outletRoutes from './articles/outlet-routes.ts'
import articleRoutes from './articles/routes.ts'
import claimRoutes from './claims/routes.ts'
import type { Config } from './config.ts'
import deliveryRoutes from './delivery/routes.ts'
import exportRoutes from './exports/routes.ts'
import placeRoutes from './geo/routes.ts'
import healthRoutes from './health/routes.ts'
import { ErrorResponse } from './http/schemas.ts'
import alerts from './plugins/alerts.ts'
import auth, { type Access, routeAccess } from './plugins/auth.ts'
import bootstrap from './plugins/bootstrap.ts'
import database from './plugins/database.ts'
import docs from './plugins/docs.ts'
import errorHandler, { frameworkErrors } from './plugins/error-handler.ts'
import intake from './plugins/intake.ts'
import jsonBody from './plugins/json-body.ts'
import scheduler from './plugins/scheduler.ts'
import security from './plugins/security.ts'
import validation from './plugins/validation.ts'
import web from './plugins/web.ts'
import seriesRoutes from './series/routes/series.ts'
import sourceRoutes from './series/routes/sources.ts'
import topicRoutes from './series/routes/topics.ts'

interface RouteEntry {
  method: string
  url: string
  access: Access
}

declare module 'fastify' {
  interface FastifyInstance {
    routeList(): RouteEntry[]
  }
}

export interface AppOptions {
  config: Config
}

/** Tally as a Fastify plugin: external plugins, then app services, then routes. */
export async function tally(fastify: FastifyInstance, { config }: AppOptions) {
  // Every route with its access level, so a test can walk them all and prove none is left open.
  // Access is read when listed: plugins such as the docs set it in their own onRoute hooks, later.
  const routes: { method: string; options: { url: string; config?: unknown } }[] = []
  fastify.addHook('onRoute', (options) => {
    for (const method of [options.method].flat()) routes.push({ method, options })
  })
  fastify.decorate('routeList', () =>
    routes.map(({ method, options }) => ({
      method,
      url: options.url,
      access: routeAccess(method, (options.config as { access?: Access } | undefined)?.access),
    })),
  )
  fastify.addSchema(ErrorResponse)
  await fastify.register(validation)
  await fastify.register(jsonBody)
  await fastify.register(cookie)
  await fastify.register(security)
  await fastify.register(docs)
  await fastify.register(errorHandler)

  await fastify.register(database, { config })
  await fastify.register(auth)
  await fastify.register(bootstrap, { config })
  await fastify.register(scheduler, { config })
  await fastify.register(alerts, { config })

  await fastify.register(healthRoutes)
  await fastify.register(authRoutes, { prefix: '/api/auth', config })
  await fastify.register(accountRoutes, { prefix: '/api/account', config })
  await fastify.register(articleRoutes, { prefix: '/api/articles' })
  await fastify.register(claimRoutes, { prefix: '/api/claims' })
  await fastify.register(outletRoutes, { prefix: '/api/outlets' })
  await fastify.register(seriesRoutes, { prefix: '/api' })
  await fastify.register(annotationRoutes, { prefix: '/api' })
  await fastify.register(topicRoutes, { prefix: '/api/topics' })
  await fastify.register(placeRoutes, { prefix: '/api/places' })
  await fastify.register(sourceRoutes, { prefix: '/api/sources' })
  await fastify.register(userRoutes, { prefix: '/api/users' })
  await fastify.register(tokenRoutes, { prefix: '/api/tokens' })
  await fastify.register(adminRoutes, { prefix: '/api/admin' })
  await fastify.register(exportRoutes, { config })
  await fastify.register(deliveryRoutes, { prefix: '/api/exports/schedules' })
  await fastify.register(intake, { config })
  await fastify.register(alertRoutes, { config })
  await fastify.register(web)
}

// A live feed's URL is its key (/feeds/<token>.csv, read without a login), so request logs show it
// without the token; the rest is Fastify's own request serializer.
const FEED_URL = /^\/feeds\/[^/.?]*/
export function requestForLog(req: FastifyRequest) {
  return {
    method: req.method,
    url: req.url.replace(FEED_URL, '/feeds/[redacted]'),
    version: req.headers?.['accept-version'] as string | undefined,
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }
}

// A failed query's error names its parameters (drizzle: "Failed query: … params: …"), and those are
// password hashes, session and token digests, article text. The log keeps the query, not the values.
const PARAMS = /\nparams: [\s\S]*$/
type LoggedError = { type: string; message: string; stack: string; [key: string]: unknown }
export function errorForLog(err: Error): LoggedError {
  return scrubError(err, 0) as LoggedError
}
function scrubError(err: unknown, depth: number): unknown {
  if (!(err instanceof Error) || depth > 5) return err
  const message = err.message.replace(PARAMS, '\nparams: [not logged]')
  const out: Record<string, unknown> = {
    type: err.constructor?.name ?? err.name,
    message,
    stack: err.stack?.replace(err.message, message),
  }
  for (const [key, value] of Object.entries(err)) {
    if (key in out || key === 'cause' || key === 'params' || key === 'parameters') continue
    out[key] = value
  }
  if (err.cause !== undefined) out.cause = scrubError(err.cause, depth + 1)
  return out
}

/** A ready-to-listen server; tests use it with `inject`, server.ts with `listen`. */
export async function buildServer(config: Config, options: FastifyServerOptions = {}) {
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: { req: requestForLog, err: errorForLog },
    },
    // Fastify takes whole bytes; BODY_LIMIT_MB may be a fraction (0.1).
    bodyLimit: Math.floor(config.BODY_LIMIT_MB * 1024 * 1024),
    requestTimeout: 60_000,
    // First start migrates, seeds and loads sample data before listening; slow disks need time.
    pluginTimeout: 120_000,
    routerOptions: { ignoreTrailingSlash: true },
    // A hop count, as a function because Fastify's types omit the number form its runtime takes.
    trustProxy:
      config.TRUST_PROXY === 'off'
        ? false
        : (_address: string, hop: number) => hop < Number(config.TRUST_PROXY),
    frameworkErrors,
    ...options,
  }).withTypeProvider<TypeBoxTypeProvider>()
  await app.register(fp(tally), { config })
  await app.ready()
  return app
}
