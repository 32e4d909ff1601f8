import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { Agent, request } from 'undici'
import { checkLiteralHost, guardedLookup } from './address-guard.ts'
import { IntakeError } from './errors.ts'
import { HostLimiter } from './host-limiter.ts'

/** What is fetched: a feed or API answer, or a document (web page or PDF, told by its content type). */
export type FetchKind = 'feed' | 'document'

export interface FetcherOptions {
  /** INTAKE_ALLOW_PRIVATE=on: loopback and private addresses may be fetched (tests, intranets). */
  allowPrivate: boolean
  /** Who to write to about this deployment's requests, sent in the User-Agent. */
  contact?: string
  timeoutMs: number
  maxRedirects: number
  /** Largest body after decompression, in bytes. */
  limits: { feed: number; page: number; pdf: number }
  hostConcurrency: number
  hostDelayMs: number
}

export interface FetchRequest {
  url: string
  kind: FetchKind
  /** Validators from the last fetch, for a conditional request. */
  etag?: string | null
  lastModified?: string | null
}

export interface FetchResult {
  /** The URL after redirects. */
  url: string
  status: number
  notModified: boolean
  /** Lower-case MIME type without parameters ('' when the server sent none). */
  mime: string
  contentType: string
  bytes: Buffer
  etag: string | null
  lastModified: string | null
  fetchedAt: Date
}

export class Fetcher {
  private agent: Agent
  private limiter: HostLimiter
  readonly userAgent: string

  constructor(private opts: FetcherOptions) {
    this.agent = new Agent({
      connect: opts.allowPrivate ? {} : { lookup: guardedLookup },
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    })
    this.limiter = new HostLimiter(opts.hostConcurrency, opts.hostDelayMs)
    this.userAgent = `Tally/0.1 (casualty figure tracker${opts.contact ? `; ${opts.contact}` : ''})`
  }

  /** Fetches a URL, following redirects itself so that every hop goes through the same checks. */
  async fetch(req: FetchRequest): Promise<FetchResult> {
    let url = parseUrl(req.url)
    const seen = new Set<string>()
    for (let hop = 0; ; hop++) {
      if (seen.has(url.href)) throw new IntakeError('too_many_redirects', `redirect loop at ${url.href}`)
      seen.add(url.href)
      const res = await this.limiter.run(url.host, () => this.once(url, req, hop === 0))
      if (!('location' in res)) return res
      if (hop >= this.opts.maxRedirects)
        throw new IntakeError('too_many_redirects', `more than ${this.opts.maxRedirects} redirects`)
      url = parseUrl(res.location, url)
    }
  }

  async close() {
    await this.agent.close()
  }

