import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static, TSchema } from 'typebox'
import { METRICS, type Metric } from '../../extractor/types.ts'
import { listParam } from '../../http/list-param.ts'
import { errors, Page } from '../../http/schemas.ts'
import { type AnswerCache, sharedReads } from '../store/cache.ts'
import { seriesListVersion } from '../store/read.ts'
import { arrivedAt, NotModified, queryKey, sendCached } from './cached-answer.ts'

// The series list and the topics list take the same filters and answer the same way (a page of items
// and the next cursor, or 304): written once here.

export const metricList = (value: string | undefined) => listParam<Metric>('metric', value, METRICS)

/** The route schema of a cached list: its query, a page of `item`s and the next cursor, or 304. */
export function listSchema<Q extends TSchema, I extends TSchema, C extends TSchema>(
  summary: string,
  querystring: Q,
  item: I,
  cursor: C,
) {
  return {
    tags: ['series'],
    summary,
    querystring,
    response: {
      200: Page(item, cursor),
      304: NotModified,
      ...errors(400, 401),
    },
  }
}

/** Splits a list query into its page (limit, cursor) and its filters, the metric list parsed. */
export function listQuery<Q extends { limit?: number; cursor?: unknown; metric?: string }>(query: Q) {
  const { limit, cursor, metric, ...rest } = query
  return {
    limit: limit ?? 50,
    cursor: cursor as Q['cursor'],
    filters: { ...rest, metric: metricList(metric) },
  }
}

/**
 * GET `path`: a cached page of a list that moves with the series list's version. A miss computes
 * `page` from the query split by `listQuery`; a client that holds the current answer gets 304.
 */
export function cachedListRoute<Q extends TSchema, I extends TSchema, C extends TSchema>(
  fastify: Parameters<FastifyPluginAsyncTypebox>[0],
  path: string,
  list: {
    summary: string
    querystring: Q
    item: I
    cursor: C
    cache: AnswerCache
    /** Names the list in its ETags. */
    label: string
    /** Sets this list's answers apart from other answers kept in the same cache. */
    keyPrefix: string
    page: (
      query: ReturnType<typeof listQuery<Static<Q> & { limit?: number; cursor?: unknown }>>,
    ) => Promise<unknown>
  },
) {
  const versions = sharedReads<number>()
  fastify.get(
    path,
    { schema: listSchema(list.summary, list.querystring, list.item, list.cursor) },
    async (request, reply) => {
      const query = request.query as Static<Q> & { limit?: number; cursor?: unknown }
      return sendCached(list.cache, request, reply, {
        label: list.label,
        key: `${list.keyPrefix}${queryKey(query as object)}`,
        version: await versions('', arrivedAt(reply), () => seriesListVersion(fastify.db)),
        compute: () => list.page(listQuery(query)),
      })
    },
  )
}
