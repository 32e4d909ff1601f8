import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { backfillPlaces } from '../geo/store/backfill.ts'
import { ensureAdmin, loadSampleData } from '../sample-data/first-start.ts'
import { sweepDirty } from '../series/store/deferred.ts'
import { seedSourceAliases } from '../series/store/source-table.ts'

// First start: an admin account, and sample articles so a new user sees real figures at once.
export default fp(async function bootstrap(fastify: FastifyInstance, { config }: { config: Config }) {
  const created = await ensureAdmin(fastify.db, config)
  if (created?.generatedPassword) {
    // Printed once, straight to the console and not through the logger, so it never lands in log files.
    process.stderr.write(
      `\n  Tally created the first admin account:\n    e-mail:   ${created.email}\n    password: ${created.generatedPassword}\n  Keep it now; it is not shown again.\n\n`,
    )
  } else if (created) {
    fastify.log.info({ email: created.email }, 'created the first admin account from ADMIN_EMAIL')
  }
  await seedSourceAliases(fastify.db)
  if (config.SAMPLE_DATA === 'on') {
    const loaded = await loadSampleData(fastify.db)
    if (loaded) fastify.log.info({ articles: loaded }, 'loaded sample articles')
  }
  // Claims stored before places were resolved get their country, division and coordinates, in the
  // background: over a large database this takes minutes, and a start that waited for it timed out.
  // Each batch is its own transaction, so a stop mid-way loses nothing and the next start goes on.
  let stopping = false
  let backfill: Promise<void> | undefined
  fastify.addHook('onReady', async () => {
    backfill = backfillPlaces(fastify.db, { stop: () => stopping })
      .then((placed) => {
        if (placed) fastify.log.info({ claims: placed }, 'resolved the places of stored claims')
      })
      .catch((err) => fastify.log.error({ err }, 'resolving the places of stored claims failed'))
  })
  // Series marked by a change whose refresh did not run (a process stopped between an ingest's commit
  // and its refresh): refreshed at start-up, and every minute for marks another process left.
  let sweeping: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined
  const sweep = () => {
    sweeping ??= sweepDirty(fastify.db, { stop: () => stopping })
      .then((n) => {
        if (n) fastify.log.info({ series: n }, 'refreshed series left marked')
      })
      .catch((err) => fastify.log.error({ err }, 'refreshing series left marked failed'))
      .finally(() => {
        sweeping = undefined
      })
  }
  fastify.addHook('onReady', async () => {
    sweep()
    timer = setInterval(sweep, 60_000).unref()
  })
  fastify.addHook('preClose', async () => {
    stopping = true
    clearInterval(timer)
    await Promise.all([backfill, sweeping])
  })
})
