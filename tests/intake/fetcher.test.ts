import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedLookup, isPublicAddress } from '../../api/intake/fetch/address-guard.ts'
import { IntakeError } from '../../api/intake/fetch/errors.ts'
import { Fetcher, type FetcherOptions } from '../../api/intake/fetch/fetcher.ts'
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server.ts'

const OPTS: FetcherOptions = {
  allowPrivate: true,
  contact: 'ops@example.org',
  timeoutMs: 2000,
  maxRedirects: 3,
  limits: { feed: 1024 * 1024, page: 1024 * 1024, pdf: 4 * 1024 * 1024 },
  hostConcurrency: 2,
  hostDelayMs: 0,
}

let fx: FixtureServer
let fetcher: Fetcher
beforeAll(async () => {
  fx = await startFixtureServer()
  fetcher = new Fetcher(OPTS)
})
afterAll(async () => {
  await fetcher.close()
  await fx.close()
})

async function failure(p: Promise<unknown>): Promise<IntakeError> {
  try {
    await p
  } catch (err) {
    if (err instanceof IntakeError) return err
    throw err
  }
  throw new Error('expected the fetch to fail')
}

describe('address guard', () => {
  it('allows only public unicast addresses', () => {
    for (const ip of ['93.184.216.34', '2606:4700::1111', '8.8.8.8'])
      expect(isPublicAddress(ip), ip).toBe(true)
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      '2002:7f00:1::',
      '224.0.0.1',
      '255.255.255.255',
      'not-an-ip',
    ])
      expect(isPublicAddress(ip), ip).toBe(false)
  })

  it('refuses a name that resolves to loopback', async () => {
    const err = await new Promise<unknown>((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)))
    expect((err as IntakeError).code).toBe('refused_address')
  })

  it('refuses private hosts, literal or resolved, when private addresses are not allowed', async () => {
    const strict = new Fetcher({ ...OPTS, allowPrivate: false })
    fx.serve('/ok', 'text/plain', 'secret')
    try {
      for (const url of [
        `${fx.base}/ok`,
        `http://localhost:${new URL(fx.base).port}/ok`,
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]/',
        'http://[::ffff:7f00:1]/',
        'http://0x7f000001/',
      ]) {
        const err = await failure(strict.fetch({ url, kind: 'document' }))
        expect(err.code, url).toBe('refused_address')
      }
      expect(fx.hits('/ok')).toBe(0)
    } finally {
      await strict.close()
    }
  })

  it('refuses other schemes and credentials in URLs', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/', 'http://u:p@example.org/', 'nonsense'])
      expect((await failure(fetcher.fetch({ url, kind: 'document' }))).code, url).toBe('bad_url')
  })
})

