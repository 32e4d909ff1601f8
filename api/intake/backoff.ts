// When to poll a subscription again after a failure: doubling from a minute, capped at its usual
// interval (and at 6 hours), with ±20% jitter so that many failing feeds do not retry in step.

export const FAILING_AFTER_MS = 24 * 60 * 60 * 1000
/** A feed answering 404/410 this many polls in a row is paused. */
export const GONE_TRIES = 3

export function retryDelayMs(
  failures: number,
  everyMinutes: number,
  retryAfterMs?: number,
  random = Math.random,
): number {
  const base = Math.min(60_000 * 2 ** Math.max(0, failures - 1), everyMinutes * 60_000, 6 * 3600_000)
  const jittered = base * (0.8 + 0.4 * random())
  return Math.max(jittered, retryAfterMs ?? 0)
}
