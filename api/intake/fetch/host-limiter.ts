import { IntakeError } from './errors.ts'

// Politeness per host: at most `concurrency` requests at a time and `delayMs` between the starts of
// two requests to one host; a 429's Retry-After holds the host back for everyone in this process.

interface HostState {
  active: number
  nextStart: number
  waiting: (() => void)[]
}

/** A host held back longer than this fails the request at once (rate_limited) instead of waiting. */
const MAX_WAIT_MS = 30_000

export class HostLimiter {
  private hosts = new Map<string, HostState>()
  constructor(
    private concurrency: number,
    private delayMs: number,
  ) {}

  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const s = this.state(host)
    const held = s.nextStart - Date.now() - this.delayMs
    if (held > MAX_WAIT_MS)
      throw new IntakeError('rate_limited', `${host} asked to wait ${Math.ceil(held / 1000)} s`, {
        retryAfterMs: held,
      })
    while (s.active >= this.concurrency) await new Promise<void>((r) => s.waiting.push(r))
    s.active++
    try {
      const wait = s.nextStart - Date.now()
      s.nextStart = Math.max(Date.now(), s.nextStart) + this.delayMs
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      return await work()
    } finally {
      s.active--
      s.waiting.shift()?.()
      if (s.active === 0 && s.waiting.length === 0 && s.nextStart <= Date.now()) this.hosts.delete(host)
    }
  }

  /** After a 429: nobody in this process asks that host again before `ms` have passed. */
  holdBack(host: string, ms: number) {
    const s = this.state(host)
    s.nextStart = Math.max(s.nextStart, Date.now() + ms)
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host)
    if (!s) {
      s = { active: 0, nextStart: 0, waiting: [] }
      this.hosts.set(host, s)
    }
    return s
  }
}