describe('fetching', () => {
  it('sends a User-Agent with the contact and returns the body and validators', async () => {
    let ua = ''
    fx.route('/page', (req, res) => {
      ua = String(req.headers['user-agent'])
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end('<p>hello</p>')
    })
    const r = await fetcher.fetch({ url: `${fx.base}/page`, kind: 'document' })
    expect(ua).toMatch(/^Tally\/.*ops@example\.org/)
    expect(r.bytes.toString()).toBe('<p>hello</p>')
    expect(r.mime).toBe('text/html')
    expect(r.etag).toBe('"v1"')
  })

  it('makes conditional requests and reports 304 as not modified', async () => {
    fx.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"' || req.headers['if-modified-since'])
        res.writeHead(304).end()
      else res.writeHead(200, { etag: '"abc"', 'last-modified': 'Sat, 05 Dec 2026 10:00:00 GMT' }).end('x')
    })
    const first = await fetcher.fetch({ url: `${fx.base}/cond`, kind: 'feed' })
    expect(first.notModified).toBe(false)
    const again = await fetcher.fetch({ url: `${fx.base}/cond`, kind: 'feed', etag: first.etag })
    expect(again.notModified).toBe(true)
    const byDate = await fetcher.fetch({
      url: `${fx.base}/cond`,
      kind: 'feed',
      lastModified: first.lastModified,
    })
    expect(byDate.notModified).toBe(true)
  })

  it('decompresses gzip and brotli', async () => {
    fx.serve('/gz', 'text/plain', gzipSync('gzipped text'), { 'content-encoding': 'gzip' })
    fx.serve('/br', 'text/plain', brotliCompressSync('brotli text'), { 'content-encoding': 'br' })
    expect((await fetcher.fetch({ url: `${fx.base}/gz`, kind: 'document' })).bytes.toString()).toBe(
      'gzipped text',
    )
    expect((await fetcher.fetch({ url: `${fx.base}/br`, kind: 'document' })).bytes.toString()).toBe(
      'brotli text',
    )
  })

  it('stops a gzip bomb at the decompressed-size limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(OPTS.limits.page)
    fx.serve('/bomb', 'text/html', bomb, { 'content-encoding': 'gzip' })
    const err = await failure(fetcher.fetch({ url: `${fx.base}/bomb`, kind: 'document' }))
    expect(err.code).toBe('too_large')
    expect(err.message).toMatch(/decompressed/)
  })

  it('stops a 200 MB feed at the feed limit, with or without a length', async () => {
    fx.route('/huge-declared', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        'content-length': String(200 * 1024 * 1024),
      })
      res.write('<rss>')
    })
    fx.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      let sent = 0
      const more = () => {
        while (sent < 200 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length
          if (!res.write(chunk)) return res.once('drain', more)
        }
        res.end()
      }
      more()
    })
    for (const path of ['/huge-declared', '/huge-chunked']) {
      const err = await failure(fetcher.fetch({ url: `${fx.base}${path}`, kind: 'feed' }))
      expect(err.code, path).toBe('too_large')
    }
  })

  it('follows a bounded number of redirects and detects loops', async () => {
    fx.route('/r1', (_q, s) => s.writeHead(302, { location: '/r2' }).end())
    fx.route('/r2', (_q, s) => s.writeHead(301, { location: `${fx.base}/page` }).end())
    expect((await fetcher.fetch({ url: `${fx.base}/r1`, kind: 'document' })).url).toBe(`${fx.base}/page`)
    fx.route('/loop-a', (_q, s) => s.writeHead(302, { location: '/loop-b' }).end())
    fx.route('/loop-b', (_q, s) => s.writeHead(302, { location: '/loop-a' }).end())
    expect((await failure(fetcher.fetch({ url: `${fx.base}/loop-a`, kind: 'document' }))).code).toBe(
      'too_many_redirects',
    )
    for (let i = 0; i < 6; i++)
      fx.route(`/chain${i}`, (_q, s) => s.writeHead(302, { location: `/chain${i + 1}` }).end())
    expect((await failure(fetcher.fetch({ url: `${fx.base}/chain0`, kind: 'document' }))).code).toBe(
      'too_many_redirects',
    )
  })

  it('gives up on a host that does not answer in time', async () => {
    const quick = new Fetcher({ ...OPTS, timeoutMs: 300 })
    fx.route('/slow', () => {}) // never answers
    const started = Date.now()
    try {
      expect((await failure(quick.fetch({ url: `${fx.base}/slow`, kind: 'feed' }))).code).toBe('timeout')
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      await quick.close()
    }
  })

  it('reports 429 with its Retry-After and holds the host back that long', async () => {
    const own = new Fetcher(OPTS)
    fx.route('/busy', (_q, s) => s.writeHead(429, { 'retry-after': '1' }).end())
    try {
      const busy = await failure(own.fetch({ url: `${fx.base}/busy`, kind: 'feed' }))
      expect(busy.code).toBe('rate_limited')
      expect(busy.extra.retryAfterMs).toBe(1000)
      const started = Date.now()
      await own.fetch({ url: `${fx.base}/page`, kind: 'document' })
      expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    } finally {
      await own.close()
    }
  })

  it('reports 404 and 410 as gone', async () => {
    fx.route('/gone', (_q, s) => s.writeHead(410).end())
    expect((await failure(fetcher.fetch({ url: `${fx.base}/gone`, kind: 'feed' }))).code).toBe('not_found')
    expect((await failure(fetcher.fetch({ url: `${fx.base}/missing`, kind: 'feed' }))).code).toBe('not_found')
  })

  it('sends at most two requests at a time to one host, spaced by the delay', async () => {
    const polite = new Fetcher({ ...OPTS, hostDelayMs: 80 })
    let active = 0
    let most = 0
    const starts: number[] = []
    fx.route('/slowish', (_q, s) => {
      active++
      most = Math.max(most, active)
      starts.push(Date.now())
      setTimeout(() => {
        active--
        s.writeHead(200).end('ok')
      }, 100)
    })
    try {
      await Promise.all(
        Array.from({ length: 6 }, () => polite.fetch({ url: `${fx.base}/slowish`, kind: 'document' })),
      )
      expect(most).toBe(2)
      for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(40)
    } finally {
      await polite.close()
    }
  })
})
