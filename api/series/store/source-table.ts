import { readFileSync } from 'node:fs'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { settings, sourceAliases, sources } from '../../db/schema/index.ts'
import type { Runner } from '../../db/sql.ts'
import { demonymCountry, lookupPlace } from '../../extractor/gazetteer/index.ts'
import { fromRoot } from '../../paths.ts'
import type { CountryLookup } from '../countries.ts'
import type { SourceEntry, SourceKind } from '../sources.ts'
import { matchKey } from '../text.ts'

/** Country names and adjectives to ISO3, from the extractor's gazetteer. */
export const gazetteerCountry: CountryLookup = (word) => {
  const entry = lookupPlace(word)
  return demonymCountry(word) ?? (entry?.kind === 'country' ? entry.country : null)
}

const STARTER_FLAG = 'source_aliases_seeded'
const VERSION_KEY = 'source_table_version'

/** Loads the starter alias table once; after that the table is the admins' to change. */
export async function seedSourceAliases(db: Db) {
  const [flag] = await db.select().from(settings).where(eq(settings.key, STARTER_FLAG))
  if (flag) return 0
  const starter = JSON.parse(
    readFileSync(fromRoot('api', 'series', 'source-aliases.json'), 'utf8'),
  ) as SourceEntry[]
  await db.transaction(async (tx) => {
    for (const entry of starter) {
      const id = await upsertSource(tx, entry)
      const rows = [entry.name, ...entry.aliases]
        .map((alias) => ({ sourceId: id, alias, aliasKey: matchKey(alias) }))
        .filter((r) => r.aliasKey)
      if (rows.length) await tx.insert(sourceAliases).values(rows).onConflictDoNothing()
    }
    await tx
      .insert(settings)
      .values({ key: STARTER_FLAG, value: { count: starter.length } })
      .onConflictDoNothing()
  })
  return starter.length
}

export async function upsertSource(
  tx: Runner,
  s: { key: string; name: string; kind: SourceKind; country: string | null },
): Promise<number> {
  const [created] = await tx
    .insert(sources)
    .values({ key: s.key, name: s.name, kind: s.kind, country: s.country })
    .onConflictDoNothing()
    .returning({ id: sources.id })
  if (created) return created.id
  const [found] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.key, s.key))
  return found.id
}

// The alias table changes rarely (admins edit it); ingest reads it for every batch. Each process keeps
// a copy, validated on every use against the table's version in the database (bumped by a trigger on
// any change, whichever process makes it), so no process files claims with a stale table.
let cached: { version: string; entries: SourceEntry[] } | null = null

export function forgetSourceTable() {
  cached = null
}

export async function sourceTable(db: Runner): Promise<SourceEntry[]> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, VERSION_KEY))
  const version = JSON.stringify(row?.value ?? 0)
  if (cached && cached.version === version) return cached.entries
  const rows = await db
    .select({
      key: sources.key,
      name: sources.name,
      kind: sources.kind,
      country: sources.country,
      alias: sourceAliases.alias,
    })
    .from(sources)
    .innerJoin(sourceAliases, eq(sourceAliases.sourceId, sources.id))
    .orderBy(asc(sources.id), asc(sourceAliases.id))
  const byKey = new Map<string, SourceEntry>()
  for (const r of rows) {
    const entry = byKey.get(r.key) ?? {
      key: r.key,
      name: r.name,
      kind: r.kind as SourceKind,
      country: r.country,
      aliases: [],
    }
    entry.aliases.push(r.alias)
    byKey.set(r.key, entry)
  }
  cached = { version, entries: [...byKey.values()] }
  return cached.entries
}
