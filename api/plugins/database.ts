import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { type Database, type Db, openDatabase } from '../db/client.ts'

declare module 'fastify' {
  interface FastifyInstance {
    database: Database
    db: Db
  }
}

// Opens the configured database and migrates it before any route is served.
export default fp(async function database(fastify: FastifyInstance, opts: { config: Config }) {
  const { config } = opts
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    template: config.PGLITE_TEMPLATE,
    timeouts: { connectS: config.DB_CONNECT_TIMEOUT_S, statementS: config.DB_STATEMENT_TIMEOUT_S },
  })
  fastify.decorate('database', database)
  fastify.decorate('db', database.db)
  fastify.addHook('onClose', () => database.close())
})
