// Rebuilds every series' stored points, disagreeing pairs and summary from all its claims: the repair
// for the incremental refresh (api/series/store/incremental.ts), and what it is tested against.
//   npm run series:rebuild
// Run it with the same DATABASE_URL or DATA_DIR as Tally (embedded: stop Tally first). One transaction
// per 200 series, so a server keeps ingesting in between.
import { asc, sql } from 'drizzle-orm'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { series } from '../db/schema/index.ts'
import { refreshSeries } from '../series/store/claims.ts'

const config = loadConfig()
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
try {
  const ids = (await database.db.select({ id: series.id }).from(series).orderBy(asc(series.id))).map(
    (r) => r.id,
  )
  const t0 = performance.now()
  for (let i = 0; i < ids.length; i += 200)
    await database.db.transaction((tx) => refreshSeries(tx, ids.slice(i, i + 200), { full: true }))
  await database.db.execute(sql`analyze series_points`)
  console.log(`${ids.length} series rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
} catch (err) {
  console.error((err as Error).message)
  process.exitCode = 1
} finally {
  await database.close()
}
