// What the queues worked under a lease (alert deliveries, export runs, export deliveries) have in
// common: who holds a row, whether that holder is a process of this machine that died, and the wait
// before the next try. Each queue keeps its own SQL.
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

// Holders of this process not yet let go: a row claimed with this pid by none of them was claimed by
// an earlier process that had the same pid (a container restarted: node is pid 1 again).
const liveHere = new Set<string>()

/** Takes `id` (by default a new "host:pid:random") as a holder of this process until `letGo`. */
export function hold(id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`): string {
  liveHere.add(id)
  return id
}

export function letGo(id: string) {
  liveHere.delete(id)
}

/**
 * The rows of `held` whose holder is a process of this machine that died, so that they may be taken
 * over before their lease runs out; never rows of `self`. Other machines' holders are left to their
 * lease: there is no telling from here whether those are alive.
 */
export function heldByDeadProcessesHere<T extends { claimedBy: string | null }>(held: T[], self: string) {
  return held.filter(
    (r): r is T & { claimedBy: string } =>
      r.claimedBy !== null && r.claimedBy !== self && deadHere(r.claimedBy),
  )
}

/** Whether `claimedBy` ("host:pid:random") names a process on this machine that no longer runs. */
function deadHere(claimedBy: string): boolean {
  const parts = claimedBy.split(':')
  if (parts.length < 3) return false
  const pid = Number(parts[parts.length - 2])
  if (parts.slice(0, -2).join(':') !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return !liveHere.has(claimedBy)
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    // EPERM: it exists under another user. Only "no such process" counts as dead.
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** The wait after failed attempt `attempt` (1 for the first): its step, or the last step past the list. */
export function retryWait(stepsMs: readonly number[], attempt: number): number {
  return stepsMs[Math.min(attempt, stepsMs.length) - 1]
}
