import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { getArticleSummary } from '../articles/articles.ts'
import { IngestResponse } from '../articles/schemas.ts'
import { badRequest, notFound } from '../http/errors.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { errors, IdParams } from '../http/schemas.ts'
import { readArchived } from './archive.ts'
import { dismissItem, markInboxSeen, readInbox } from './inbox.ts'
import { ArticleOrigin, Inbox, SubscriptionCreate, SubscriptionPatch, SubscriptionView } from './schemas.ts'
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  updateSubscription,
} from './subscriptions.ts'
import { articleOrigin, ingestUpload } from './url-ingest.ts'

/** /api/subscriptions, /api/inbox, /api/archive and an article's origin. Reads: viewers; writes: editors. */
const intakeRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const tags = ['subscriptions']
  const route = routeShapes(fastify, { tags })

  route.list(
    '/api/subscriptions',
    { summary: 'Watched sources with their status and counts', item: SubscriptionView, errors: [401] },
    () => listSubscriptions(fastify.intake.ctx),
  )

  fastify.get(
    '/api/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'One watched source',
        params: IdParams,
        response: { 200: SubscriptionView, ...errors(401, 404) },
      },
    },
    async (request) => getSubscription(fastify.intake.ctx, request.params.id),
  )

  route.create(
    '/api/subscriptions',
    {
      summary:
        'Watch a feed, a ReliefWeb reports query or a page; without a kind, the URL is fetched to find it',
      body: SubscriptionCreate,
      made: SubscriptionView,
      errors: [400, 401, 403, 409, 422],
    },
    async (request) => {
      const s = await createSubscription(fastify.intake.ctx, request.actor, request.body)
      await fastify.intake.runner.pollNow(s.id)
      return getSubscription(fastify.intake.ctx, s.id)
    },
  )

  fastify.patch(
    '/api/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Edit, pause ({"paused": true}) or resume',
        params: IdParams,
        body: SubscriptionPatch,
        response: { 200: SubscriptionView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const s = await updateSubscription(fastify.intake.ctx, request.actor, request.params.id, request.body)
      if (request.body.paused === false) await fastify.intake.runner.pollNow(s.id)
      return s
    },
  )

  route.remove(
    '/api/subscriptions/:id',
    { summary: 'Stop watching; stored articles stay', params: IdParams, errors: [401, 403, 404] },
    (request) => deleteSubscription(fastify.intake.ctx, request.actor, request.params.id),
  )

  fastify.post(
    '/api/subscriptions/:id/poll',
    {
      schema: {
        tags,
        summary: 'Poll now (a job; the answer does not wait for it)',
        params: IdParams,
        response: { 202: SubscriptionView, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const s = await getSubscription(fastify.intake.ctx, request.params.id)
      await fastify.intake.runner.pollNow(s.id)
      return reply.code(202).send(s)
    },
  )

  fastify.get(
    '/api/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary: 'What arrived since you last looked, with figures per item, by subscription',
        response: { 200: Inbox, ...errors(401) },
      },
    },
    async (request) => readInbox(fastify.db, request.user?.id ?? null),
  )

  fastify.post(
    '/api/inbox/seen',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['inbox'],
        summary: 'Mark everything so far as seen',
        response: { 200: Type.Object({ seen_at: Type.String() }), ...errors(401) },
      },
    },
    async (request) => ({ seen_at: await markInboxSeen(fastify.db, request.actor.id as number) }),
  )

  fastify.post(
    '/api/inbox/items/:id/dismiss',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Take an item out of the inbox',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!(await dismissItem(fastify.db, request.params.id))) throw notFound('Inbox item', request.params.id)
      return reply.code(204).send(null)
    },
  )

  // Uploaded documents come as their bytes; these parsers apply to this plugin's routes only.
  fastify.addContentTypeParser(
    ['application/pdf', 'application/octet-stream', 'text/html'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  )
  fastify.post(
    '/api/articles/document',
    {
      schema: {
        tags: ['articles'],
        summary: 'Ingest an uploaded PDF or web page (its bytes as the body), read as a fetched one would be',
        querystring: Type.Object(
          {
            title: Type.Optional(Type.String({ maxLength: 1000 })),
            published: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: IngestResponse, 201: IngestResponse, ...errors(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body as Buffer
      if (!Buffer.isBuffer(body) || !body.length)
        throw badRequest('body', 'send the document as application/pdf or text/html')
      const r = await ingestUpload(
        fastify.intake.ctx,
        body,
        String(request.headers['content-type']),
        request.query,
        request.actor,
      )
      const article = await getArticleSummary(fastify.db, r.articleId)
      return reply.code(r.status === 'created' ? 201 : 200).send({ status: r.status, article })
    },
  )

  fastify.get(
    '/api/articles/:id/origin',
    {
      schema: {
        tags: ['articles'],
        summary: 'Where an article was fetched from, and its archived copy',
        params: IdParams,
        response: { 200: ArticleOrigin, ...errors(401) },
      },
    },
    async (request) => articleOrigin(fastify.intake.ctx, request.params.id),
  )

  fastify.get(
    '/api/archive/:hash',
    {
      schema: {
        tags: ['articles'],
        summary: 'The bytes as they were fetched (page or PDF), by their SHA-256',
        params: Type.Object({ hash: Type.String({ pattern: '^[0-9a-f]{64}$' }) }),
        response: { ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const bytes = await readArchived(fastify.intake.ctx.archiveDir, request.params.hash)
      if (!bytes) throw notFound('Archived copy', request.params.hash)
      const pdf = bytes.subarray(0, 1024).includes('%PDF-')
      // Served as a download, never rendered on Tally's origin: an archived page is someone else's HTML.
      return reply
        .header('content-type', pdf ? 'application/pdf' : 'application/octet-stream')
        .header(
          'content-disposition',
          `attachment; filename="${request.params.hash.slice(0, 12)}.${pdf ? 'pdf' : 'html'}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(bytes)
    },
  )
}

export default intakeRoutes
