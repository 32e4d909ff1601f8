import { asc, count, eq, ilike, inArray, isNotNull, or } from 'drizzle-orm'
import { type Actor, audit } from '../../audit/audit.ts'
import type { Db } from '../../db/client.ts'
import { claims, sourceAliases, sources } from '../../db/schema/index.ts'
import type { Tx } from '../../db/sql.ts'
import { badRequest, HttpError, notFound } from '../../http/errors.ts'
import type { SourceKind } from '../sources.ts'
import { matchKey } from '../text.ts'
import { assignClaims } from './assign.ts'
import { refreshSeries } from './claims.ts'
import { forgetSourceTable } from './source-table.ts'

export async function listSources(db: Db, q?: string) {
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined
  const rows = await db
    .select({ source: sources, claims: count(claims.id) })
    .from(sources)
    .leftJoin(claims, eq(claims.sourceId, sources.id))
    .where(like ? or(ilike(sources.name, like), ilike(sources.key, like)) : undefined)
    .groupBy(sources.id)
    .orderBy(asc(sources.name))
  const aliases = await db.select().from(sourceAliases).orderBy(asc(sourceAliases.id))
  return rows.map((r) => ({
    id: r.source.id,
    key: r.source.key,
    name: r.source.name,
    kind: r.source.kind,
    country: r.source.country,
    claim_count: Number(r.claims),
    aliases: aliases.filter((a) => a.sourceId === r.source.id).map((a) => ({ id: a.id, alias: a.alias })),
  }))
}

/** Re-resolves the claims whose attribution is spelled like one of these aliases. */
async function reresolve(tx: Tx, aliasKeys: string[]) {
  forgetSourceTable()
  const spellings = await tx
    .selectDistinct({ source: claims.source })
    .from(claims)
    .where(isNotNull(claims.source))
  const affected = spellings.map((s) => s.source!).filter((s) => aliasKeys.includes(matchKey(s)))
  if (!affected.length) return 0
  const rows = await tx.select().from(claims).where(inArray(claims.source, affected))
  await refreshSeries(tx, await assignClaims(tx, rows))
  return rows.length
}

export async function createSource(
  db: Db,
  actor: Actor,
  input: { name: string; key?: string; kind?: SourceKind; country?: string | null; aliases?: string[] },
) {
  const key = input.key ?? `org:${matchKey(input.name).replaceAll(' ', '-')}`
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(sources)
      .values({
        key,
        name: input.name,
        kind: input.kind ?? 'other',
        country: input.country?.toUpperCase() ?? null,
      })
      .onConflictDoNothing()
      .returning()
    if (!created) throw new HttpError(409, 'source_exists', `A source with key ${key} already exists.`)
    const aliases = [input.name, ...(input.aliases ?? [])]
    for (const alias of aliases) await addAliasRow(tx, created.id, alias)
    await audit(tx, actor, {
      entity: 'source',
      entityId: created.id,
      action: 'create',
      after: { ...created, aliases },
    })
    await reresolve(tx, aliases.map(matchKey))
    return created
  })
}

async function addAliasRow(tx: Tx, sourceId: number, alias: string) {
  const aliasKey = matchKey(alias)
  if (!aliasKey) throw badRequest('body.alias', 'has no letters or digits')
  const [row] = await tx
    .insert(sourceAliases)
    .values({ sourceId, alias, aliasKey })
    .onConflictDoNothing()
    .returning()
  if (!row) throw new HttpError(409, 'alias_taken', `The alias "${alias}" already names a source.`)
  return row
}

export async function addAlias(db: Db, actor: Actor, sourceId: number, alias: string) {
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(sources).where(eq(sources.id, sourceId))
    if (!source) throw notFound('Source', sourceId)
    const row = await addAliasRow(tx, sourceId, alias)
    await audit(tx, actor, { entity: 'source', entityId: sourceId, action: 'add_alias', after: { alias } })
    const reassigned = await reresolve(tx, [row.aliasKey])
    return { id: row.id, alias: row.alias, reassigned }
  })
}

export async function deleteAlias(db: Db, actor: Actor, aliasId: number) {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(sourceAliases).where(eq(sourceAliases.id, aliasId)).returning()
    if (!row) throw notFound('Alias', aliasId)
    await audit(tx, actor, {
      entity: 'source',
      entityId: row.sourceId,
      action: 'delete_alias',
      before: { alias: row.alias },
    })
    const reassigned = await reresolve(tx, [row.aliasKey])
    return { id: row.id, alias: row.alias, reassigned }
  })
}
