import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { getArticleSummary } from '../articles/articles.ts'
import { ArticleSummary } from '../articles/schemas.ts'
import { historyRoute } from '../audit/history-routes.ts'
import { CLAIM_STATUSES } from '../db/schema/enums.ts'
import type { ClaimStatus } from '../db/schema/index.ts'
import type { Metric } from '../extractor/types.ts'
import { METRICS } from '../extractor/types.ts'
import { listParam } from '../http/list-param.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { errors, Id, IdParams, Nullable } from '../http/schemas.ts'
import { moveClaim } from '../series/store/edit.ts'
import { type ClaimSort, listClaims } from './query.ts'
import {
  BulkReview,
  Claim,
  ClaimCreate,
  ClaimListItem,
  ClaimPatch,
  ClaimQuery,
  ClaimReview,
} from './schemas.ts'
import { claimToApi } from './shape.ts'
import { createManualClaim, getClaim, reviewClaims, updateClaim } from './write.ts'

const claims: FastifyPluginAsyncTypebox = async (fastify) => {
  routeShapes(fastify, { tags: ['claims'] }).page(
    '/',
    {
      summary: 'List claims with filters, sorted, one page at a time (keyset pagination)',
      querystring: ClaimQuery,
      item: ClaimListItem,
      cursor: Type.String(),
      errors: [400, 401],
    },
    async (request) => {
      const { sort, limit, cursor, metric, status, articles, ...rest } = request.query
      const filters = {
        ...rest,
        articles: articles?.split(',').map(Number),
        metric: listParam<Metric>('metric', metric, METRICS),
        status: listParam<ClaimStatus>('status', status, CLAIM_STATUSES),
      }
      return listClaims(fastify.db, filters, (sort ?? '-id') as ClaimSort, limit ?? 50, cursor)
    },
  )

  fastify.get(
    '/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'One claim, with its article',
        params: IdParams,
        response: {
          200: Type.Object({ ...Claim.properties, article: Nullable(ArticleSummary) }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => {
      const claim = await getClaim(fastify.db, request.params.id)
      const article = claim.articleId ? await getArticleSummary(fastify.db, claim.articleId) : null
      return { ...claimToApi(claim), article }
    },
  )

  fastify.post(
    '/',
    {
      schema: {
        tags: ['claims'],
        summary: 'Enter a claim by hand (needs article_id or citation)',
        body: ClaimCreate,
        response: { 201: Claim, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await createManualClaim(fastify.db, request.actor, request.body)
      return reply.code(201).send(claimToApi(created))
    },
  )

  fastify.patch(
    '/:id',
    {
      schema: {
        tags: ['claims'],
        summary: 'Correct fields of a claim; send the version you read',
        params: IdParams,
        body: ClaimPatch,
        response: { 200: Claim, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { version, reason, ...fields } = request.body
      return claimToApi(
        await updateClaim(fastify.db, request.actor, request.params.id, version, fields, reason),
      )
    },
  )

  for (const [action, status] of [
    ['verify', 'verified'],
    ['reject', 'rejected'],
    ['reopen', 'pending'],
  ] as const) {
    fastify.post(
      `/:id/${action}`,
      {
        schema: {
          tags: ['claims'],
          summary: `Mark a claim ${status}`,
          params: IdParams,
          body: ClaimReview,
          response: { 200: Claim, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const [claim] = await reviewClaims(
          fastify.db,
          request.actor,
          [{ id: request.params.id, version: request.body.version }],
          status,
          request.body.note,
        )
        return claimToApi(claim)
      },
    )
  }

  fastify.post(
    '/review',
    {
      schema: {
        tags: ['claims'],
        summary: 'Set the review status of many claims at once',
        body: BulkReview,
        response: { 200: Type.Object({ items: Type.Array(Claim) }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { claims, status, note } = request.body
      const updated = await reviewClaims(fastify.db, request.actor, claims, status, note)
      return { items: updated.map(claimToApi) }
    },
  )

  fastify.post(
    '/:id/move',
    {
      schema: {
        tags: ['claims'],
        summary: 'Put a claim in another series by hand (undoable from the series history)',
        params: IdParams,
        body: Type.Object({ series_id: Id }, { additionalProperties: false }),
        response: { 200: Claim, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      claimToApi(await moveClaim(fastify.db, request.actor, request.params.id, request.body.series_id)),
  )

  await fastify.register(
    historyRoute(
      'claim',
      { tag: 'claims', summary: "A claim's audit trail: every change, by whom, when, before and after" },
      getClaim,
    ),
  )
}

export default claims
