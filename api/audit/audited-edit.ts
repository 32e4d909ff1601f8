// The shape every audited change of one row follows: lock the row (404 when it is missing), change it,
// write the audit entry with before and after as the audit shows them, in the same transaction.
// Declared once per kind of row (`auditedEdits`); each change then only says what it changes. Every
// audited create, edit and delete of a row goes through here, so the audit is written one way.
import { eq } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../db/client.ts'
import type { Tx } from '../db/sql.ts'
import { notFound } from '../http/errors.ts'
import { type Actor, audit } from './audit.ts'

type TableWithId = PgTable & { id: PgColumn }

/** The row with this id, locked until the transaction ends; undefined when there is none. */
export async function lockRow<T extends TableWithId>(tx: Tx, table: T, id: number) {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update')
  return row as T['$inferSelect'] | undefined
}

export function auditedEdits<T extends TableWithId, A>(kind: {
  /** The audit entry's entity ("export_feed"). */
  entity: string
  /** How a 404 names it ("Feed"). */
  label: string
  table: T
  /** The row as the audit entry keeps it (and, for `edit`, as the API answers). */
  toApi: (row: T['$inferSelect']) => A
}) {
  type Row = T['$inferSelect']

  /**
   * In `tx`: locks the row (404 when missing), changes it (`change` returns it as stored after, or
   * undefined when it leaves the row as it is: nothing is audited then) and audits the change under
   * `action` (or the action `action` names from before and after).
   */
  async function change(
    tx: Tx,
    actor: Actor,
    id: number,
    action: string | ((before: Row, after: Row) => string),
    apply: (tx: Tx, before: Row) => Promise<Row | undefined>,
    note?: string,
  ): Promise<{ before: Row; after: Row }> {
    const before = await lockRow(tx, kind.table, id)
    if (!before) throw notFound(kind.label, id)
    const after = await apply(tx, before)
    if (after === undefined) return { before, after: before }
    await audit(tx, actor, {
      entity: kind.entity,
      entityId: id,
      action: typeof action === 'string' ? action : action(before, after),
      before: kind.toApi(before),
      after: kind.toApi(after),
      note,
    })
    return { before, after }
  }

  /** `change` in a transaction of its own; the answer is the row's API shape after. */
  async function edit(
    db: Db,
    actor: Actor,
    id: number,
    action: string,
    apply: (tx: Tx, before: Row) => Promise<Row>,
    note?: string,
  ): Promise<A> {
    return db.transaction(async (tx) => kind.toApi((await change(tx, actor, id, action, apply, note)).after))
  }

  /** Audits a row `tx` has just inserted. */
  async function created(tx: Tx, actor: Actor, row: Row & { id: number }, note?: string): Promise<void> {
    await audit(tx, actor, {
      entity: kind.entity,
      entityId: row.id,
      action: 'create',
      after: kind.toApi(row),
      note,
    })
  }

  /** Inserts the row in `tx` and audits its creation; the row as stored. */
  async function insert(tx: Tx, actor: Actor, values: T['$inferInsert'], note?: string): Promise<Row> {
    const [row] = (await tx
      .insert(kind.table as PgTable)
      .values(values as never)
      .returning()) as (Row & { id: number })[]
    await created(tx, actor, row, note)
    return row
  }

  /** Deletes the row in `tx`; the audit entry keeps what it was. 404 when there is none. */
  async function removeIn(tx: Tx, actor: Actor, id: number): Promise<Row> {
    const [before] = (await tx
      .delete(kind.table as PgTable)
      .where(eq(kind.table.id, id))
      .returning()) as Row[]
    if (!before) throw notFound(kind.label, id)
    await audit(tx, actor, {
      entity: kind.entity,
      entityId: id,
      action: 'delete',
      before: kind.toApi(before),
    })
    return before
  }

  /** Deletes the row in a transaction of its own. */
  async function remove(db: Db, actor: Actor, id: number): Promise<void> {
    await db.transaction((tx) => removeIn(tx, actor, id))
  }

  return { change, edit, created, insert, removeIn, remove }
}
