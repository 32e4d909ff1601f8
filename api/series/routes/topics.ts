import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { errors, Nullable } from '../../http/schemas.ts'
import { Topic, TopicQuery } from '../schemas.ts'
import { answerCache, sharedReads } from '../store/cache.ts'
import { listTopics, seriesListVersion } from '../store/read.ts'
import { arrivedAt, NotModified, queryKey, sendCached } from './cached-answer.ts'
import { metricList } from './series.ts'

const topicRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const cache = answerCache(16 * 1024 * 1024)
  const versions = sharedReads<number>()
  fastify.get(
    '/',
    {
      schema: {
        tags: ['series'],
        summary: 'Topics (metric, group, place) with their series, pinned and most recently updated first',
        querystring: TopicQuery,
        response: {
          200: Type.Object({ items: Type.Array(Topic), next_cursor: Nullable(Type.Integer()) }),
          304: NotModified,
          ...errors(400, 401),
        },
      },
    },
    async (request, reply) => {
      const { limit, cursor, metric, ...rest } = request.query
      const filters = { ...rest, metric: metricList(metric) }
      return sendCached(cache, request, reply, {
        label: 'topics',
        key: queryKey(request.query),
        version: await versions('', arrivedAt(reply), () => seriesListVersion(fastify.db)),
        compute: async () => {
          const page = await listTopics(fastify.db, filters, limit ?? 50, cursor ?? 0)
          return { items: page.items, next_cursor: page.next_offset }
        },
      })
    },
  )
}

export default topicRoutes
