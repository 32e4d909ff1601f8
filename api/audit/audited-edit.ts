// The shape every audited edit of one row follows: lock the row (404 when it is missing), change it,
// write the audit entry with before and after as the API shows them, in one transaction, and answer
// the API shape. Declared once per kind of row; each edit then only says what it changes.
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
  toApi: (row: T['$inferSelect']) => A
}) {
  type Row = T['$inferSelect']
  /** Changes the row (`change` returns it as stored after); the answer is its API shape. */
  async function edit(
    db: Db,
    actor: Actor,
    id: number,
    action: string,
    change: (tx: Tx, before: Row) => Promise<Row>,
    note?: string,
  ): Promise<A> {
    return db.transaction(async (tx) => {
      const before = await lockRow(tx, kind.table, id)
      if (!before) throw notFound(kind.label, id)
      const after = await change(tx, before)
      const shown = kind.toApi(after)
      await audit(tx, actor, {
        entity: kind.entity,
        entityId: id,
        action,
        before: kind.toApi(before),
        after: shown,
        note,
      })
      return shown
    })
  }
  /** Deletes the row; the audit entry keeps what it was. */
  async function remove(db: Db, actor: Actor, id: number): Promise<void> {
    await db.transaction(async (tx) => {
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
    })
  }
  return { edit, remove }
}
