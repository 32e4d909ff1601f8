import { sql } from 'drizzle-orm'
import { check, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, id, parent } from './columns.ts'
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
    id: id(),
    seriesId: parent('series_id', () => series.id),
    kind: text('kind').notNull(),
    pointKey: text('point_key').notNull(),
    note: text('note').notNull(),
    explainedBy: text('explained_by').notNull(),
    explainedAt: at('explained_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('series_flag_notes_key').on(t.seriesId, t.kind, t.pointKey),
    check('series_flag_notes_kind', sql`${t.kind} in ('jump', 'late')`),
  ],
)

export type SeriesFlagNote = typeof seriesFlagNotes.$inferSelect
