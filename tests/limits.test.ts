import { connect } from 'node:net'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_CHARS } from '../api/articles/schemas.ts'
import { suite } from './helpers/suite.ts'

// Size limits, over a real socket where it matters. tests/articles.test.ts already checks that a body
// just over BODY_LIMIT_MB gets 413 (through inject); this adds what it does not: a 50 MB body sent over
// TCP (with a length, and chunked without one) after which the server still answers, an article text
// over its own cap, a batch over its cap, and page sizes over their caps on every list route.
let base: string
const s = suite(
  {},
  {
    setUp: async (s) => {
      await s.t.app.listen({ port: 0, host: '127.0.0.1' })
      const address = s.t.app.server.address() as { port: number }
      base = `http://127.0.0.1:${address.port}`
    },
  },
)

const count = async () =>
  Number((await s.t.app.database.rows<{ n: number }>(sql`select count(*)::int as n from articles`))[0].n)

/**
 * POSTs `size` bytes of a JSON article to /api/articles over a raw TCP connection, in 64 kB writes, and
 * stops sending as soon as the server answers (it may answer, and close, before the body is all sent,
 * as any client that reads while it writes would see). Resolves with the status and the body.
 */
function postHuge(size: number, chunked: boolean): Promise<{ status: number; body: string }> {
  const { port } = new URL(base)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1')
    let received = ''
    socket.on('data', (d) => (received += d))
    socket.on('error', () => {}) // EPIPE/ECONNRESET once the server has closed: expected
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1])
      if (!status) return reject(new Error(`no answer: ${JSON.stringify(received.slice(0, 200))}`))
      let body = received.slice(received.indexOf('\r\n\r\n') + 4)
      if (/transfer-encoding: chunked/i.test(received))
        body = body
          .replace(/^[0-9a-f]+\r\n/, '')
          .replace(/\r\n0\r\n\r\n$/, '')
          .replace(/\r\n$/, '')
      resolve({ status, body })
    })
    const headers = [
      'POST /api/articles HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Content-Type: application/json',
      `Cookie: ${s.cookie}`,
      'Connection: close',
      chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`,
    ]
    const frame = (b: Buffer) =>
      chunked ? Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]) : b
    const piece = Buffer.alloc(64 * 1024, 'x')
    let sent = 0
    const pump = () => {
      while (!received && !socket.destroyed) {
        if (sent === 0) {
          socket.write(`${headers.join('\r\n')}\r\n\r\n`)
          socket.write(frame(Buffer.from('{"text":"')))
          sent = 9
        }
        const left = size - sent - 2
        if (left <= 0) {
          socket.write(frame(Buffer.from('"}')))
          if (chunked) socket.write('0\r\n\r\n')
          return
        }
        const b = left >= piece.length ? piece : piece.subarray(0, left)
        sent += b.length
        if (!socket.write(frame(b))) return void socket.once('drain', pump)
      }
    }
    socket.once('connect', pump)
  })
}

/**
 * The server answers 413 and closes while the client is still sending; the peer's kernel may then reset
 * the connection and drop the answer before it is read (a TCP reset, not a server fault). Up to three
 * tries tell that race apart from a server that never answers.
 */
async function postHugeAnswered(size: number, chunked: boolean) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await postHuge(size, chunked)
    } catch (err) {
      if (attempt === 3 || !String(err).includes('no answer')) throw err
    }
  }
}

describe('a 50 MB article', () => {
  for (const chunked of [false, true]) {
    it(`gets 413 ${chunked ? 'sent chunked, without a length' : 'with its Content-Length'}, and the server still answers`, async () => {
      const before = await count()
      const res = await postHugeAnswered(50 * 1024 * 1024, chunked)
      expect(res.status).toBe(413)
      expect(JSON.parse(res.body).error.code).toBe('body_too_large')
      // Still up: a health check and a real write both work on a new connection.
      expect((await fetch(`${base}/readyz`)).status).toBe(200)
      const ok = await fetch(`${base}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie },
        body: JSON.stringify({
          text: `Floods displaced ${chunked ? 4000 : 3000} families in Sindh, officials said.`,
        }),
      })
      expect(ok.status).toBe(201)
      expect(await count()).toBe(before + 1)
    })
  }
})

