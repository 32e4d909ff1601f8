// Query helpers every storage module shares, the same on both drivers (PGlite and postgres.js).
import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core'
import { notFound } from '../http/errors.ts'
import type { Db } from './client.ts'

/** An open transaction (what `db.transaction(async (tx) => …)` hands over). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** The database or a transaction: whatever runs a query. */
export type Runner = Pick<
  Db,
  'select' | 'selectDistinct' | 'selectDistinctOn' | 'insert' | 'update' | 'delete' | 'execute' | '$count'
>

/** Rows of a raw statement: postgres.js answers an array, PGlite an object holding one. */
export async function rowsOf<T>(tx: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[]
}

/** A list as one jsonb parameter: the same on both drivers, whatever the length, nulls included. */
export const jsonb = (list: unknown[]) => sql`${JSON.stringify(list)}::jsonb`

/** `= any(…)` of a list, in a form that can use an index. */
export const anyText = (list: string[]) => sql`any(array(select jsonb_array_elements_text(${jsonb(list)})))`
export const anyId = (list: number[]) =>
  sql`any(array(select jsonb_array_elements_text(${jsonb(list)})::bigint))`

/**
 * Row `id` of `table` if it belongs to `owner` through `ownerColumn` (a schedule's run, a user's
 * webhook); otherwise, whether there is no such row or it is another's, a 404 naming `what`.
 */
export async function ownedRow<T extends PgTable & { id: AnyPgColumn }>(
  db: Runner,
  table: T,
  ownerColumn: AnyPgColumn,
  owner: number,
  id: number,
  what: string,
): Promise<T['$inferSelect']> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(ownerColumn, owner)))
  if (!row) throw notFound(what, id)
  return row as T['$inferSelect']
}
