import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyContextConfig, FastifyRequest, preHandlerHookHandler } from 'fastify'
import { type Static, type TSchema, Type } from 'typebox'
import { errors, ListOf, Page } from './schemas.ts'

// The route shapes nearly every feature has, written once: a list answered as `{items: [...]}` (or a
// page of a long one, `{items, next_cursor}`), a creation answered 201 with what was made, a removal
// answered 204 No Content, and any other work answered 200 with the one thing it read or changed.
// Each registers a plain Fastify route, so the OpenAPI document, the validation and the access check
// (config.access, else the method's default) are those of a route written out by hand.

type App = Parameters<FastifyPluginAsyncTypebox>[0]
type Shape<S> = S extends TSchema ? Static<S> : unknown

/** What a route says about itself besides its success answer, which the shape supplies. */
export interface RouteDoc<P, Q> {
  tags: string[]
  summary: string
  params?: P
  querystring?: Q
  /** The error answers it documents: `errors(...codes)`. */
  errors?: number[]
  config?: FastifyContextConfig
  preHandler?: preHandlerHookHandler
}

type RouteRequest<P, Q, B = unknown> = FastifyRequest<{ Params: Shape<P>; Querystring: Shape<Q>; Body: B }>

function options<P, Q>(doc: RouteDoc<P, Q>, success: Record<number, TSchema>) {
  const { errors: codes = [], config, preHandler, ...schema } = doc
  return {
    ...(config && { config }),
    ...(preHandler && { preHandler }),
    schema: { ...schema, response: { ...success, ...errors(...codes) } },
  }
}

/**
 * The shapes for one plugin's routes, with what they all share said once: the OpenAPI tag and,
 * where every route needs the same role, the access. A route's own doc may still override either.
 */
export function routeShapes(fastify: App, shared: Pick<RouteDoc<unknown, unknown>, 'tags' | 'config'>) {
  return {
    /** GET `path`: the items `read` finds, as `{items}`. */
    list<I extends TSchema, P extends TSchema | undefined, Q extends TSchema | undefined>(
      path: string,
      doc: Partial<RouteDoc<P, Q>> & { summary: string; item: I },
      read: (request: RouteRequest<P, Q>) => Promise<Static<I>[]>,
    ) {
      const { item, ...rest } = doc
      fastify.get(path, options({ ...shared, ...rest }, { 200: ListOf(item) }), async (request) => ({
        items: await read(request as RouteRequest<P, Q>),
      }))
    },

    /** GET `path`: the page of a long list that `read` finds for the query, as `{items, next_cursor}`. */
    page<I extends TSchema, C extends TSchema, Q extends TSchema>(
      path: string,
      doc: Partial<RouteDoc<undefined, Q>> & { summary: string; querystring: Q; item: I; cursor: C },
      read: (request: RouteRequest<undefined, Q>) => Promise<Static<ReturnType<typeof Page<I, C>>>>,
    ) {
      const { item, cursor, ...rest } = doc
      fastify.get(path, options({ ...shared, ...rest }, { 200: Page(item, cursor) }), (request) =>
        read(request as RouteRequest<undefined, Q>),
      )
    },

    /** POST `path`: `make` creates the thing the body describes; the answer is 201 with it. */
    create<B extends TSchema, R extends TSchema, P extends TSchema | undefined>(
      path: string,
      doc: Partial<RouteDoc<P, undefined>> & { summary: string; body: B; made: R },
      make: (request: RouteRequest<P, undefined, Static<B>>) => Promise<Static<R>>,
    ) {
      const { made, body, ...rest } = doc
      const { schema, ...route } = options({ ...shared, ...rest }, { 201: made })
      fastify.post(path, { ...route, schema: { ...schema, body } }, async (request, reply) =>
        reply.code(201).send(await make(request as RouteRequest<P, undefined, Static<B>>)),
      )
    },

    /** `method` `path`: `handle` does the work; the answer is 200 with the one thing `answer` describes. */
    answer<R extends TSchema, P extends TSchema | undefined, B extends TSchema | undefined = undefined>(
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      path: string,
      doc: Partial<RouteDoc<P, undefined>> & { summary: string; body?: B; answer: R },
      handle: (request: RouteRequest<P, undefined, Shape<B>>) => Promise<Static<R>>,
    ) {
      const { answer, body, ...rest } = doc
      const { schema, ...route } = options({ ...shared, ...rest }, { 200: answer })
      fastify.route({
        method,
        url: path,
        ...route,
        schema: { ...schema, ...(body && { body }) },
        handler: (request) => handle(request as RouteRequest<P, undefined, Shape<B>>),
      })
    },

    /** DELETE `path`: `remove` does it (throwing the 404 of a missing thing); the answer is 204 No Content. */
    remove<P extends TSchema | undefined>(
      path: string,
      doc: Partial<RouteDoc<P, undefined>> & { summary: string },
      remove: (request: RouteRequest<P, undefined>) => Promise<unknown>,
    ) {
      fastify.delete(path, options({ ...shared, ...doc }, { 204: Type.Null() }), async (request, reply) => {
        await remove(request as RouteRequest<P, undefined>)
        return reply.code(204).send(null)
      })
    },
  }
}
