import { sql } from 'drizzle-orm'
import { bigint, check, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { series } from './series.ts'

/** An editor's dated note on a series ("ceasefire announced"), drawn on its chart and listed in its brief. */
export const seriesAnnotations = pgTable(
  'series_annotations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    seriesId: bigint('series_id', { mode: 'number' })
      .notNull()
      .references(() => series.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('series_annotations_series_idx').on(t.seriesId, t.on),
    check('series_annotations_note', sql`length(${t.note}) between 1 and 300`),
  ],
)

export type SeriesAnnotation = typeof seriesAnnotations.$inferSelect
