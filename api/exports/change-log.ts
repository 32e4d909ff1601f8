// What changed between two runs of a scheduled export: claims added, claims changed (each changed field
// with its value before and after, and the reason recorded in the audit trail) and claims retracted
// (rejected, or gone with their article). Read from the claims and the append-only audit trail, so it
// needs nothing kept per run but the time the previous run started.
import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm'
import type { PgSelect } from 'drizzle-orm/pg-core'
import { type ClaimFilters, claimConditions } from '../claims/query.ts'
import type { Db } from '../db/client.ts'
import { articles, auditLog, claims, exportRuns, outlets, series, topics } from '../db/schema/index.ts'
import type { Column, RowSource, TableDef } from './tables.ts'

export interface ChangeRow {
  at: string
  change: 'added' | 'changed' | 'retracted'
  claimId: number
  field: string
  before: string
  after: string
  by: string
  reason: string
}

const text = (
  key: keyof ChangeRow,
  header: string,
  width: number,
  description: string,
): Column<ChangeRow> => ({
  key,
  header,
  kind: key === 'claimId' ? 'integer' : 'text',
  hxl: '',
  width,
  description,
  value: (r) => r[key],
})

export const CHANGES_TABLE: TableDef<Column<ChangeRow>> = {
  name: 'changes',
  sheet: 'Changes',
  title: 'Changes since the previous run',
  description:
    'Claims added, changed (before and after, with the reason) and retracted since the previous run',
  columns: [
    text('at', 'when (UTC)', 22, 'When the change was made'),
    text('change', 'change', 10, 'added, changed or retracted'),
    text('claimId', 'claim id', 10, "The claim's id in Tally"),
    text('field', 'field', 14, 'The field that changed (for changes)'),
    text('before', 'before', 24, 'Its value before'),
    text('after', 'after', 24, 'Its value after'),
    text('by', 'by', 22, 'Who made the change'),
    text('reason', 'reason', 40, 'The reason recorded with the change, if any'),
  ],
}

const show = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)
const RETRACT = new Set(['reject', 'delete'])

/** A query of claims joined to what the claim filters read (outlet, the place a claim is filed under). */
const withContext = <T extends PgSelect>(q: T) =>
  q
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .leftJoin(series, eq(series.id, claims.seriesId))
    .leftJoin(topics, eq(topics.id, series.topicId))

/**
 * Of these claims, those an export with `filters` covers. A change is judged on the claim as it is now,
 * whatever its status: a claim the export carried and that was then rejected shows as retracted. A claim
 * gone with its article is judged on what the audit kept of it (metric and date).
 */
async function covered(db: Db, ids: number[], filters: ClaimFilters): Promise<Set<number>> {
  const out = new Set<number>()
  const scope = claimConditions({ ...filters, status: undefined, changed_since: undefined })
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await withContext(db.select({ id: claims.id }).from(claims).$dynamic()).where(
      and(inArray(claims.id, ids.slice(i, i + 5000)), scope),
    )
    for (const r of rows) out.add(r.id)
  }
  return out
}

function gone(before: Record<string, unknown>, f: ClaimFilters): boolean {
  const asOf = typeof before.as_of === 'string' ? before.as_of : null
  if (f.metric?.length && !f.metric.includes(before.metric as never)) return false
  if (f.from && (!asOf || asOf < f.from)) return false
  if (f.to && (!asOf || asOf > f.to)) return false
  return true
}

/** Changes after `since` up to `until`, oldest first, to the claims `filters` select (all without). */
export async function readChanges(
  db: Db,
  since: Date,
  until: Date,
  filters?: ClaimFilters,
): Promise<ChangeRow[]> {
  const added = await withContext(db.select({ id: claims.id, at: claims.createdAt }).from(claims).$dynamic())
    .where(
      and(
        gt(claims.createdAt, since),
        lte(claims.createdAt, until),
        filters ? claimConditions(filters) : undefined,
      ),
    )
    .orderBy(asc(claims.id))
  const logged = await db
    .select()
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.entity, ['claim']),
        sql`${auditLog.action} <> 'create'`,
        gt(auditLog.at, since),
        lte(auditLog.at, until),
      ),
    )
    .orderBy(asc(auditLog.id))
  const inScope = filters ? await covered(db, [...new Set(logged.map((e) => e.entityId))], filters) : null
  const entries = logged.filter(
    (e) =>
      !inScope ||
      inScope.has(e.entityId) ||
      (e.action === 'delete' && gone((e.before ?? {}) as Record<string, unknown>, filters!)),
  )
  const out: ChangeRow[] = added.map((c) => ({
    at: c.at.toISOString(),
    change: 'added',
    claimId: c.id,
    field: '',
    before: '',
    after: '',
    by: '',
    reason: '',
  }))
  for (const e of entries) {
    const base = { at: e.at.toISOString(), claimId: e.entityId, by: e.actorLabel, reason: e.note ?? '' }
    const before = (e.before ?? {}) as Record<string, unknown>
    const after = (e.after ?? {}) as Record<string, unknown>
    if (RETRACT.has(e.action)) {
      out.push({
        ...base,
        change: 'retracted',
        field: 'status',
        before: show(before.status),
        after: show(after.status),
      })
      continue
    }
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (k) => k !== 'version' && k !== 'updated_at' && show(before[k]) !== show(after[k]),
    )
    for (const field of fields)
      out.push({ ...base, change: 'changed', field, before: show(before[field]), after: show(after[field]) })
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}

export const changeSource =
  (rows: ChangeRow[]): RowSource =>
  async (sink) => {
    for (const r of rows) sink.row(CHANGES_TABLE.columns.map((c) => c.value(r)))
    await sink.batch()
  }

/** The newest change to any claim, for the "Last updated" line. */
export async function lastUpdated(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: sql<string | null>`max(${claims.updatedAt})` }).from(claims)
  return row?.at ? new Date(row.at) : null
}

/**
 * When the schedule's last successful run before `runId` was queued (by the database's clock, before it
 * read anything, so a change made while it ran is in the next log too rather than in neither); null for
 * its first run.
 */
export async function previousRunStart(db: Db, scheduleId: number, runId: number): Promise<Date | null> {
  const [row] = await db
    .select({ at: exportRuns.createdAt })
    .from(exportRuns)
    .where(
      and(
        eq(exportRuns.scheduleId, scheduleId),
        eq(exportRuns.status, 'succeeded'),
        sql`${exportRuns.id} <> ${runId}`,
      ),
    )
    .orderBy(desc(exportRuns.id))
    .limit(1)
  return row?.at ?? null
}

/** Where a CSV's change log is written: beside it, "<name>-changes.csv". */
export const changesPath = (csvPath: string) => csvPath.replace(/\.csv$/, '-changes.csv')
