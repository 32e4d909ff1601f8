// Analysts' explanations of flags (jumps, late reports), audited. Flags themselves are computed from
// the claims (api/series/flags.ts); an explanation is stored under the flag's kind and point key, so a
// flag that goes away and comes back (a claim rejected, then restored) finds its note again.
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Actor } from '../../audit/audit.ts'
import { auditedEdits } from '../../audit/audited-edit.ts'
import type { Db } from '../../db/client.ts'
import { type SeriesFlagNote, series, seriesFlagNotes } from '../../db/schema/index.ts'
import type { Runner, Tx } from '../../db/sql.ts'
import { badRequest, notFound } from '../../http/errors.ts'
import type { Flag, FlagKind } from '../flags.ts'
import { CLAIM_COLUMNS, readSeriesClaims } from './claim-reader.ts'
import { analyse } from './claims.ts'

export function noteToApi(n: SeriesFlagNote) {
  return {
    id: n.id,
    series_id: n.seriesId,
    kind: n.kind as FlagKind,
    point: n.pointKey,
    note: n.note,
    by: n.explainedBy,
    at: n.explainedAt.toISOString(),
  }
}

const notes = auditedEdits({
  entity: 'series_flag',
  label: 'Flag note',
  table: seriesFlagNotes,
  toApi: noteToApi,
})

const keyOf = (kind: string, point: string) => `${kind} ${point}`

/** The explanations of these series' flags, by series, keyed by kind and point. */
export async function readFlagNotes(db: Runner, seriesIds: number[]) {
  const out = new Map<number, Map<string, SeriesFlagNote>>()
  if (!seriesIds.length) return out
  const rows = await db.select().from(seriesFlagNotes).where(inArray(seriesFlagNotes.seriesId, seriesIds))
  for (const r of rows) {
    const mine = out.get(r.seriesId) ?? new Map<string, SeriesFlagNote>()
    mine.set(keyOf(r.kind, r.pointKey), r)
    out.set(r.seriesId, mine)
  }
  return out
}

/** Flags as the API shows them: with the source's name and the analyst's note, if any. */
export function flagsToApi(
  flags: readonly Flag[],
  sourceName: (k: string | null) => string,
  explained: Map<string, SeriesFlagNote> | undefined,
) {
  return flags.map((f) => {
    const n = explained?.get(keyOf(f.kind, f.point))
    return {
      kind: f.kind,
      point: f.point,
      source_key: f.sourceKey,
      source_name: sourceName(f.sourceKey),
      date: f.date,
      reason: f.reason,
      explained: n ? { note: n.note, by: n.explainedBy, at: n.explainedAt.toISOString() } : null,
    }
  })
}

/**
 * Marks a flag of a series as explained, or changes its note. Only a flag the series has now can be
 * explained (400 naming `point` otherwise). The series' version is bumped so cached answers show it.
 */
export async function explainFlag(
  db: Db,
  actor: Actor,
  seriesId: number,
  input: { kind: FlagKind; point: string; note: string },
) {
  const note = input.note.trim()
  if (!note) throw badRequest('note', 'must say why the flag is explained')
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ kind: series.kind }).from(series).where(eq(series.id, seriesId))
    if (!s) throw notFound('Series', seriesId)
    const rows = await readSeriesClaims(tx, [seriesId], CLAIM_COLUMNS.analysis)
    const flags = analyse(s.kind, rows).flags
    if (!flags.some((f) => f.kind === input.kind && f.point === input.point))
      throw badRequest('point', `is not a figure of series ${seriesId} with a ${input.kind} flag`)
    const after = await upsert(tx, actor, seriesId, { ...input, note })
    await tx
      .update(series)
      .set({ version: sql`${series.version} + 1` })
      .where(eq(series.id, seriesId))
    return noteToApi(after)
  })
}

async function upsert(
  tx: Tx,
  actor: Actor,
  seriesId: number,
  input: { kind: FlagKind; point: string; note: string },
) {
  const values = { note: input.note, explainedBy: actor.label, explainedAt: new Date() }
  // The first note inserts; a note already there (or one another analyst stored a moment ago) changes.
  const [created] = await tx
    .insert(seriesFlagNotes)
    .values({ seriesId, kind: input.kind, pointKey: input.point, ...values })
    .onConflictDoNothing()
    .returning()
  if (created) {
    await notes.created(tx, actor, created)
    return created
  }
  const [existing] = await tx
    .select({ id: seriesFlagNotes.id })
    .from(seriesFlagNotes)
    .where(
      and(
        eq(seriesFlagNotes.seriesId, seriesId),
        eq(seriesFlagNotes.kind, input.kind),
        eq(seriesFlagNotes.pointKey, input.point),
      ),
    )
  if (!existing) throw new Error('flag note neither inserted nor found')
  const { after } = await notes.change(tx, actor, existing.id, 'explain', async (t) => {
    const [row] = await t
      .update(seriesFlagNotes)
      .set(values)
      .where(eq(seriesFlagNotes.id, existing.id))
      .returning()
    return row
  })
  return after
}
