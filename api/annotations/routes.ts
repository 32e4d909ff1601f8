import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { routeShapes } from '../http/route-shapes.ts'
import { IdParams } from '../http/schemas.ts'
import { addAnnotation, listAnnotations, removeAnnotation } from './annotations.ts'
import { AnnotationCreate, AnnotationItem, AnnotationParams } from './schemas.ts'

const tags = ['series']

// Reading needs a viewer (GET's default); adding and removing an editor (the default of other methods).
const annotationRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags })
  route.list(
    '/series/:id/annotations',
    {
      summary: "A series' dated notes, drawn on its chart and listed in its brief",
      params: IdParams,
      item: AnnotationItem,
      errors: [401, 404],
    },
    (request) => listAnnotations(fastify.db, request.params.id),
  )
  route.create(
    '/series/:id/annotations',
    {
      summary: 'Add a dated note to a series ("ceasefire announced"); audited',
      params: IdParams,
      body: AnnotationCreate,
      made: AnnotationItem,
      errors: [400, 401, 403, 404],
    },
    (request) => addAnnotation(fastify.db, request.actor, request.params.id, request.body),
  )
  route.remove(
    '/series/:id/annotations/:annotation',
    {
      summary: 'Remove a note from a series; audited',
      params: AnnotationParams,
      errors: [401, 403, 404],
    },
    (request) => removeAnnotation(fastify.db, request.actor, request.params.id, request.params.annotation),
  )
}

export default annotationRoutes
