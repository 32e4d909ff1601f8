// HTTP for S3 and WebDAV destinations: intake's address rules (no loopback, private or link-local
// address, checked again on every connection against DNS rebinding) unless DELIVERY_ALLOW_PRIVATE=on,
// no redirects followed (a redirect could carry the credentials elsewhere), a time limit per request.
import { Agent, type Dispatcher, request } from 'undici'
import { checkLiteralHost, guardedLookup } from '../intake/fetch/address-guard.ts'

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

export class DeliveryHttp {
  private readonly agent: Agent
  constructor(private readonly opts: { allowPrivate: boolean; timeoutMs: number }) {
    this.agent = new Agent({
      connect: opts.allowPrivate ? {} : { lookup: guardedLookup },
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    })
  }

  get allowPrivate() {
    return this.opts.allowPrivate
  }

  /** Throws when the URL's host is written as a private address and those are not allowed. */
  check(url: URL) {
    if (!this.opts.allowPrivate) checkLiteralHost(url)
  }

  async send(
    method: Dispatcher.HttpMethod,
    url: URL,
    headers: Record<string, string>,
    body?: Uint8Array,
  ): Promise<HttpAnswer> {
    this.check(url)
    const res = await request(url, {
      method,
      headers,
      body,
      dispatcher: this.agent,
      signal: AbortSignal.timeout(this.opts.timeoutMs),
    })
    const answer = Buffer.from(await res.body.arrayBuffer())
    return { status: res.statusCode, headers: res.headers, body: answer }
  }

  close() {
    return this.agent.close()
  }
}

/** "403 Forbidden: AccessDenied" from an answer: the status and the first words of its body. */
export function describeAnswer(a: HttpAnswer): string {
  const text = a.body
    .toString('utf8', 0, 2000)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return `${a.status}${text ? `: ${text.slice(0, 200)}` : ''}`
}
