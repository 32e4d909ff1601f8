// Tally as a real process, started the way `npm start` runs it, timed from spawn to the first /readyz
// that answers 200. Polled every 10 ms so that the figure is not rounded up to a coarse poll.
import { startServerProcess } from '../tests/helpers/server-process.ts'

export type { TallyProcess } from '../tests/helpers/server-process.ts'

export const startTally = (
  env: Record<string, string>,
  script = 'api/server.ts',
  /** Extra node flags, e.g. --cpu-prof --cpu-prof-dir=DIR (refused in NODE_OPTIONS). */
  nodeArgs: string[] = [],
) => startServerProcess({ SCHEDULER: 'off', ...env }, { script, nodeArgs, pollMs: 10, timeoutMs: 180_000 })
