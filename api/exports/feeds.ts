// Live feeds: a saved export behind a secret URL that Excel (From Web / Power Query) and Google Sheets
// (IMPORTDATA) read without a login. The token is shown once; only its SHA-256 digest is stored.
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { digest, newSecret } from '../accounts/secrets.ts'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { ClaimFilters } from '../claims/query.ts'
import type { Db } from '../db/client.ts'
import { type ExportFeed, exportFeeds } from '../db/schema/exports.ts'
import { users } from '../db/schema/index.ts'
import { notFound } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import type { ExportDefinition } from './index.ts'
import { checkDefinition } from './schedules.ts'
import type { TableName } from './tables.ts'

/** What a feed serves; the format is the URL's extension (.csv serves the first table). */
export interface FeedDefinition {
  tables: TableName[]
  filters: ClaimFilters
  hxl: boolean
  bom: boolean
}

export const FEED_TOKEN_PREFIX = 'tfd_'
const TOKEN = /^tfd_[A-Za-z0-9_-]{43}$/

export function feedToApi(f: ExportFeed) {
  const d = f.definition as FeedDefinition
  return {
    id: f.id,
    name: f.name,
    tables: d.tables,
    filters: d.filters,
    hxl: d.hxl,
    bom: d.bom,
    token_prefix: f.tokenPrefix,
    created_by: f.createdBy,
    created_at: f.createdAt.toISOString(),
    revoked_at: timestampOrNull(f.revokedAt),
    last_read_at: timestampOrNull(f.lastReadAt),
    read_count: f.readCount,
  }
}

function checkFeed(d: FeedDefinition) {
  // Any feed is readable as .xlsx; its first table is its .csv.
  checkDefinition({ tables: d.tables, format: 'xlsx' })
}

export async function listFeeds(db: Db) {
  return (await db.select().from(exportFeeds).orderBy(desc(exportFeeds.id))).map(feedToApi)
}

export async function getFeed(db: Db, id: number) {
  const [f] = await db.select().from(exportFeeds).where(eq(exportFeeds.id, id))
  if (!f) throw notFound('Feed', id)
  return f
}

const audited = auditedEdits({ entity: 'export_feed', label: 'Feed', table: exportFeeds, toApi: feedToApi })

/** Creates a feed; the token is in this answer only. */
export async function createFeed(db: Db, actor: Actor, name: string, definition: FeedDefinition) {
  checkFeed(definition)
  const token = newSecret(FEED_TOKEN_PREFIX)
  return db.transaction(async (tx) => {
    const row = await audited.insert(tx, actor, {
      name,
      definition,
      tokenHash: digest(token),
      tokenPrefix: token.slice(0, FEED_TOKEN_PREFIX.length + 6),
      createdBy: actor.id,
    })
    return { feed: feedToApi(row), token }
  })
}

export async function updateFeed(
  db: Db,
  actor: Actor,
  id: number,
  patch: { name?: string } & Partial<FeedDefinition>,
) {
  return audited.edit(db, actor, id, 'update', async (tx, before) => {
    const { name, ...rest } = patch
    const definition = { ...(before.definition as FeedDefinition), ...rest }
    checkFeed(definition)
    const [after] = await tx
      .update(exportFeeds)
      .set({ name: name ?? before.name, definition })
      .where(eq(exportFeeds.id, id))
      .returning()
    return after
  })
}

/** Revokes a feed: its URL answers 404 from now on. Revoking twice keeps the first time. */
export async function revokeFeed(db: Db, actor: Actor, id: number) {
  return audited.edit(db, actor, id, 'revoke', async (tx) => {
    const [after] = await tx
      .update(exportFeeds)
      .set({ revokedAt: sql`coalesce(${exportFeeds.revokedAt}, now())` })
      .where(eq(exportFeeds.id, id))
      .returning()
    return after
  })
}

export const deleteFeed = audited.remove

/** The live feed of a token, with its read recorded; null for an unknown or revoked token. */
export async function readFeed(
  db: Db,
  token: string,
  record = true,
): Promise<{ feed: ExportFeed; definition: FeedDefinition } | null> {
  if (!TOKEN.test(token)) return null
  // A feed speaks for its creator: once their account is disabled it stops, like their sessions.
  const live = and(
    eq(exportFeeds.tokenHash, digest(token)),
    isNull(exportFeeds.revokedAt),
    sql`not exists (select 1 from ${users} where ${users.id} = ${exportFeeds.createdBy} and ${users.disabledAt} is not null)`,
  )
  const [feed] = record
    ? await db
        .update(exportFeeds)
        .set({ lastReadAt: new Date(), readCount: sql`${exportFeeds.readCount} + 1` })
        .where(live)
        .returning()
    : await db.select().from(exportFeeds).where(live)
  return feed ? { feed, definition: feed.definition as FeedDefinition } : null
}

export function feedExport(d: FeedDefinition, format: 'csv' | 'xlsx'): ExportDefinition {
  return {
    tables: format === 'csv' ? d.tables.slice(0, 1) : d.tables,
    filters: d.filters,
    format,
    hxl: d.hxl,
    bom: d.bom,
  }
}
