import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { errors } from '../http/schemas.ts'
import { MapPoints, MapQuery, PlaceList } from './schemas.ts'
import { mapPoints, placesWithFigures } from './store/read.ts'

const placeRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['places'],
        summary:
          'Countries and their ISO 3166-2 divisions that have figures: what the place filters pick from',
        response: { 200: PlaceList, ...errors(401) },
      },
    },
    async () => ({ items: await placesWithFigures(fastify.db) }),
  )
  fastify.get(
    '/map',
    {
      schema: {
        tags: ['places'],
        summary: 'The latest figure of a metric per place, with coordinates: the overview map',
        querystring: MapQuery,
        response: { 200: MapPoints, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { metric, ...where } = request.query
      return { metric, items: await mapPoints(fastify.db, metric, where) }
    },
  )
}

export default placeRoutes
