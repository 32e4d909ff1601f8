import { sql } from 'drizzle-orm'
import { bigint, check, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { series } from './series.ts'

/**
 * An analyst's explanation of a flag on a figure (a jump, a late report: api/series/flags.ts). Flags
 * are computed from the claims on every read; only what an analyst said about one is stored, under
 * the figure's point key, so that the note stays with the figure however often the series is rebuilt.
 * Changes go through api/audit/audited-edit.ts.
 */
export const seriesFlagNotes = pgTable(
  'series_flag_notes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    seriesId: bigint('series_id', { mode: 'number' })
      .notNull()
      .references(() => series.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    pointKey: text('point_key').notNull(),
    note: text('note').notNull(),
    explainedBy: text('explained_by').notNull(),
    explainedAt: timestamp('explained_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('series_flag_notes_key').on(t.seriesId, t.kind, t.pointKey),
    check('series_flag_notes_kind', sql`${t.kind} in ('jump', 'late')`),
  ],
)

export type SeriesFlagNote = typeof seriesFlagNotes.$inferSelect
