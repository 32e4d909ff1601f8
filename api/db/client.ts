import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import type { sql } from 'drizzle-orm'
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { fromRoot } from '../paths.ts'
import * as schema from './schema/index.ts'

export type Schema = typeof schema
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** The embedded client itself, for libraries that bring their own SQL (the intake job queue). */
  pglite?: PGlite
  /** Rows of a raw SQL query, the same shape on both drivers. */
  rows<T = Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]>
  ping(): Promise<void>
  /** A consistent copy of the embedded database's data folder (tar.gz); null on a server, use pg_dump. */
  dump(): Promise<Blob | null>
  close(): Promise<void>
}

const migrationsFolder = fromRoot('migrations')

export interface DatabaseOptions {
  /** postgres://… for a server; without it an embedded PGlite database is used. */
  url?: string
  /** PGlite data folder; omitted or "memory://" means in memory (tests). */
  dataDir?: string
  /** A dump (from `dump()`) to load into an empty PGlite data folder. */
  restore?: Blob
  /**
   * A dump file of a migrated database that a new in-memory one starts from (the test suite makes one
   * per run). Loading it costs a fraction of PGlite's initdb and the migrations it holds; a template
   * older than the migrations only means the newer ones run, and a missing file is ignored.
   */
  template?: string
  /** Server only: seconds to wait for a connection, and the longest a statement may run. */
  timeouts?: { connectS: number; statementS: number }
}

/** Opens the database and applies pending migrations before anything else can use it. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.timeouts)
  // "memory://" (or no folder) keeps the database in memory, as tests do.
  const inMemory = !opts.dataDir || opts.dataDir.startsWith('memory://')
  const restore = opts.restore ?? (inMemory && opts.template ? templateDump(opts.template) : undefined)
  return openPglite(inMemory ? undefined : opts.dataDir, restore)
}

// Read once per process: a test file may open several in-memory databases.
const templates = new Map<string, Blob | undefined>()
function templateDump(file: string): Blob | undefined {
  if (!templates.has(file)) templates.set(file, existsSync(file) ? new Blob([readFileSync(file)]) : undefined)
  return templates.get(file)
}

async function openPglite(dataDir: string | undefined, restore?: Blob): Promise<Database> {
  const inMemory = dataDir === undefined
  if (!inMemory) mkdirSync(dataDir, { recursive: true })
  const client = await PGlite.create({
    ...(inMemory ? {} : { dataDir }),
    ...(restore ? { loadDataDir: restore } : {}),
  })
  const db = drizzlePglite({ client, schema }) as unknown as Db
  await migratePglite(db as never, { migrationsFolder })
  return {
    db,
    kind: 'pglite',
    pglite: client,
    rows: async <T>(query: ReturnType<typeof sql>) =>
      (await client.query<T>(toText(db, query), params(db, query))).rows,
    ping: async () => {
      await client.query('select 1')
    },
    // PGlite runs queries one at a time, so the dump sees no half-finished transaction.
    dump: () => client.dumpDataDir('gzip'),
    close: () => client.close(),
  }
}

async function openPostgres(url: string, timeouts = { connectS: 3, statementS: 60 }): Promise<Database> {
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    connect_timeout: timeouts.connectS,
    // Set by the server on each connection; a cancelled statement is an error the request reports.
    connection: { statement_timeout: Math.round(timeouts.statementS * 1000) },
    // Fail fast while the server is away rather than queueing requests behind it.
    idle_timeout: 30,
  })
  const db = drizzlePostgres({ client, schema }) as unknown as Db
  // Several Tally servers may start at once on one database: only one migrates at a time.
  // The lock is held on a reserved connection while the migrator uses the pool.
  const lockConn = await client.reserve()
  try {
    await lockConn`select pg_advisory_lock(7243001)`
    await migratePostgres(db as never, { migrationsFolder })
  } finally {
    await lockConn`select pg_advisory_unlock(7243001)`.catch(() => {})
    lockConn.release()
  }
  return {
    db,
    kind: 'postgres',
    rows: async <T>(query: ReturnType<typeof sql>) =>
      (await client.unsafe(toText(db, query), params(db, query) as never[])) as unknown as T[],
    ping: async () => {
      await client`select 1`
    },
    dump: async () => null,
    close: () => client.end({ timeout: 5 }),
  }
}

// Raw SQL is rendered by drizzle's dialect, so parameters stay parameters on both drivers.
const dialect = new PgDialect()
function toText(_db: Db, query: ReturnType<typeof sql>): string {
  return dialect.sqlToQuery(query).sql
}
function params(_db: Db, query: ReturnType<typeof sql>): unknown[] {
  return dialect.sqlToQuery(query).params
}
