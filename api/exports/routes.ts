import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { PassThrough } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { ClaimFilters } from '../claims/query.ts'
import type { Config } from '../config.ts'
import { CLAIM_STATUSES, type ClaimStatus } from '../db/schema/enums.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../db/schema/exports.ts'
import { METRICS, type Metric } from '../extractor/types.ts'
import { HttpError } from '../http/errors.ts'
import { listParam } from '../http/list-param.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { ChildParams, errors, IdParams, PageLimit } from '../http/schemas.ts'
import { feedValidators, notModified } from './feed-validators.ts'
import {
  createFeed,
  deleteFeed,
  type FeedDefinition,
  feedExport,
  feedToApi,
  getFeed,
  listFeeds,
  readFeed,
  revokeFeed,
  updateFeed,
} from './feeds.ts'
import { insideExportDir } from './files.ts'
import {
  CONTENT_TYPES,
  downloadName,
  EXPORT_TABLES,
  type ExportDefinition,
  type TableName,
  writeExport,
} from './index.ts'
import { ownerOrAdmin } from './route-ownership.ts'
import {
  CreatedFeed,
  ExportQuery,
  Feed,
  FeedCreate,
  FeedPatch,
  MultiExportQuery,
  Run,
  Schedule,
  ScheduleCreate,
  SchedulePatch,
} from './route-schemas.ts'
import {
  createSchedule,
  deleteSchedule,
  getRun,
  getSchedule,
  listRuns,
  listSchedules,
  requestRun,
  updateSchedule,
} from './schedules.ts'

type Query = Record<string, unknown> & { metric?: string; status?: string; hxl?: boolean; bom?: boolean }

function filtersOf(query: Query): ClaimFilters {
  const { metric, status, hxl: _h, bom: _b, tables: _t, ...rest } = query
  return {
    ...(rest as ClaimFilters),
    metric: listParam<Metric>('metric', metric, METRICS),
    status: listParam<ClaimStatus>('status', status, CLAIM_STATUSES),
  }
}

// Every route here is listed under one heading of the API document.
const tags = ['exports']

const quoteName = (name: string) => name.replace(/["\\\r\n]/g, '_')

/**
 * Streams an export as the response. Rows are read and written as the client takes them; when the
 * client goes away the read stops. A failure after the first byte cuts the connection, so a client
 * never mistakes half a file for a whole one.
 */
function sendExport(
  request: FastifyRequest,
  reply: FastifyReply,
  def: ExportDefinition,
  options: { name: string; disposition: 'attachment' | 'inline'; title?: string; cache?: string },
) {
  reply
    .header('content-type', CONTENT_TYPES[def.format])
    .header('content-disposition', `${options.disposition}; filename="${quoteName(options.name)}"`)
    .header('cache-control', options.cache ?? 'no-store')
    .header('x-content-type-options', 'nosniff')
  // A HEAD request gets the headers without an export being run.
  if (request.method === 'HEAD') return reply.send()
  const db = request.server.db
  const out = new PassThrough()
  const abort = new AbortController()
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) abort.abort(new Error('client went away'))
  })
  writeExport(db, def, out, { title: options.title, signal: abort.signal }).catch((err) => {
    if (!abort.signal.aborted) request.log.error({ err }, 'export failed while streaming')
    out.destroy(err)
  })
  return reply.send(out)
}

const downloads: FastifyPluginAsyncTypebox = async (fastify) => {
  for (const table of EXPORT_TABLES) {
    for (const format of EXPORT_FORMATS) {
      fastify.get(
        `/${table}.${format}`,
        {
          schema: {
            tags,
            summary: `Download ${table} as ${format === 'csv' ? 'CSV' : 'Excel'}, with the claims-list filters`,
            querystring: ExportQuery,
            response: errors(400, 401),
          },
        },
        async (request, reply) => {
          const def: ExportDefinition = {
            tables: [table],
            filters: filtersOf(request.query as Query),
            format,
            hxl: request.query.hxl ?? false,
            bom: request.query.bom ?? false,
          }
          return sendExport(request, reply, def, { name: downloadName(def), disposition: 'attachment' })
        },
      )
    }
  }

  fastify.get(
    '/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Download several tables as one Excel file, one sheet each (default: all three)',
        querystring: MultiExportQuery,
        response: errors(400, 401),
      },
    },
    async (request, reply) => {
      const tables = listParam<TableName>('tables', request.query.tables, EXPORT_TABLES) ?? [...EXPORT_TABLES]
      const def: ExportDefinition = {
        tables,
        filters: filtersOf(request.query as Query),
        format: 'xlsx',
        hxl: request.query.hxl ?? false,
        bom: false,
      }
      return sendExport(request, reply, def, { name: downloadName(def), disposition: 'attachment' })
    },
  )
}

