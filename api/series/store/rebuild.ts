// Rebuilds series from all their claims in batches (one transaction each, so a server keeps ingesting in
// between): every series (`npm run series:rebuild`), or only those whose stored judgement is missing
// (`-- --missing`): the backfill of best estimates for series stored before estimates were.
import { and, asc, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { series } from '../../db/schema/index.ts'
import { refreshSeries } from './claims.ts'

const BATCH = 200

/** The number of series rebuilt. */
export async function rebuildSeries(db: Db, { missing = false } = {}): Promise<number> {
  const rows = await db
    .select({ id: series.id })
    .from(series)
    .where(
      missing
        ? and(isNull(series.estimate), isNull(series.mergedInto), sql`${series.pointCount} > 0`)
        : undefined,
    )
    .orderBy(asc(series.id))
  const ids = rows.map((r) => r.id)
  for (let i = 0; i < ids.length; i += BATCH)
    await db.transaction((tx) => refreshSeries(tx, ids.slice(i, i + BATCH), { full: true }))
  if (ids.length) await db.execute(sql`analyze series_points`)
  return ids.length
}