describe('an article text over its own cap', () => {
  it('gets 400 naming body.text, under the body limit', async () => {
    const text = 'x'.repeat(MAX_ARTICLE_CHARS + 1)
    expect(text.length).toBeLessThan(s.t.config.BODY_LIMIT_MB * 1024 * 1024)
    const before = await count()
    const res = await s.call('POST', '/api/articles', { text })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details[0].field).toBe('body.text')
    expect(await count()).toBe(before)
  })
})

describe('a batch over the cap', () => {
  it('of 1,001 articles gets 400 naming body.articles, and nothing is stored', async () => {
    const before = await count()
    const articles = Array.from({ length: 1001 }, (_, i) => ({ text: `Report ${i}: 3 people were killed.` }))
    const res = await s.call('POST', '/api/articles/batch', { articles })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details[0].field).toBe('body.articles')
    expect(res.json().error.message).toMatch(/1000/)
    expect(await count()).toBe(before)
  })

  it('of an empty list gets 400 naming body.articles', async () => {
    const res = await s.call('POST', '/api/articles/batch', { articles: [] })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details[0].field).toBe('body.articles')
  })
})

describe('page sizes', () => {
  it('over the cap are refused on every paged list, naming querystring.limit; the cap itself is served', async () => {
    const schedule = await s.call('POST', '/api/exports/schedules', {
      name: 'Limits',
      cron: '0 6 * * *',
      tables: ['claims'],
      format: 'csv',
    })
    expect(schedule.statusCode).toBe(201)
    const caps: Record<string, number> = {
      '/api/articles': 200,
      '/api/claims': 500,
      '/api/series': 200,
      '/api/topics': 200,
      [`/api/exports/schedules/${schedule.json().id}/runs`]: 500,
    }
    for (const [url, cap] of Object.entries(caps)) {
      const get = (limit: number) => s.t.as(s.t.adminCookie, 'GET', `${url}?limit=${limit}`)
      const over = await get(cap + 1)
      expect(over.statusCode, url).toBe(400)
      expect(over.json().error.details[0].field, url).toBe('querystring.limit')
      expect((await get(1_000_000)).statusCode, url).toBe(400)
      expect((await get(cap)).statusCode, url).toBe(200)
    }
  })

  it('every other list route either refuses a limit or is a known unpaged list', async () => {
    // Lists without paging: the signed-in user, and small lists (accounts, tokens, schedules, feeds,
    // and publishers; one row per outlet; watched sources; the inbox, capped at 1,000 items; the user's
    // alert settings, watches and webhooks; places with figures, bounded by the gazetteer's countries and
    // divisions; one track record per source, like the outlets).
    const UNPAGED = [
      '/api/account/sessions',
      '/api/admin/backup',
      '/api/alerts/settings',
      '/api/auth/me',
      '/api/exports/feeds',
      '/api/exports/schedules',
      '/api/inbox',
      '/api/outlets',
      '/api/places',
      '/api/sources/track-records',
      '/api/subscriptions',
      '/api/tokens',
      '/api/users',
      '/api/watches',
      '/api/webhooks',
    ]
    const gets = s.t.app
      .routeList()
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes(':'))
    // Query parameters a route cannot answer without.
    const REQUIRED: Record<string, string> = { '/api/places/map': '&metric=killed' }
    const accepted: string[] = []
    for (const r of gets) {
      const url = `${r.url}?limit=1000000${REQUIRED[r.url] ?? ''}`
      const res = await s.t.as(s.t.adminCookie, 'GET', url)
      expect(res.statusCode, r.url).toBeLessThan(500)
      if (res.statusCode === 400) {
        expect(JSON.stringify(res.json().error.details), r.url).toMatch(/querystring\.(limit|since)/)
      } else {
        accepted.push(r.url)
      }
    }
    expect(accepted.sort()).toEqual(UNPAGED)
  })
})
