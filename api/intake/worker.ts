// `npm run worker`: a process that only runs intake jobs (polls, fetches, extraction and storage) on
// the shared PostgreSQL database; start as many as the work needs. The web process runs jobs too
// unless WORKERS=0.
import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { seedSourceAliases } from '../series/store/source-table.ts'
import { intakeContext } from './context.ts'
import { pgBossQueue } from './jobs/queue.ts'
import { IntakeRunner } from './jobs/runner.ts'

const config = loadConfig()
const log = pino({ level: config.LOG_LEVEL, base: { role: 'worker', pid: process.pid } })
if (!config.DATABASE_URL)
  log.warn(
    'no DATABASE_URL: this worker owns the embedded database, so no Tally server may run on it meanwhile',
  )
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
await seedSourceAliases(database.db)
const queue = pgBossQueue(
  database.pglite ? { pglite: database.pglite } : { url: config.DATABASE_URL as string },
  log,
)
const runner = new IntakeRunner(intakeContext(database.db, config, log), queue, {
  workers: Math.max(1, config.WORKERS),
})
await runner.start()
log.info({ workers: Math.max(1, config.WORKERS) }, 'intake worker running')

closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
  if (err) log.error({ err }, 'worker stopping after an error')
  else log.info({ signal }, 'worker stopping')
  await runner.stop()
  await database.close()
})
