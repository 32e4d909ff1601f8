// Rows as arrays, straight from the driver, handed on one at a time: an export reads millions of rows.
// - drizzle's mapped select (an object per row, a property per column, then our own array) was a
//   fifth of the export's time; the query is still built by drizzle (`.toSQL()`), so filters and
//   parameters are the same as elsewhere.
// - Rows are not collected into batches: an array filled over several minor GCs gets promoted to the
//   old generation, and then keeps every row stored in it alive through the next minor GCs too, dead
//   or not. Collected in batches, half of everything read was promoted and the heap grew by 150 MB;
//   handed on one at a time, almost nothing is.
import { types } from '@electric-sql/pglite'
import type { Db } from '../db/client.ts'

export interface BuiltQuery {
  sql: string
  params: unknown[]
}

interface PostgresJsQuery extends Promise<unknown[][]> {
  values(): PostgresJsQuery
  cursor(rows: number, fn: () => Promise<void>): PostgresJsQuery
  forEach(fn: (row: unknown[]) => void): Promise<unknown>
}
interface PostgresJsClient {
  unsafe(query: string, params: unknown[]): PostgresJsQuery
}
interface PgliteClient {
  query<T>(query: string, params: unknown[], options: object): Promise<{ rows: T[] }>
}

// As drizzle reads them: dates and timestamps stay the text PostgreSQL sent ('2019-08-20'). (On
// postgres.js drizzle sets the same parsers on the client itself.)
const TEXT = (value: string) => value
const PGLITE_OPTIONS = {
  rowMode: 'array',
  parsers: { [types.DATE]: TEXT, [types.TIMESTAMP]: TEXT, [types.TIMESTAMPTZ]: TEXT },
}

function clientOf(db: Db) {
  return (db as unknown as { $client: PostgresJsClient | PgliteClient }).$client
}

/**
 * The rows of a query as arrays, columns in select order. Types as each driver gives them: int8 is
 * a string on postgres.js and a number on PGlite, so callers convert the columns they use.
 */
export async function rowArrays(db: Db, query: BuiltQuery): Promise<unknown[][]> {
  const client = clientOf(db)
  if ('unsafe' in client) return client.unsafe(query.sql, query.params).values()
  return (await client.query<unknown[]>(query.sql, query.params, PGLITE_OPTIONS)).rows
}

export interface BatchQuery<K> {
  /** The query, ordered by the key; rows after `after` and at most `limit` of them when given. */
  build(after: K | null, limit: number | null): BuiltQuery
  /** A row's key. */
  key(row: unknown[]): K
}

export interface RowReader {
  /** Called with each row, in order; the array is the caller's to keep or change. */
  row(values: unknown[]): void
  /** Awaited after every `size` rows and after the last: where the caller writes and waits. */
  batch(): Promise<void>
}

/**
 * Reads every row of a query, `size` rows per round trip, stopping at `signal`. On a server it is
 * one query read through a cursor: paging with "key > last limit n" made PostgreSQL join every page
 * row by row (nested loops), at twice COPY's time for the reading alone, where one query joins with
 * hash tables once. PGlite has one connection, which a cursor's transaction would hold for the whole
 * export, so there it pages by key, the next page on its way while the current one is handed on.
 */
export async function readRows<K>(
  db: Db,
  query: BatchQuery<K>,
  size: number,
  reader: RowReader,
  signal?: AbortSignal,
): Promise<void> {
  const client = clientOf(db)
  if ('unsafe' in client) {
    const { sql, params } = query.build(null, null)
    // postgres.js calls the cursor function between fetches and waits for it, but does not wait for
    // its last call: chain the calls, and wait for the chain here.
    let pending = Promise.resolve()
    const between = () => {
      pending = pending.then(() => {
        signal?.throwIfAborted()
        return reader.batch()
      })
      pending.catch(() => {})
      return pending
    }
    // Both cursor and forEach: rows come one at a time and are never collected in postgres.js's
    // result arrays, and the next fetch waits for `between`. (On an error or abort in `between`
    // postgres.js ends the query, so the connection goes back to the pool.)
    await client
      .unsafe(sql, params)
      .values()
      .cursor(size, between)
      .forEach((row) => {
        reader.row(row)
      })
    await pending
    signal?.throwIfAborted()
    return reader.batch()
  }
  const fetch = (after: K | null) => rowArrays(db, query.build(after, size))
  let next: Promise<unknown[][]> | null = fetch(null)
  while (next) {
    const rows: unknown[][] = await next
    signal?.throwIfAborted()
    next = rows.length === size ? fetch(query.key(rows[rows.length - 1])) : null
    // A rejected read-ahead is awaited (and thrown) on the next turn; keep it from being "unhandled".
    next?.catch(() => {})
    for (const row of rows) reader.row(row)
    await reader.batch()
  }
}
