// Rebuilds every series' stored points, disagreeing pairs, summary and best estimate from all its
// claims: the repair for the incremental refresh (api/series/store/incremental.ts), and what it is
// tested against. `--missing` rebuilds only series with no stored estimate (stored before estimates
// were, or by a Tally that failed half-way): the backfill to run once after upgrading.
//   npm run series:rebuild [-- --missing]
// Run it with the same DATABASE_URL or DATA_DIR as Tally (embedded: stop Tally first). One transaction
// per 200 series or 50,000 claims, so a server keeps ingesting in between.
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { rebuildSeries } from '../series/store/rebuild.ts'

const config = loadConfig()
const missing = process.argv.includes('--missing')
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
try {
  const t0 = performance.now()
  const n = await rebuildSeries(database.db, { missing })
  console.log(
    `${n} series ${missing ? 'without an estimate ' : ''}rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
} catch (err) {
  console.error((err as Error).message)
  process.exitCode = 1
} finally {
  await database.close()
}
