// Rebuilds series from all their claims in batches (one transaction each, so a server keeps ingesting in
// between): every series (`npm run series:rebuild`), or only those whose stored judgement is missing
// (`-- --missing`): the backfill of best estimates for series stored before estimates were.
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { claims, series } from '../../db/schema/index.ts'
import { refreshSeries } from './claims.ts'

// A batch ends at this many series or claims, whichever comes first: a dense series' analysis (its
// points and disagreeing pairs) is held until its batch is written.
const BATCH_SERIES = 200
const BATCH_CLAIMS = 50_000

/** The number of series rebuilt. */
export async function rebuildSeries(db: Db, { missing = false } = {}): Promise<number> {
  // The claims counted, not the stored count: after a bulk insert or a failed refresh it may be wrong.
  const rows = await db
    .select({ id: series.id, claims: count(claims.id) })
    .from(series)
    .leftJoin(claims, eq(claims.seriesId, series.id))
    .where(
      missing
        ? and(isNull(series.estimate), isNull(series.mergedInto), sql`${series.pointCount} > 0`)
        : undefined,
    )
    .groupBy(series.id)
    .orderBy(asc(series.id))
  const run = (ids: number[]) =>
    db.transaction(async (tx) => {
      // A batch holding one series of tens of thousands of claims outlasts a request's timeout.
      await tx.execute(sql`set local statement_timeout = 0`)
      await refreshSeries(tx, ids, { full: true })
    })
  let batch: number[] = []
  let held = 0
  for (const r of rows) {
    batch.push(r.id)
    held += r.claims
    if (batch.length < BATCH_SERIES && held < BATCH_CLAIMS) continue
    await run(batch)
    batch = []
    held = 0
  }
  if (batch.length) await run(batch)
  if (rows.length) await db.execute(sql`analyze series_points`)
  return rows.length
}
