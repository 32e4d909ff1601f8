import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Topic, TopicQuery } from '../schemas.ts'
import { answerCache } from '../store/cache.ts'
import { listTopics } from '../store/read.ts'
import { cachedListRoute } from './list-query.ts'

const topicRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const cache = answerCache(16 * 1024 * 1024)
  cachedListRoute(fastify, '/', {
    summary: 'Topics (metric, group, place) with their series, pinned and most recently updated first',
    querystring: TopicQuery,
    item: Topic,
    cursor: Type.Integer(),
    cache,
    label: 'topics',
    keyPrefix: '',
    page: async ({ filters, limit, cursor }) => {
      const page = await listTopics(fastify.db, filters, limit, cursor ?? 0)
      return { items: page.items, next_cursor: page.next_offset }
    },
  })
}

export default topicRoutes
