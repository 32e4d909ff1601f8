// POSTs an alert to a webhook: a JSON body signed with the hook's secret (HMAC-SHA256 in
// X-Tally-Signature), its idempotency key in Idempotency-Key, no redirects followed, and the same
// address rules as intake's fetcher (no loopback, private or link-local address unless allowed).
import { createHmac } from 'node:crypto'
import { Agent, request } from 'undici'
import { checkLiteralHost, guardedLookup } from '../intake/fetch/address-guard.ts'

export const SIGNATURE_HEADER = 'x-tally-signature'

/** "sha256=<hex>": the HMAC-SHA256 of the exact body bytes under the webhook's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

export class WebhookPoster {
  private agent: Agent
  constructor(private opts: { allowPrivate: boolean; timeoutMs: number }) {
    this.agent = new Agent({
      connect: opts.allowPrivate ? {} : { lookup: guardedLookup },
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    })
  }

  /** The HTTP status answered; throws on a refused address, a network error or a timeout. */
  async post(url: string, secret: string, key: string, body: string): Promise<number> {
    const target = new URL(url)
    if (!this.opts.allowPrivate) checkLiteralHost(target)
    const res = await request(target, {
      method: 'POST',
      dispatcher: this.agent,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tally-Webhook/0.1',
        'idempotency-key': key,
        [SIGNATURE_HEADER]: signBody(secret, body),
      },
      signal: AbortSignal.timeout(this.opts.timeoutMs),
    })
    await res.body.dump()
    return res.statusCode
  }

  close() {
    return this.agent.close()
  }
}
