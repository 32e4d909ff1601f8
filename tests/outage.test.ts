import { connect, createServer, type Server, type Socket } from 'node:net'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../api/app.ts'
import { loadConfig } from '../api/config.ts'
import { ADMIN, testDatabaseUrl } from './helpers/app.ts'
import { waitFor } from './helpers/http.ts'

// The database goes away while Tally runs: requests fail fast with 503, /readyz says so, and Tally
// recovers by itself when the database is back. A TCP relay between Tally and the PostgreSQL server
// plays the outage, so the shared server itself is never stopped.
const server = process.env.TEST_DATABASE_URL

describe.skipIf(!server)('a database outage (PostgreSQL server only)', () => {
  let db: Awaited<ReturnType<typeof testDatabaseUrl>>
  let relay: Server | null = null
  let relayPort = 0
  const sockets = new Set<Socket>()
  let app: Awaited<ReturnType<typeof buildServer>>
  let cookie = ''

  function startRelay(target: URL, port = 0) {
    return new Promise<number>((resolve) => {
      relay = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname)
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('close', () => sockets.delete(s))
          s.on('error', () => s.destroy())
        }
        client.pipe(upstream).pipe(client)
      })
      relay.listen(port, '127.0.0.1', () => resolve((relay!.address() as { port: number }).port))
    })
  }
  function stopRelay() {
    return new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy()
      relay ? relay.close(() => resolve()) : resolve()
      relay = null
    })
  }

  beforeAll(async () => {
    db = await testDatabaseUrl()
    const target = new URL(db.url!)
    relayPort = await startRelay(target)
    const viaRelay = new URL(db.url!)
    viaRelay.host = `127.0.0.1:${relayPort}`
    app = await buildServer(
      loadConfig({
        DATABASE_URL: viaRelay.toString(),
        SAMPLE_DATA: 'off',
        LOG_LEVEL: 'silent',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      }),
    )
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
    cookie = `tally_session=${login.cookies[0].value}`
  })
  afterAll(async () => {
    await app?.close()
    await stopRelay()
    await db?.drop()
  })

  it('answers 503 quickly while the database is away, and recovers without a restart', async () => {
    expect((await app.inject('/readyz')).statusCode).toBe(200)
    await stopRelay()

    const t0 = Date.now()
    const ready = await app.inject('/readyz')
    expect(ready.statusCode).toBe(503)
    expect(ready.json().status).toBe('unavailable')
    const read = await app.inject({ url: '/api/claims', headers: { cookie } })
    expect(read.statusCode).toBe(503)
    expect(read.json().error.code).toBe('unavailable')
    expect(Date.now() - t0).toBeLessThan(15_000)

    await startRelay(new URL(db.url!), relayPort)
    await waitFor(
      '/readyz to answer 200 again',
      async () => (await app.inject('/readyz')).statusCode === 200,
      10_000,
      200,
    )
    expect((await app.inject({ url: '/api/claims', headers: { cookie } })).statusCode).toBe(200)
  }, 60_000)

  it('answers /readyz within a second and reads within the connect timeout when the database hangs', async () => {
    // A database that accepts connections and never answers (a frozen host, a dropped route).
    await stopRelay()
    relay = createServer((client) => {
      sockets.add(client)
      client.on('close', () => sockets.delete(client))
      client.on('error', () => client.destroy())
    })
    await new Promise<void>((resolve) => relay!.listen(relayPort, '127.0.0.1', () => resolve()))

    let t0 = Date.now()
    const ready = await app.inject('/readyz')
    expect(ready.statusCode).toBe(503)
    expect(Date.now() - t0).toBeLessThan(1000)
    t0 = Date.now()
    const read = await app.inject({ url: '/api/claims', headers: { cookie } })
    expect(read.statusCode).toBe(503)
    expect(Date.now() - t0).toBeLessThan(5000)

    await stopRelay()
    await startRelay(new URL(db.url!), relayPort)
    let recovered = 0
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      recovered = (await app.inject({ url: '/api/claims', headers: { cookie } })).statusCode
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 200))
    }
    expect(recovered).toBe(200)
  }, 60_000)

  it('cancels a statement that runs longer than DB_STATEMENT_TIMEOUT_S', async () => {
    const short = await buildServer(
      loadConfig({
        DATABASE_URL: db.url,
        SAMPLE_DATA: 'off',
        LOG_LEVEL: 'silent',
        DB_STATEMENT_TIMEOUT_S: '0.5',
      }),
    )
    try {
      const t0 = Date.now()
      await expect(short.database.rows(sql`select pg_sleep(3)`)).rejects.toMatchObject({ code: '57014' })
      expect(Date.now() - t0).toBeLessThan(2500)
    } finally {
      await short.close()
    }
  })
})
