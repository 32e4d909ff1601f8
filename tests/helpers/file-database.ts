// A database opened before a test file's tests and closed after them, for tests that call the storage
// code directly (no app): in-memory PGlite from the run's template, or a fresh database on the server.
import { afterAll, beforeAll, inject } from 'vitest'
import { type Database, openDatabase } from '../../api/db/client.ts'
import { testDatabaseUrl } from './app.ts'

/** The file's database, in `.database` once its tests run. */
export function useFileDatabase(): { database: Database } {
  const file = {} as { database: Database }
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const target = await testDatabaseUrl()
    drop = target.drop
    file.database = await openDatabase({
      url: target.url,
      dataDir: 'memory://',
      template: inject('pgliteTemplate'),
    })
  }, 60_000)
  afterAll(async () => {
    await file.database?.close()
    await drop?.()
  })
  return file
}
