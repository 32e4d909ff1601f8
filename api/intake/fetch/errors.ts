/** Why a fetch or a read failed, in words a subscription's status can show as they are. */
export type IntakeErrorCode =
  | 'refused_address' // SSRF guard: loopback, private, link-local, metadata
  | 'bad_url'
  | 'too_large'
  | 'timeout'
  | 'too_many_redirects'
  | 'rate_limited' // 429; retryAfterMs says when to come back
  | 'not_found' // 404/410: the resource is gone
  | 'http_error'
  | 'network'
  | 'bad_content' // malformed feed, unreadable PDF, wrong kind of content
  | 'encrypted'

export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message)
  }
  /** Worth trying again later (the source may recover); the others will fail the same way. */
  get transient(): boolean {
    return ['timeout', 'rate_limited', 'network', 'http_error'].includes(this.code)
  }
}
