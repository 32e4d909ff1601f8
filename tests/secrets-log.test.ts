import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN, testDatabaseUrl } from './helpers/app.ts'
import { DAV_LOGIN, startWebdav } from './helpers/delivery-servers.ts'
import { call, signIn } from './helpers/http.ts'
import { startServerProcess } from './helpers/server-process.ts'

// Tally as a real process logging at trace level (everything info and debug log, and more), driven
// through sign-in, a wrong password, user creation, a password change, API tokens and a live feed.
// Then the whole log is searched for every secret that went by, and for their SHA-256 digests (what
// the database stores): none may appear.
const db = await testDatabaseUrl()
afterAll(() => db.drop())

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const cookieValue = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1)

describe('the log', () => {
  it('never holds a password, a session id, an API or feed token, a destination credential, or their digests', async () => {
    const davDir = mkdtempSync(join(tmpdir(), 'tally-secrets-dav-'))
    const dav = await startWebdav(davDir)
    const secretsKey = 'the-key-sealing-destination-credentials-42'
    const server = await startServerProcess({
      SECRETS_KEY: secretsKey,
      DELIVERY_ALLOW_PRIVATE: 'on',
      LOG_LEVEL: 'trace',
      DATA_DIR: 'memory://',
      DATABASE_URL: db.url ?? '',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SCHEDULER: 'off',
    })
    const secrets: Record<string, string> = {
      'admin password': ADMIN.password,
      SECRETS_KEY: secretsKey,
      'WebDAV password': DAV_LOGIN.secret,
      'WebDAV Basic credentials': Buffer.from(`${DAV_LOGIN.user}:${DAV_LOGIN.secret}`).toString('base64'),
    }
    let log = ''
    try {
      const base = server.base
      const admin = await signIn(base, ADMIN)
      secrets['admin session'] = cookieValue(admin)

      const wrong = 'Wrong-Password-4711'
      secrets['wrong password'] = wrong
      const denied = await call(base, {}, 'POST', '/api/auth/login', { email: ADMIN.email, password: wrong })
      expect(denied.status).toBe(401)

      // A user's password, counted among the secrets under `label`, sent to the users route.
      const addUser = (label: string, email: string, password: string, role: string) => {
        secrets[label] = password
        return call(base, { cookie: admin }, 'POST', '/api/users', { email, password, role })
      }
      const first = 'First-Password-0815'
      const user = await addUser('new user password', 'analyst@tally.test', first, 'editor')
      expect(user.status).toBe(201)
      const analyst = await signIn(base, { email: 'analyst@tally.test', password: first })
      secrets['user session'] = cookieValue(analyst)
      const refused = await addUser('refused weak password', 'weak@tally.test', 'weak-pw-1', 'viewer')
      expect(refused.status).toBe(400)

      // An API token for the analyst, used for a read and a write, and a wrong one.
      const created = await call(base, { cookie: admin }, 'POST', '/api/tokens', {
        name: 'script',
        user_id: user.body.id,
      })
      expect(created.status).toBe(201)
      const token = created.body.token as string
      expect(token).toMatch(/^tly_/)
      secrets['API token'] = token
      expect((await call(base, { token }, 'GET', '/api/auth/me')).body.user.email).toBe('analyst@tally.test')
      const ingested = await call(base, { token }, 'POST', '/api/articles', {
        text: 'Floods displaced 3,000 families in Sindh on Tuesday, officials said.',
        published: '2024-08-20',
      })
      expect(ingested.status).toBe(201)
      const bogus = `${token.slice(0, -4)}abcd`
      secrets['wrong API token'] = bogus
      expect((await call(base, { token: bogus }, 'GET', '/api/claims')).status).toBe(401)

      // A live feed: its token is in the URL that is read without a login.
      const feed = await call(base, { token }, 'POST', '/api/exports/feeds', {
        name: 'Sindh',
        tables: ['claims'],
      })
      expect(feed.status).toBe(201)
      const feedToken = feed.body.token as string
      secrets['feed token'] = feedToken
      const read = await fetch(`${base}/feeds/${feedToken}.csv`)
      expect(read.status).toBe(200)
      await read.arrayBuffer()
      expect((await fetch(`${base}/feeds/${feedToken.slice(0, -3)}xyz.csv`)).status).toBe(404)

      // A scheduled export delivered to WebDAV: its password saved, used by a Test delivery, rotated to a
      // wrong one (the server's refusal is logged and answered), and the destination listed.
      const schedule = await call(base, { cookie: admin }, 'POST', '/api/exports/schedules', {
        name: 'Shared',
        cron: '0 6 * * *',
        tables: ['claims'],
        format: 'csv',
      })
      expect(schedule.status).toBe(201)
      const dests = `/api/exports/schedules/${schedule.body.id}/destinations`
      const dest = await call(base, { cookie: admin }, 'POST', dests, {
        kind: 'webdav',
        name: 'Share',
        url: dav.url,
        credentials: DAV_LOGIN,
      })
      expect(dest.status).toBe(201)
      expect((await call(base, { cookie: admin }, 'POST', `${dests}/${dest.body.id}/test`)).body.ok).toBe(
        true,
      )
      const wrongDav = 'Wrong-Dav-Password-77'
      secrets['rotated WebDAV password'] = wrongDav
      const rotated = await call(base, { cookie: admin }, 'PATCH', `${dests}/${dest.body.id}`, {
        credentials: { user: DAV_LOGIN.user, secret: wrongDav },
      })
      expect(rotated.status).toBe(200)
      const refusedTest = await call(base, { cookie: admin }, 'POST', `${dests}/${dest.body.id}/test`)
      expect(refusedTest.body).toMatchObject({ ok: false, error: expect.stringMatching(/401/) })
      const listedDests = await call(base, { cookie: admin }, 'GET', dests)
      for (const answer of [dest, rotated, refusedTest, listedDests]) {
        const text = JSON.stringify(answer.body)
        for (const secret of [DAV_LOGIN.secret, wrongDav]) expect(text).not.toContain(secret)
      }

      // The admin changes the analyst's password: the old session ends, the new password works.
      const second = 'Second-Password-2024'
      secrets['changed password'] = second
      const changed = await call(base, { cookie: admin }, 'PATCH', `/api/users/${user.body.id}`, {
        password: second,
      })
      expect(changed.status).toBe(200)
      expect((await call(base, { cookie: analyst }, 'GET', '/api/auth/me')).status).toBe(401)
      const again = await signIn(base, { email: 'analyst@tally.test', password: second })
      secrets['second session'] = cookieValue(again)
      const revoked = await call(base, { cookie: admin }, 'DELETE', `/api/tokens/${created.body.id}`)
      expect(revoked.status).toBe(200)
      expect((await call(base, { token }, 'GET', '/api/auth/me')).status).toBe(401)
      expect((await call(base, { cookie: again }, 'POST', '/api/auth/logout')).status).toBe(204)
    } finally {
      await server.kill('SIGTERM')
      log = server.output()
      await dav.close()
      rmSync(davDir, { recursive: true, force: true })
    }

    // The log is real and complete: every request is in it, at trace level, with its URL.
    const lines = log.split('\n').filter((l) => l.startsWith('{'))
    const entries = lines.map((l) => JSON.parse(l) as { level: number; msg?: string; req?: { url?: string } })
    expect(entries.filter((e) => e.msg === 'incoming request').length).toBeGreaterThanOrEqual(15)
    const urls = entries.flatMap((e) => (e.req?.url ? [e.req.url] : []))
    for (const path of [
      '/api/auth/login',
      '/api/users',
      '/api/tokens',
      '/api/articles',
      '/api/auth/logout',
    ]) {
      expect(urls, path).toContain(path)
    }
    // A feed's URL is logged without its token.
    expect(urls.filter((u) => u === '/feeds/[redacted].csv').length).toBe(2)

    // No secret, nor its digest, anywhere in it; nor a password hash.
    const leaks: string[] = []
    for (const [what, secret] of Object.entries(secrets)) {
      if (log.includes(secret)) leaks.push(what)
      if (log.includes(sha256(secret))) leaks.push(`${what} (SHA-256)`)
    }
    expect(leaks).toEqual([])
    expect(log).not.toMatch(/scrypt\$/)
  }, 120_000)

  // A query that fails is logged with its error; drizzle puts the query's parameters in the message,
  // and those are a password hash, a session digest or a token digest. The database is made to refuse
  // those writes (triggers), so this runs on the PostgreSQL server only.
  it.skipIf(!db.url)(
    'holds no query parameters when a query fails',
    async () => {
      const server = await startServerProcess({
        LOG_LEVEL: 'trace',
        DATABASE_URL: db.url ?? '',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SCHEDULER: 'off',
      })
      const pg = postgres(db.url!, { max: 1, onnotice: () => {} })
      let log = ''
      const password = 'Refused-Password-9000'
      let token = ''
      try {
        const admin = await signIn(server.base, ADMIN)
        token = (await call(server.base, { cookie: admin }, 'POST', '/api/tokens', { name: 'x' })).body.token
        await pg.unsafe(`
        create function tally_test_refuse() returns trigger language plpgsql
          as $$ begin raise exception 'refused by the test'; end $$;
        create trigger refuse before insert on users for each row execute function tally_test_refuse();
        create trigger refuse before update on api_tokens for each row execute function tally_test_refuse();
        create trigger refuse before insert on sessions for each row execute function tally_test_refuse();`)
        const user = await call(server.base, { cookie: admin }, 'POST', '/api/users', {
          email: 'refused@tally.test',
          password,
          role: 'viewer',
        })
        expect(user.status).toBe(500)
        expect((await call(server.base, { token }, 'GET', '/api/auth/me')).status).toBe(500)
        expect((await call(server.base, {}, 'POST', '/api/auth/login', ADMIN)).status).toBe(500)
      } finally {
        await pg.end()
        await server.kill('SIGTERM')
        log = server.output()
      }
      // The three failures are logged, with the error and the query that failed...
      const errors = log.split('\n').filter((l) => l.includes('"unhandled error"'))
      expect(errors.length).toBe(3)
      expect(errors.join('\n')).toContain('refused by the test')
      expect(errors.join('\n')).toContain('api_tokens')
      // ...and not its parameters: no digest (64 hex digits), no password hash, no password, no token.
      expect(log).not.toMatch(/[0-9a-f]{64}/)
      expect(log).not.toMatch(/scrypt\$/)
      expect(log).not.toContain(password)
      expect(log).not.toContain(token)
    },
    120_000,
  )
})
