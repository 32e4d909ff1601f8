import { sql } from 'drizzle-orm'
import { check, index, pgTable, text } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { createdAt, day, id, parent, ref } from './columns.ts'
import { series } from './series.ts'

/** An editor's dated note on a series ("ceasefire announced"), drawn on its chart and listed in its brief. */
export const seriesAnnotations = pgTable(
  'series_annotations',
  {
    id: id(),
    seriesId: parent('series_id', () => series.id),
    on: day('on').notNull(),
    note: text('note').notNull(),
    createdBy: ref('created_by', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [
    index('series_annotations_series_idx').on(t.seriesId, t.on),
    check('series_annotations_note', sql`length(${t.note}) between 1 and 300`),
  ],
)

export type SeriesAnnotation = typeof seriesAnnotations.$inferSelect
