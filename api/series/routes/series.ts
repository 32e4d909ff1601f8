import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { historyEntry } from '../../audit/history.ts'
import { notFound } from '../../http/errors.ts'
import { routeShapes } from '../../http/route-shapes.ts'
import { errors, Id, IdParams, Nullable } from '../../http/schemas.ts'
import {
  Buckets,
  Changes,
  ChangesQuery,
  Estimate,
  EstimateQuery,
  FlagExplainBody,
  Operation,
  PointQuotes,
  SeriesDetail,
  SeriesDetailQuery,
  SeriesPatch,
  SeriesQuery,
  SeriesSummary,
} from '../schemas.ts'
import { answerCache, sharedReads } from '../store/cache.ts'
import { changesSince } from '../store/changes.ts'
import { mergeSeries, seriesOperations, splitSeries, undoOperation, updateSeries } from '../store/edit.ts'
import { explainFlag } from '../store/flag-notes.ts'
import { listSeries, seriesBuckets, seriesEstimate, seriesToApi, seriesVersion } from '../store/read.ts'
import { pointQuotes, seriesAnswer } from '../store/read-range.ts'
import { arrivedAt, NotModified, sendCached } from './cached-answer.ts'
import { cachedListRoute, metricList } from './list-query.ts'

const seriesRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags: ['series'] })
  // One per app, not per process: two apps in one process (tests, benchmarks) have databases of
  // their own whose series ids and versions coincide.
  const cache = answerCache()
  const versions = sharedReads<number | null>()

  cachedListRoute(fastify, '/series', {
    summary: 'Series with their summaries: latest figure, change, sources, disagreements',
    querystring: SeriesQuery,
    item: SeriesSummary,
    cursor: Type.String(),
    cache,
    label: 'series',
    keyPrefix: 'list ',
    page: ({ filters, limit, cursor }) => listSeries(fastify.db, filters, limit, cursor),
  })

  fastify.get(
    '/series/:id',
    {
      schema: {
        tags: ['series'],
        summary:
          'One series: its points per source, ready to plot, with changes, increments and disagreements',
        params: IdParams,
        querystring: SeriesDetailQuery,
        response: { 200: SeriesDetail, 304: NotModified, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params
      const { window_days: windowDays = 7, ...range } = request.query
      // Read before the answer is computed, so a stored answer is never older than its version.
      const version = await versions(String(id), arrivedAt(reply), () => seriesVersion(fastify.db, id))
      if (version === null) throw notFound('Series', id)
      return sendCached(cache, request, reply, {
        label: id,
        key: `${id} w${windowDays} ${range.from ?? ''}..${range.to ?? ''} ${range.max_points ?? ''}`,
        version,
        compute: () => seriesAnswer(fastify.db, id, range, windowDays),
      })
    },
  )

  fastify.get(
    '/series/:id/quotes',
    {
      schema: {
        tags: ['series'],
        summary: "The claims and quotes behind one point of a series (a paged answer's points carry none)",
        params: IdParams,
        querystring: Type.Object(
          { point: Type.String({ minLength: 1, maxLength: 500, description: "the point's key" }) },
          { additionalProperties: false },
        ),
        response: { 200: PointQuotes, ...errors(400, 401, 404) },
      },
    },
    async (request) => pointQuotes(fastify.db, request.params.id, request.query.point),
  )

  fastify.get(
    '/series/:id/buckets',
    {
      schema: {
        tags: ['series'],
        summary: 'Incidents summed per day, week or month, with a running total',
        params: IdParams,
        querystring: Type.Object(
          { unit: Type.Optional(Type.Enum(['day', 'week', 'month'])) },
          { additionalProperties: false },
        ),
        response: { 200: Buckets, ...errors(400, 401, 404) },
      },
    },
    async (request) => seriesBuckets(fastify.db, request.params.id, request.query.unit ?? 'week'),
  )

  fastify.get(
    '/series/:id/estimate',
    {
      schema: {
        tags: ['series'],
        summary: 'Low, best and high at a date, by the series rule or another, with its reason',
        params: IdParams,
        querystring: EstimateQuery,
        response: {
          200: Type.Object({
            series_id: Type.Integer(),
            at: Nullable(Type.String()),
            estimate: Nullable(Estimate),
          }),
          ...errors(400, 401, 404),
        },
      },
    },
    async (request) => seriesEstimate(fastify.db, request.params.id, request.query),
  )

  fastify.put(
    '/series/:id/flags/explained',
    {
      schema: {
        tags: ['series'],
        summary: 'Mark a jump or late-report flag as explained, with a note (or change the note); audited',
        params: IdParams,
        body: FlagExplainBody,
        response: {
          200: Type.Object({
            id: Type.Integer(),
            series_id: Type.Integer(),
            kind: Type.String(),
            point: Type.String(),
            note: Type.String(),
            by: Type.String(),
            at: Type.String(),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => explainFlag(fastify.db, request.actor, request.params.id, request.body),
  )

  fastify.get(
    '/changes',
    {
      schema: {
        tags: ['series'],
        summary: 'What changed since a date: new figures, biggest moves, new disagreements',
        description: 'Takes the overview filters of GET /api/topics (metric, place, group, source, dates…).',
        querystring: ChangesQuery,
        response: { 200: Changes, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { since, metric, ...rest } = request.query
      return changesSince(fastify.db, since, { ...rest, metric: metricList(metric) })
    },
  )

  fastify.patch(
    '/series/:id',
    {
      schema: {
        tags: ['series'],
        summary: 'Rename a series, pin it to the overview, or choose its best-estimate rule (null: default)',
        params: IdParams,
        body: SeriesPatch,
        response: { 200: SeriesSummary, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { s, t } = await updateSeries(fastify.db, request.actor, request.params.id, request.body)
      return seriesToApi(s, t)
    },
  )

  route.answer(
    'POST',
    '/series/:id/merge',
    {
      summary: 'Merge this series into another; undoable',
      params: IdParams,
      body: Type.Object({ into: Id }, { additionalProperties: false }),
      answer: SeriesSummary,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const { s, t } = await mergeSeries(fastify.db, request.actor, request.params.id, request.body.into)
      return seriesToApi(s, t)
    },
  )

  route.create(
    '/series/:id/split',
    {
      summary: 'Move some claims of this series into a new series; undoable',
      params: IdParams,
      body: Type.Object(
        {
          claim_ids: Type.Array(Id, {
            minItems: 1,
            maxItems: 1000,
            uniqueItems: true,
          }),
          title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
        },
        { additionalProperties: false },
      ),
      made: SeriesSummary,
      errors: [400, 401, 403, 404],
    },
    async (request) => {
      const { s, t } = await splitSeries(
        fastify.db,
        request.actor,
        request.params.id,
        request.body.claim_ids,
        request.body.title,
      )
      return seriesToApi(s, t)
    },
  )

  route.list(
    '/series/:id/history',
    {
      summary: 'Editorial operations on this series (each can be undone once)',
      params: IdParams,
      item: Operation,
      errors: [401, 404],
    },
    // The serialiser sends only the schema's fields of each entry.
    async (request) => (await seriesOperations(fastify.db, request.params.id)).map(historyEntry),
  )

  fastify.post(
    '/series/operations/:id/undo',
    {
      schema: {
        tags: ['series'],
        summary: 'Undo a move, merge, split, rename or pin',
        params: IdParams,
        response: {
          200: Type.Object({
            undone: Type.Integer(),
            action: Type.String(),
            series_ids: Type.Array(Type.Integer()),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => undoOperation(fastify.db, request.actor, request.params.id),
  )
}

export default seriesRoutes
