import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { routeShapes } from '../../http/route-shapes.ts'
import { errors, IdParams } from '../../http/schemas.ts'
import { SourceCreate, SourceGrade, SourceGradeBody, SourceItem, TrackRecord } from '../schemas.ts'
import { setSourceGrade } from '../store/source-grade.ts'
import { addAlias, createSource, deleteAlias, listSources } from '../store/sources-admin.ts'
import { readTrackRecords } from '../store/track-records.ts'

// Organisations credited with figures and the spellings that name them; admins keep the table.
const tags = ['sources']

const sourceRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags })
  route.list(
    '/',
    {
      summary: 'Sources with their aliases and how many claims credit each',
      querystring: Type.Object(
        { q: Type.Optional(Type.String({ maxLength: 200 })) },
        { additionalProperties: false },
      ),
      item: SourceItem,
      errors: [401],
    },
    (request) => listSources(fastify.db, request.query.q),
  )

  route.list(
    '/track-records',
    {
      summary: "Sources' track records from Tally's own history: revisions, conflicts, lag, rounding, review",
      item: TrackRecord,
      errors: [401],
    },
    () => readTrackRecords(fastify.db),
  )

  fastify.put(
    '/:id/grade',
    {
      schema: {
        tags,
        summary: "Set a source's reliability grade (A-F) with a note; audited; the best estimates follow",
        params: IdParams,
        body: SourceGradeBody,
        response: { 200: SourceGrade, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      setSourceGrade(fastify.db, request.actor, request.params.id, {
        grade: request.body.grade,
        note: request.body.note,
      }),
  )

  fastify.post(
    '/',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Add an organisation with its aliases; matching claims are re-attributed',
        body: SourceCreate,
        response: {
          201: Type.Object({ id: Type.Integer(), key: Type.String(), name: Type.String() }),
          ...errors(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const s = await createSource(fastify.db, request.actor, request.body)
      return reply.code(201).send({ id: s.id, key: s.key, name: s.name })
    },
  )

  fastify.post(
    '/:id/aliases',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Add a spelling that names this source',
        params: IdParams,
        body: Type.Object(
          { alias: Type.String({ minLength: 1, maxLength: 300 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.Integer(), alias: Type.String(), reassigned: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addAlias(fastify.db, request.actor, request.params.id, request.body.alias)),
  )

  fastify.delete(
    '/aliases/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Remove a spelling',
        params: IdParams,
        response: {
          200: Type.Object({ id: Type.Integer(), alias: Type.String(), reassigned: Type.Integer() }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => deleteAlias(fastify.db, request.actor, request.params.id),
  )
}

export default sourceRoutes