  private async once(
    url: URL,
    req: FetchRequest,
    first: boolean,
  ): Promise<FetchResult | { location: string }> {
    if (!this.opts.allowPrivate) checkLiteralHost(url)
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      'accept-encoding': 'gzip, br, deflate',
      accept:
        req.kind === 'feed'
          ? 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
          : 'text/html, application/xhtml+xml, application/pdf, */*;q=0.5',
    }
    // Validators belong to the URL they came from; after a redirect they no longer apply.
    if (first && req.etag) headers['if-none-match'] = req.etag
    if (first && req.lastModified) headers['if-modified-since'] = req.lastModified
    const signal = AbortSignal.timeout(this.opts.timeoutMs)
    let res: Awaited<ReturnType<typeof request>>
    try {
      res = await request(url, { dispatcher: this.agent, headers, signal })
    } catch (err) {
      throw toIntakeError(err, url)
    }
    // A body given up on early errors with "aborted"; that is expected, not a crash.
    res.body.on('error', () => {})
    const h = (name: string) => {
      const v = res.headers[name]
      return Array.isArray(v) ? v[0] : v
    }
    const status = res.statusCode
    if (status >= 300 && status < 400 && status !== 304) {
      discard(res.body)
      const location = h('location')
      if (!location) throw new IntakeError('http_error', `${status} without a Location`, { status })
      return { location }
    }
    const base = {
      url: url.href,
      status,
      etag: h('etag') ?? null,
      lastModified: h('last-modified') ?? null,
      fetchedAt: new Date(),
    }
    if (status === 304) {
      discard(res.body)
      return { ...base, notModified: true, mime: '', contentType: '', bytes: Buffer.alloc(0) }
    }
    if (status === 429 || status === 503) {
      discard(res.body)
      const retryAfterMs = parseRetryAfter(h('retry-after'))
      if (retryAfterMs !== undefined) this.limiter.holdBack(url.host, retryAfterMs)
      if (status === 429 || retryAfterMs !== undefined)
        throw new IntakeError(
          'rate_limited',
          `${status} from ${url.host}, retry after ${Math.ceil((retryAfterMs ?? 60_000) / 1000)} s`,
          {
            status,
            retryAfterMs: retryAfterMs ?? 60_000,
          },
        )
    }
    if (status === 404 || status === 410) {
      discard(res.body)
      throw new IntakeError('not_found', `${status}: ${url.href} is gone`, { status })
    }
    if (status < 200 || status >= 300) {
      discard(res.body)
      throw new IntakeError('http_error', `HTTP ${status} from ${url.href}`, { status })
    }
    const contentType = h('content-type') ?? ''
    const mime = contentType.split(';')[0].trim().toLowerCase()
    const limit =
      req.kind === 'feed'
        ? this.opts.limits.feed
        : mime === 'application/pdf'
          ? this.opts.limits.pdf
          : this.opts.limits.page
    const declared = Number(h('content-length'))
    if (Number.isFinite(declared) && declared > limit) {
      discard(res.body)
      throw new IntakeError('too_large', `${url.href} is ${declared} bytes, over the limit of ${limit}`)
    }
    try {
      const bytes = await readLimited(res.body, h('content-encoding'), limit, url)
      return { ...base, notModified: false, mime, contentType, bytes }
    } catch (err) {
      throw toIntakeError(err, url)
    }
  }
}

function parseUrl(raw: string, base?: URL): URL {
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    throw new IntakeError('bad_url', `not a URL: ${raw.slice(0, 200)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IntakeError('bad_url', `only http and https URLs are fetched, not ${url.protocol}`)
  if (url.username || url.password)
    throw new IntakeError('bad_url', 'URLs with a user name or password are not fetched')
  url.hash = ''
  return url
}

/** Reads the body, decompressed, stopping as soon as it passes the limit (a gzip bomb stops there). */
async function readLimited(
  body: Readable,
  encoding: string | undefined,
  limit: number,
  url: URL,
): Promise<Buffer> {
  const enc = (encoding ?? 'identity').trim().toLowerCase()
  const decoder =
    enc === 'gzip' || enc === 'x-gzip'
      ? createGunzip()
      : enc === 'br'
        ? createBrotliDecompress()
        : enc === 'deflate'
          ? createInflate()
          : enc === 'identity' || enc === ''
            ? null
            : undefined
  if (decoder === undefined) {
    body.destroy()
    throw new IntakeError('bad_content', `unsupported content encoding ${enc}`)
  }
  const stream: Readable = decoder ? body.pipe(decoder) : body
  if (decoder) body.on('error', (e) => decoder.destroy(e))
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      size += chunk.length
      if (size > limit)
        throw new IntakeError(
          'too_large',
          `${url.href} is over the limit of ${limit} bytes${decoder ? ' once decompressed' : ''}`,
        )
      chunks.push(chunk)
    }
  } finally {
    body.destroy()
    decoder?.destroy()
  }
  return Buffer.concat(chunks)
}

function discard(body: Readable) {
  body.destroy()
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now())
}

function toIntakeError(err: unknown, url: URL): IntakeError {
  if (err instanceof IntakeError) return err
  const e = err as { name?: string; code?: string; message?: string; cause?: unknown }
  if (e.cause instanceof IntakeError) return e.cause
  if (
    e.name === 'TimeoutError' ||
    e.name === 'AbortError' ||
    (e.code?.startsWith('UND_ERR_') && /TIMEOUT/.test(e.code))
  )
    return new IntakeError('timeout', `${url.host} did not answer in time`)
  if (e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' || e.code === 'ERR__ERROR_FORMAT_PADDING_1')
    return new IntakeError('bad_content', `${url.href}: the compressed body is corrupt`)
  return new IntakeError('network', `${url.host}: ${e.code ?? e.message ?? 'network error'}`)
}
