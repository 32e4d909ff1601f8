import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { errors, IdParams } from '../http/schemas.ts'
import { addAnnotation, listAnnotations, removeAnnotation } from './annotations.ts'
import { AnnotationCreate, AnnotationItem, AnnotationParams } from './schemas.ts'

const tags = ['series']

// Reading needs a viewer (GET's default); adding and removing an editor (the default of other methods).
const annotationRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/series/:id/annotations',
    {
      schema: {
        tags,
        summary: "A series' dated notes, drawn on its chart and listed in its brief",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(AnnotationItem) }), ...errors(401, 404) },
      },
    },
    async (request) => ({ items: await listAnnotations(fastify.db, request.params.id) }),
  )
  fastify.post(
    '/series/:id/annotations',
    {
      schema: {
        tags,
        summary: 'Add a dated note to a series ("ceasefire announced"); audited',
        params: IdParams,
        body: AnnotationCreate,
        response: { 201: AnnotationItem, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAnnotation(fastify.db, request.actor, request.params.id, request.body)),
  )
  fastify.delete(
    '/series/:id/annotations/:annotation',
    {
      schema: {
        tags,
        summary: 'Remove a note from a series; audited',
        params: AnnotationParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeAnnotation(fastify.db, request.actor, request.params.id, request.params.annotation)
      return reply.code(204).send(null)
    },
  )
}

export default annotationRoutes
