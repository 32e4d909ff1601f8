// Re-resolves the place of every stored claim against the current gazetteer (after `npm run
// places:build` or an edit of api/geo/additions.json):
//   npm run places:refresh
// With a PostgreSQL server it runs beside Tally, a batch of articles per short transaction; in embedded
// mode stop Tally first (one process at a time may open DATA_DIR).
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { backfillPlaces } from '../geo/store/backfill.ts'

const config = loadConfig()
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
try {
  const n = await backfillPlaces(database.db, { all: true })
  console.log(`re-resolved the places of ${n} claims`)
} catch (err) {
  console.error((err as Error).message)
  process.exitCode = 1
} finally {
  await database.close()
}
