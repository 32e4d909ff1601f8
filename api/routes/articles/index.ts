import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import { ingestUrl } from '../../intake/url-ingest.ts'
import {
  ArticleCreate,
  ArticleDetail,
  ArticlePatch,
  ArticleQuery,
  ArticleSummary,
  BatchCreate,
  BatchResponse,
  IngestResponse,
} from '../../schemas/articles.ts'
import { HistoryEntry } from '../../schemas/claims.ts'
import { errors, IdParams, Nullable } from '../../schemas/common.ts'
import {
  getArticle,
  getArticleSummary,
  listArticles,
  toArticleInput,
  updateArticle,
} from '../../services/articles.ts'
import { history } from '../../services/claims-write.ts'
import { HttpError } from '../../services/errors.ts'
import { ingestArticle } from '../../services/ingest.ts'
import { ingestArticles } from '../../services/ingest-batch.ts'

const articles: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post(
    '/',
    {
      schema: {
        tags: ['articles'],
        summary:
          'Ingest an article (text, html, or only a url to fetch): store it and every claim the extractor finds, all or nothing',
        description:
          'The same article again (same URL or same normalised text) returns the stored one with 200.',
        body: ArticleCreate,
        response: { 200: IngestResponse, 201: IngestResponse, ...errors(400, 401, 403, 413, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body
      // A URL alone: Tally fetches the page or PDF (api/intake), then ingests it like any article.
      if (body.url && body.text === undefined && body.html === undefined) {
        const r = await ingestUrl(fastify.intake.ctx, body.url, body, request.actor)
        const article = await getArticleSummary(fastify.db, r.articleId)
        return reply.code(r.status === 'created' ? 201 : 200).send({ status: r.status, article })
      }
      const result = await ingestArticle(fastify.db, request.actor, toArticleInput(body))
      const article = await getArticleSummary(fastify.db, result.article.id)
      return reply.code(result.status === 'created' ? 201 : 200).send({ status: result.status, article })
    },
  )

  fastify.post(
    '/batch',
    {
      schema: {
        tags: ['articles'],
        summary: 'Ingest many articles; each is stored on its own, and a bad one is reported and skipped',
        body: BatchCreate,
        response: { 200: BatchResponse, ...errors(400, 401, 403, 413) },
      },
    },
    async (request) => {
      const outcomes = await ingestArticles(
        fastify.db,
        request.actor,
        request.body.articles.map((body) => () => toArticleInput(body)),
        { embedded: fastify.database.kind === 'pglite' },
      )
      const results: Static<typeof BatchResponse>['results'] = outcomes.map((r, index) =>
        r instanceof HttpError
          ? {
              index,
              status: 'error' as const,
              article_id: null,
              claim_count: 0,
              error: { code: r.code, message: r.message },
            }
          : { index, status: r.status, article_id: r.article.id, claim_count: r.claimCount, error: null },
      )
      const count = (s: string) => results.filter((r) => r.status === s).length
      return { results, created: count('created'), existing: count('existing'), failed: count('error') }
    },
  )

  fastify.get(
    '/',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles, newest first',
        querystring: ArticleQuery,
        response: {
          200: Type.Object({ items: Type.Array(ArticleSummary), next_cursor: Nullable(Type.Integer()) }),
          ...errors(400, 401),
        },
      },
    },
    async (request) => listArticles(fastify.db, { ...request.query, limit: request.query.limit ?? 50 }),
  )

  fastify.get(
    '/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with its text and its near-duplicates',
        params: IdParams,
        response: { 200: ArticleDetail, ...errors(401, 404) },
      },
    },
    async (request) => getArticle(fastify.db, request.params.id),
  )

  fastify.patch(
    '/:id',
    {
      schema: {
        tags: ['articles'],
        summary: "Edit an article's title, URL, outlet, date or language (its text is fixed)",
        params: IdParams,
        body: ArticlePatch,
        response: { 200: ArticleSummary, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await updateArticle(fastify.db, request.actor, request.params.id, request.body)
      return getArticleSummary(fastify.db, request.params.id)
    },
  )

  fastify.get(
    '/:id/history',
    {
      schema: {
        tags: ['articles'],
        summary: "An article's audit trail",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(HistoryEntry) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      await getArticleSummary(fastify.db, request.params.id)
      return { items: await history(fastify.db, 'article', request.params.id) }
    },
  )
}

export default articles
