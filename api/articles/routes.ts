import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import { historyRoute } from '../audit/history-routes.ts'
import { HttpError } from '../http/errors.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { errors, IdParams } from '../http/schemas.ts'
import { ingestArticles } from '../ingest/batch.ts'
import { closeHtmlPool, withHtmlConverted } from '../ingest/html-pool.ts'
import { ingestArticle, logExtractionFailure } from '../ingest/ingest.ts'
import { ingestUrl } from '../intake/url-ingest.ts'
import { itemChecker } from '../plugins/schema-rules.ts'
import {
  getArticle,
  getArticleSummary,
  languageOf,
  listArticles,
  toArticleInput,
  updateArticle,
} from './articles.ts'
import {
  ArticleCreate,
  ArticleDetail,
  ArticlePatch,
  ArticleQuery,
  ArticleSummary,
  BatchCreate,
  BatchResponse,
  IngestResponse,
} from './schemas.ts'

const checkArticle = itemChecker<Static<typeof ArticleCreate>>(ArticleCreate)

const articles: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.addHook('onClose', closeHtmlPool)
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
      // A URL alone: Tally fetches the page or PDF (api/intake), then ingests it like any article.
      if (request.body.url && request.body.text === undefined && request.body.html === undefined) {
        const r = await ingestUrl(fastify.intake.ctx, request.body.url, request.body, request.actor)
        const article = await getArticleSummary(fastify.db, r.articleId)
        return reply.code(r.status === 'created' ? 201 : 200).send({ status: r.status, article })
      }
      const body = await withHtmlConverted(request.body)
      const result = await ingestArticle(fastify.db, request.actor, toArticleInput(body))
      logExtractionFailure(request.log, result)
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
        await Promise.all(
          request.body.articles.map(async (body, i) => {
            // Checked and converted (HTML off the main thread) up front; a bad item is its own error.
            const ready = await (async () =>
              withHtmlConverted(checkArticle(body, `articles.${i}`), `articles.${i}.html`))().catch(
              (err: unknown) => err,
            )
            return () => {
              if (ready instanceof Error) throw ready
              return toArticleInput(ready as typeof body)
            }
          }),
        ),
        { embedded: fastify.database.kind === 'pglite' },
      )
      for (const r of outcomes) if (!(r instanceof HttpError)) logExtractionFailure(request.log, r)
      const results: Static<typeof BatchResponse>['results'] = outcomes.map((r, index) =>
        r instanceof HttpError
          ? {
              index,
              status: 'error' as const,
              article_id: null,
              claim_count: 0,
              ...languageOf(null),
              error: { code: r.code, message: r.message },
            }
          : {
              index,
              status: r.status,
              article_id: r.article.id,
              claim_count: r.claimCount,
              ...languageOf(r.article.language),
              error: null,
            },
      )
      const count = (s: string) => results.filter((r) => r.status === s).length
      return { results, created: count('created'), existing: count('existing'), failed: count('error') }
    },
  )

  routeShapes(fastify, { tags: ['articles'] }).page(
    '/',
    {
      summary: 'List articles, newest first',
      querystring: ArticleQuery,
      item: ArticleSummary,
      cursor: Type.Integer(),
      errors: [400, 401],
    },
    (request) => listArticles(fastify.db, { ...request.query, limit: request.query.limit ?? 50 }),
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

  await fastify.register(
    historyRoute('article', { tag: 'articles', summary: "An article's audit trail" }, getArticleSummary),
  )
}

export default articles
