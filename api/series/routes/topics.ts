import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Topic, TopicQuery } from '../schemas.ts'
import { answerCache, sharedReads } from '../store/cache.ts'
import { listTopics, seriesListVersion } from '../store/read.ts'
import { arrivedAt, queryKey, sendCached } from './cached-answer.ts'
import { listQuery, listSchema } from './list-query.ts'

const topicRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const cache = answerCache(16 * 1024 * 1024)
  const versions = sharedReads<number>()
  fastify.get(
    '/',
    {
      schema: listSchema(
        'Topics (metric, group, place) with their series, pinned and most recently updated first',
        TopicQuery,
        Topic,
        Type.Integer(),
      ),
    },
    async (request, reply) => {
      const { limit, cursor, filters } = listQuery(request.query)
      return sendCached(cache, request, reply, {
        label: 'topics',
        key: queryKey(request.query),
        version: await versions('', arrivedAt(reply), () => seriesListVersion(fastify.db)),
        compute: async () => {
          const page = await listTopics(fastify.db, filters, limit, cursor ?? 0)
          return { items: page.items, next_cursor: page.next_offset }
        },
      })
    },
  )
}

export default topicRoutes