const schedules: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  const route = routeShapes(fastify, { tags })
  const actorOf = (request: FastifyRequest) => request.actor
  const owned = ownerOrAdmin(fastify, 'schedule')

  route.list(
    '/',
    { summary: 'Scheduled exports, with their next and last run', item: Schedule, errors: [401] },
    () => listSchedules(fastify.db),
  )

  route.create(
    '/',
    {
      summary: 'Define a scheduled export: cron and time zone, what, where, how many files to keep',
      body: ScheduleCreate,
      made: Schedule,
      errors: [400, 401, 403],
    },
    async (request) => {
      const b = request.body
      const created = await createSchedule(fastify.db, actorOf(request), {
        name: b.name,
        cron: b.cron,
        timezone: b.timezone ?? 'UTC',
        tables: b.tables,
        filters: b.filters ?? {},
        format: b.format,
        hxl: b.hxl ?? false,
        bom: b.bom ?? false,
        folder: b.folder ?? '',
        file_pattern: b.file_pattern ?? '{name}-{date}',
        keep: b.keep ?? 30,
        paused: b.paused ?? false,
      })
      return created
    },
  )

  fastify.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One scheduled export',
        params: IdParams,
        response: { 200: Schedule, ...errors(401, 404) },
      },
    },
    async (request) => getSchedule(fastify.db, request.params.id),
  )

  fastify.patch(
    '/:id',
    {
      preHandler: owned,
      schema: {
        tags,
        summary: 'Change a scheduled export (a new cron or time zone starts afresh from now)',
        params: IdParams,
        body: SchedulePatch,
        response: { 200: Schedule, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateSchedule(fastify.db, actorOf(request), request.params.id, request.body),
  )

  route.remove(
    '/:id',
    {
      summary: 'Delete a scheduled export and its history (its files stay in EXPORT_DIR)',
      params: IdParams,
      preHandler: owned,
      errors: [401, 403, 404],
    },
    (request) => deleteSchedule(fastify.db, actorOf(request), request.params.id),
  )

  for (const [action, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    fastify.post(
      `/:id/${action}`,
      {
        preHandler: owned,
        schema: {
          tags,
          summary: paused ? 'Pause a scheduled export' : 'Resume a paused export (from the next slot on)',
          params: IdParams,
          response: { 200: Schedule, ...errors(401, 403, 404) },
        },
      },
      async (request) => updateSchedule(fastify.db, actorOf(request), request.params.id, { paused }),
    )
  }

  fastify.post(
    '/:id/run',
    {
      schema: {
        tags,
        summary: 'Run a scheduled export now (queued; the scheduler starts it within seconds)',
        params: IdParams,
        response: { 202: Run, ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const run = await requestRun(fastify.db, actorOf(request), request.params.id)
      fastify.scheduler.poke()
      return reply.code(202).send(run)
    },
  )

  fastify.get(
    '/:id/runs',
    {
      schema: {
        tags,
        summary: 'Run history, newest first: when, how long, rows, bytes, status, error, file',
        params: IdParams,
        querystring: Type.Object(
          {
            limit: PageLimit(500),
            before: Type.Optional(
              Type.Integer({ minimum: 1, description: 'next_before of the previous page' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(Run),
            next_before: Type.Union([Type.Integer(), Type.Null()]),
          }),
          ...errors(401, 404),
        },
      },
    },
    async (request) =>
      listRuns(fastify.db, request.params.id, request.query.limit ?? 50, request.query.before),
  )

  fastify.get(
    '/:id/runs/:run/file',
    {
      schema: {
        tags,
        summary: 'Download the file a run wrote',
        params: ChildParams('run'),
        response: errors(401, 404),
      },
    },
    async (request, reply) => {
      const run = await getRun(fastify.db, request.params.id, request.params.run)
      if (!run.filePath || run.fileDeletedAt) {
        throw new HttpError(
          404,
          'not_found',
          `Run ${run.id} has no file (${run.status}${run.fileDeletedAt ? ', pruned' : ''})`,
        )
      }
      const full = insideExportDir(config.EXPORT_DIR, run.filePath)
      const info = await stat(full).catch(() => null)
      if (!info) throw new HttpError(404, 'not_found', `The file of run ${run.id} is no longer in EXPORT_DIR`)
      const name = run.filePath.split('/').pop()!
      const format = (name.endsWith('.xlsx') ? 'xlsx' : 'csv') as ExportFormat
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-length', info.size)
        .header('content-disposition', `attachment; filename="${quoteName(name)}"`)
        .send(createReadStream(full))
    },
  )
}

const feeds: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags })
  const owned = ownerOrAdmin(fastify, 'feed')
  const definitionOf = (b: {
    tables?: TableName[]
    filters?: ClaimFilters
    hxl?: boolean
    bom?: boolean
  }): FeedDefinition => ({
    tables: b.tables ?? ['claims'],
    filters: b.filters ?? {},
    hxl: b.hxl ?? false,
    bom: b.bom ?? false,
  })

  route.list(
    '/',
    {
      summary: 'Live feeds with their last read time',
      item: Feed,
      config: { access: 'editor' },
      errors: [401, 403],
    },
    () => listFeeds(fastify.db),
  )

  route.create(
    '/',
    {
      summary: 'Create a live feed: a saved export at a secret URL (shown once) for Excel or Google Sheets',
      body: FeedCreate,
      made: CreatedFeed,
      errors: [400, 401, 403],
    },
    async (request) => {
      const { feed, token } = await createFeed(
        fastify.db,
        request.actor,
        request.body.name,
        definitionOf(request.body),
      )
      const base = `${request.protocol}://${request.host}/feeds/${token}`
      return { ...feed, token, urls: { csv: `${base}.csv`, xlsx: `${base}.xlsx` } }
    },
  )

  route.answer(
    'GET',
    '/:id',
    {
      summary: 'One live feed',
      params: IdParams,
      answer: Feed,
      config: { access: 'editor' },
      errors: [401, 403, 404],
    },
    async (request) => feedToApi(await getFeed(fastify.db, request.params.id)),
  )

  route.answer(
    'PATCH',
    '/:id',
    {
      summary: 'Rename a feed or change what it serves (its URL stays)',
      params: IdParams,
      body: FeedPatch,
      answer: Feed,
      preHandler: owned,
      errors: [400, 401, 403, 404],
    },
    (request) => updateFeed(fastify.db, request.actor, request.params.id, request.body),
  )

  route.answer(
    'POST',
    '/:id/revoke',
    {
      summary: 'Revoke a feed: its URL answers 404 from now on',
      params: IdParams,
      answer: Feed,
      preHandler: owned,
      errors: [401, 403, 404],
    },
    (request) => revokeFeed(fastify.db, request.actor, request.params.id),
  )

  route.remove(
    '/:id',
    { summary: 'Delete a feed', params: IdParams, preHandler: owned, errors: [401, 403, 404] },
    (request) => deleteFeed(fastify.db, request.actor, request.params.id),
  )
}

// The one public route of the exports: a feed's secret URL, read by spreadsheet programs without a
// login. Unknown and revoked tokens get the same 404 as a missing page.
const publicFeed: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/:file',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A live feed: /feeds/<token>.csv or /feeds/<token>.xlsx (no login; the token is the key)',
        params: Type.Object({ file: Type.String({ maxLength: 100 }) }),
        querystring: Type.Object({
          since: Type.Optional(
            Type.String({ maxLength: 40, description: 'Only claims changed since this date or time' }),
          ),
        }),
        response: errors(400, 404),
      },
    },
    async (request, reply) => {
      const m = /^(.+)\.(csv|xlsx)$/.exec(request.params.file)
      const found = m ? await readFeed(fastify.db, m[1], request.method === 'GET') : null
      if (!m || !found) throw new HttpError(404, 'not_found', 'No such feed')
      const format = m[2] as ExportFormat
      const since = request.query.since
      if (since !== undefined && !Number.isFinite(Date.parse(since)))
        throw new HttpError(400, 'invalid_field', 'since: not a date or time', [
          { field: 'since', message: 'must be a date (2026-01-31) or a date and time (ISO 8601)' },
        ])
      const def = feedExport(found.definition, format)
      // ?since=: only the claims changed (added, edited, reviewed, retracted) since then.
      if (since !== undefined) def.filters = { ...def.filters, changed_since: new Date(since).toISOString() }
      const v = await feedValidators(fastify.db, `${found.feed.id}|${format}|${since ?? ''}`)
      reply
        .header('etag', v.etag)
        .header('last-modified', v.lastModified.toUTCString())
        .header('cache-control', 'private, no-cache')
      if (notModified(request.headers, v)) return reply.code(304).send()
      return sendExport(request, reply, def, {
        cache: 'private, no-cache',
        name: `${found.feed.name.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'feed'}.${format}`,
        disposition: 'inline',
        title: found.feed.name,
      })
    },
  )
}

/** Exports on demand, scheduled exports and feeds under /api/exports, and the public /feeds/<token>. */
const exportRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  await fastify.register(downloads, { prefix: '/api/exports' })
  await fastify.register(schedules, { prefix: '/api/exports/schedules', config })
  await fastify.register(feeds, { prefix: '/api/exports/feeds' })
  await fastify.register(publicFeed, { prefix: '/feeds' })
}

export default exportRoutes
