import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ownerOrAdmin } from '../exports/route-ownership.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { ChildParams, errors, IdParams, PageLimit } from '../http/schemas.ts'
import {
  createDestination,
  deleteDestination,
  getDestinationRow,
  listDeliveries,
  listDestinations,
  updateDestination,
} from './destinations.ts'
import { Delivery, Destination, DestinationCreate, DestinationPatch, TestResult } from './schemas.ts'
import { sendFile } from './send.ts'

// Listed with the exports in the API document.
const tags = ['exports']
const DestParams = ChildParams('dest')

/** Destinations of a scheduled export and their deliveries, under /api/exports/schedules/:id. */
const deliveryRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags })
  const owned = ownerOrAdmin(fastify, 'schedule')
  const deps = () => ({ db: fastify.db, box: fastify.delivery.box, http: fastify.delivery.http })

  route.list(
    '/:id/destinations',
    {
      summary: "A scheduled export's destinations (e-mail, S3, WebDAV), each with its last delivery",
      params: IdParams,
      item: Destination,
      errors: [401, 404],
    },
    (request) => listDestinations(fastify.db, request.params.id),
  )

  route.create(
    '/:id/destinations',
    {
      summary: 'Add a destination; credentials are stored encrypted and never shown again',
      params: IdParams,
      body: DestinationCreate,
      made: Destination,
      preHandler: owned,
      errors: [400, 401, 403, 404, 409],
    },
    (request) => createDestination(deps(), request.actor, request.params.id, request.body),
  )

  fastify.patch(
    '/:id/destinations/:dest',
    {
      preHandler: owned,
      schema: {
        tags,
        summary: 'Change a destination; new credentials replace the stored ones (rotation)',
        params: DestParams,
        body: DestinationPatch,
        response: { 200: Destination, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateDestination(deps(), request.actor, request.params.id, request.params.dest, request.body),
  )

  route.remove(
    '/:id/destinations/:dest',
    {
      summary: 'Remove a destination and its delivery history',
      params: DestParams,
      preHandler: owned,
      errors: [401, 403, 404],
    },
    (request) => deleteDestination(fastify.db, request.actor, request.params.id, request.params.dest),
  )

  fastify.post(
    '/:id/destinations/:dest/test',
    {
      preHandler: owned,
      schema: {
        tags,
        summary: "Send a small test file to a destination and report the server's answer",
        params: DestParams,
        response: { 200: TestResult, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const d = await getDestinationRow(fastify.db, request.params.id, request.params.dest)
      const now = new Date()
      const stamp = now.toISOString().replace(/[:.]/g, '-')
      const body = Buffer.from(`test,sent at\r\nTally test delivery,${now.toISOString()}\r\n`)
      try {
        const sent = await sendFile(fastify.delivery, d, {
          name: `tally-test-${stamp}.csv`,
          body,
          contentType: 'text/csv; charset=utf-8',
          tag: `test-${d.id}-${stamp}`,
          subject: `Tally test delivery: ${d.name}`,
          text: 'A test of this destination of a scheduled export in Tally. Nothing to do.',
          link: fastify.delivery.publicUrl,
        })
        return { ok: true, ...sent, error: null }
      } catch (err) {
        return { ok: false, target: null, response: null, error: (err as Error).message }
      }
    },
  )

  route.list(
    '/:id/deliveries',
    {
      summary: "Deliveries of a schedule's runs, newest first: where, status, attempts, answer, error",
      params: IdParams,
      querystring: Type.Object({ limit: PageLimit(500) }, { additionalProperties: false }),
      item: Delivery,
      errors: [401, 404],
    },
    (request) => listDeliveries(fastify.db, request.params.id, request.query.limit ?? 50),
  )
}

export default deliveryRoutes
