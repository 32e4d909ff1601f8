import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import type { Config } from '../config.ts'
import { HttpError } from '../http/errors.ts'
import { routeShapes } from '../http/route-shapes.ts'
import { errors, IdParams } from '../http/schemas.ts'
import {
  checkWebhookUrl,
  createWebhook,
  deleteWebhook,
  listWebhooks,
  muteEmail,
  readSettings,
  resumeWebhook,
  saveSettings,
  webhookLog,
} from './hooks.ts'
import { listAlerts, markRead, unreadCount } from './inbox.ts'
import { type LinkAction, readSubjectLink } from './link-token.ts'
import {
  AlertList,
  AlertListQuery,
  AlertSettingsBody,
  AlertSettingsItem,
  DeliveryItem,
  MarkRead,
  WatchCreate,
  WatchItem,
  WebhookCreate,
  WebhookCreated,
  WebhookItem,
} from './schemas.ts'
import { addWatch, listWatches, removeWatch, unwatchSeries } from './watches.ts'

// Everything here is the signed-in user's own: viewers watch and get alerts too, so writes need a viewer.
const own = { access: 'viewer' as const }
const tags = ['alerts']
/** The signed-in user's id (the access check already turned anonymous callers away). */
const me = (r: { user?: { id: number } | null }) => {
  if (!r.user) throw new HttpError(401, 'unauthenticated', 'Sign in first')
  return r.user.id
}

const watchRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const route = routeShapes(fastify, { tags, config: own })
  route.list('/watches', { summary: 'What you watch', item: WatchItem }, (request) =>
    listWatches(fastify.db, me(request)),
  )
  fastify.post(
    '/watches',
    {
      config: own,
      schema: {
        tags,
        summary: 'Watch a series, a topic, a place (with everything in it) or a metric in a place',
        body: WatchCreate,
        response: { 200: WatchItem, 201: WatchItem, ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { watch, created } = await addWatch(fastify.db, me(request), request.body)
      return reply.code(created ? 201 : 200).send(watch)
    },
  )
  route.remove(
    '/watches/:id',
    { summary: 'Stop watching', params: IdParams, errors: [401, 404] },
    (request) => removeWatch(fastify.db, me(request), request.params.id),
  )

  fastify.get(
    '/alerts',
    {
      config: own,
      schema: {
        tags,
        summary: 'Your alerts, newest first, with the unread count',
        querystring: AlertListQuery,
        response: { 200: AlertList },
      },
    },
    async (request) => {
      const user = me(request)
      return {
        unread: await unreadCount(fastify.db, user),
        items: await listAlerts(fastify.db, user, request.query),
      }
    },
  )
  fastify.post(
    '/alerts/read',
    {
      config: own,
      schema: {
        tags,
        summary: 'Mark alerts read (ids, or all)',
        body: MarkRead,
        response: { 200: Type.Object({ unread: Type.Integer() }), ...errors(400) },
      },
    },
    async (request) => {
      const { ids, all } = request.body
      if (!all && !ids?.length)
        throw new HttpError(400, 'invalid_field', 'ids: give ids or all: true', [
          { field: 'ids', message: 'give ids or all: true' },
        ])
      return { unread: await markRead(fastify.db, me(request), all ? 'all' : (ids ?? [])) }
    },
  )
  fastify.get(
    '/alerts/settings',
    {
      config: own,
      schema: { tags, summary: 'How you get alert e-mail', response: { 200: AlertSettingsItem } },
    },
    async (request) => readSettings(fastify.db, me(request)),
  )
  fastify.put(
    '/alerts/settings',
    {
      config: own,
      schema: {
        tags,
        summary: 'E-mail at once, as a daily digest at a time in your zone, or not at all',
        body: AlertSettingsBody,
        response: { 200: AlertSettingsItem, ...errors(400) },
      },
    },
    async (request) => saveSettings(fastify.db, me(request), request.body),
  )
}

const webhookRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  const route = routeShapes(fastify, { tags, config: own })
  route.list('/', { summary: 'Your webhooks', item: WebhookItem }, (request) =>
    listWebhooks(fastify.db, me(request)),
  )
  route.create(
    '/',
    {
      summary: 'Add a webhook; its signing secret is in this answer only',
      body: WebhookCreate,
      made: WebhookCreated,
      config: own,
      errors: [400],
    },
    async (request) => {
      const url = checkWebhookUrl(request.body.url, config.WEBHOOK_ALLOW_PRIVATE === 'on')
      return createWebhook(fastify.db, me(request), url)
    },
  )
  route.remove('/:id', { summary: 'Remove a webhook', params: IdParams, errors: [404] }, (request) =>
    deleteWebhook(fastify.db, me(request), request.params.id),
  )
  fastify.post(
    '/:id/resume',
    {
      config: own,
      schema: {
        tags,
        summary: 'Resume a paused webhook',
        params: IdParams,
        response: { 200: WebhookItem, ...errors(404) },
      },
    },
    async (request) => resumeWebhook(fastify.db, me(request), request.params.id),
  )
  route.list(
    '/:id/deliveries',
    {
      summary: "A webhook's delivery log, newest first",
      params: IdParams,
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) }),
      item: DeliveryItem,
      errors: [404],
    },
    (request) => webhookLog(fastify.db, me(request), request.params.id, request.query.limit),
  )
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${title}</title></head><body style="font-family:system-ui;max-width:32rem;margin:3rem auto;padding:0 1rem">` +
  `<h1>${title}</h1>${body}</body></html>`

// The one-click links of an e-mail work without signing in: the signed token says whose e-mail it is.
// GET shows one button (mail scanners follow links; they must not change anything); POST acts, which is
// also what mail clients send for List-Unsubscribe-Post.
const linkRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const schema = {
    tags,
    querystring: Type.Object({ token: Type.String({ maxLength: 200 }) }),
    response: { 200: Type.String(), ...errors(400) },
  }
  const read = async (token: string, action: LinkAction) => {
    const link = readSubjectLink(await fastify.alerts.linkSecret(), token, action)
    if (link === null || (action === 'mute') !== (link.subject === null))
      throw new HttpError(
        400,
        'invalid_field',
        `token: not a${action === 'mute' ? ' mute' : 'n unwatch'} link of this Tally`,
        [{ field: 'token', message: 'not valid' }],
      )
    return link
  }
  const html = (reply: FastifyReply, title: string, body: string) =>
    reply.type('text/html; charset=utf-8').send(page(title, body))
  const confirm = (action: string, token: string, label: string) =>
    `<form method="post" action="/alerts/${action}?token=${encodeURIComponent(token)}"><button type="submit">${label}</button></form>`

  fastify.get(
    '/mute',
    { config: { access: 'public' }, schema: { ...schema, summary: 'Confirm muting alert e-mail' } },
    async (request, reply) => {
      await read(request.query.token, 'mute')
      return html(reply, 'Mute alert e-mails', confirm('mute', request.query.token, 'Mute all alert e-mails'))
    },
  )
  fastify.post(
    '/mute',
    { config: { access: 'public' }, schema: { ...schema, summary: 'Mute alert e-mail (one click)' } },
    async (request, reply) => {
      await muteEmail(fastify.db, (await read(request.query.token, 'mute')).user)
      return html(
        reply,
        'Muted',
        '<p>You will get no more alert e-mails. Alerts still show in the dashboard; choose e-mail again on your account page.</p>',
      )
    },
  )
  fastify.get(
    '/unwatch',
    { config: { access: 'public' }, schema: { ...schema, summary: 'Confirm no longer watching a series' } },
    async (request, reply) => {
      await read(request.query.token, 'unwatch')
      return html(
        reply,
        'Stop watching this series',
        `<p>No more alerts on this series: what you watch that covers it (the series, its topic or place) is removed.</p>${confirm('unwatch', request.query.token, 'Stop watching')}`,
      )
    },
  )
  fastify.post(
    '/unwatch',
    { config: { access: 'public' }, schema: { ...schema, summary: 'No longer watch a series (one click)' } },
    async (request, reply) => {
      const { user, subject } = await read(request.query.token, 'unwatch')
      const gone = await unwatchSeries(fastify.db, user, subject ?? 0)
      return html(
        reply,
        'No longer watching',
        gone.length
          ? `<p>Removed ${gone.length} watch${gone.length === 1 ? '' : 'es'}. You can watch again from the dashboard.</p>`
          : '<p>You no longer watched anything covering this series.</p>',
      )
    },
  )
}

/** Watches and alerts under /api, webhooks under /api/webhooks, the public one-click links under /alerts. */
const alertRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (fastify, { config }) => {
  await fastify.register(watchRoutes, { prefix: '/api' })
  await fastify.register(webhookRoutes, { prefix: '/api/webhooks', config })
  await fastify.register(linkRoutes, { prefix: '/alerts' })
}

export default alertRoutes
