import { type AnyPgColumn, bigint, timestamp } from 'drizzle-orm/pg-core'

// The column shapes most tables share, written once. Each is a function: drizzle needs a fresh
// builder per table. Not exported from index.ts (they are no tables).

/** A time with its zone; every timestamp column of Tally is one. */
export const at = (name: string) => timestamp(name, { withTimezone: true })

export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity()
export const createdAt = () => at('created_at').notNull().defaultNow()
export const updatedAt = () => at('updated_at').notNull().defaultNow()

/** A reference to another table's id, optional, with what happens to it when that row goes. */
export const ref = (name: string, column: () => AnyPgColumn, onDelete?: 'cascade' | 'set null') =>
  bigint(name, { mode: 'number' }).references(column, onDelete ? { onDelete } : {})

/** The row this one belongs to: required, deleted with it. */
export const parent = (name: string, column: () => AnyPgColumn) =>
  bigint(name, { mode: 'number' }).notNull().references(column, { onDelete: 'cascade' })
