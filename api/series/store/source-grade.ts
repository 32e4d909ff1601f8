// An analyst's reliability grade of a source (A-F), with a note and who set it, audited. The best
// estimate weighs it, so every series that credits the source is refreshed in the same transaction.
import { eq, isNotNull, sql } from 'drizzle-orm'
import type { Actor } from '../../audit/audit.ts'
import { auditedEdits } from '../../audit/audited-edit.ts'
import type { Db } from '../../db/client.ts'
import { claims, type Source, sources } from '../../db/schema/index.ts'
import { timestampOrNull } from '../../http/schemas.ts'
import type { Grade } from '../estimate.ts'
import { refreshSeries } from './claims.ts'

export function gradeToApi(s: Source) {
  return {
    id: s.id,
    key: s.key,
    grade: (s.grade as Grade | null) ?? null,
    grade_note: s.gradeNote,
    graded_by: s.gradedBy,
    graded_at: timestampOrNull(s.gradedAt),
  }
}

const { edit } = auditedEdits({ entity: 'source', label: 'Source', table: sources, toApi: gradeToApi })

export function setSourceGrade(
  db: Db,
  actor: Actor,
  id: number,
  input: { grade: Grade | null; note?: string | null },
) {
  return edit(db, actor, id, 'grade', async (tx) => {
    const [after] = await tx
      .update(sources)
      .set({
        grade: input.grade,
        gradeNote: input.note ?? null,
        gradedBy: input.grade === null ? null : actor.label,
        gradedAt: input.grade === null ? null : new Date(),
      })
      .where(eq(sources.id, id))
      .returning()
    const touched = await tx
      .selectDistinct({ id: claims.seriesId })
      .from(claims)
      .where(sql`${eq(claims.sourceId, id)} and ${isNotNull(claims.seriesId)}`)
    await refreshSeries(
      tx,
      touched.flatMap((r) => (r.id === null ? [] : [r.id])),
    )
    if (!after) throw new Error(`source ${id} vanished under its lock`)
    return after
  })
}
