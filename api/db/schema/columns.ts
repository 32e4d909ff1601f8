import { type AnyPgColumn, bigint, boolean, date, integer, text, timestamp } from 'drizzle-orm/pg-core'

// The column shapes most tables share, written once. Each is a function: drizzle needs a fresh
// builder per table. Not exported from index.ts (they are no tables).

/** A time with its zone; every timestamp column of Tally is one. */
export const at = (name: string) => timestamp(name, { withTimezone: true })

/** A 64-bit integer read as a JavaScript number (ids and counts stay far below 2^53). */
export const int64 = (name: string) => bigint(name, { mode: 'number' })
/** A calendar date, read as its 'YYYY-MM-DD' text (no time zone to shift it). */
export const day = (name: string) => date(name, { mode: 'string' })
/** A yes/no that is no until set. */
export const flag = (name: string) => boolean(name).notNull().default(false)
/** A count that starts at zero. */
export const counter = (name: string) => integer(name).notNull().default(0)

export const id = () => int64('id').primaryKey().generatedAlwaysAsIdentity()
export const createdAt = () => at('created_at').notNull().defaultNow()
export const updatedAt = () => at('updated_at').notNull().defaultNow()
/** When a row was made and last changed: the pair of every table edited in place, spread into it. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() })

/** A reference to another table's id, optional, with what happens to it when that row goes. */
export const ref = (name: string, column: () => AnyPgColumn, onDelete?: 'cascade' | 'set null') =>
  int64(name).references(column, onDelete ? { onDelete } : {})

/** The row this one belongs to: required, deleted with it. */
export const parent = (name: string, column: () => AnyPgColumn) =>
  int64(name).notNull().references(column, { onDelete: 'cascade' })

/**
 * A row of a work queue that one worker at a time takes: who holds it and until when; a lease that
 * runs out (its worker died) lets another take the row over.
 */
export const leased = () => ({ claimedBy: text('claimed_by'), leaseUntil: at('lease_until') })
