import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { errors, Nullable } from '../../schemas/common.ts'
import { Topic, TopicQuery } from '../../schemas/series.ts'
import { listTopics } from '../../services/series-read.ts'
import { metricList } from '../series/index.ts'

const topicRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['series'],
        summary: 'Topics (metric, group, place) with their series, pinned and most recently updated first',
        querystring: TopicQuery,
        response: {
          200: Type.Object({ items: Type.Array(Topic), next_cursor: Nullable(Type.Integer()) }),
          ...errors(400, 401),
        },
      },
    },
    async (request) => {
      const { limit, cursor, metric, ...rest } = request.query
      const page = await listTopics(
        fastify.db,
        { ...rest, metric: metricList(metric) },
        limit ?? 50,
        cursor ?? 0,
      )
      return { items: page.items, next_cursor: page.next_offset }
    },
  )
}

export default topicRoutes
