// Tally as a real process, started the way `npm start` runs it, timed from spawn to the first /readyz
// that answers 200. Polled every 10 ms so that the figure is not rounded up to a coarse poll.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { freePort } from '../tests/helpers/server-process.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface TallyProcess {
  base: string
  child: ChildProcess
  /** Milliseconds from spawn to the first 200 from /readyz. */
  readyMs: number
  output(): string
  stop(): Promise<void>
}

export async function startTally(
  env: Record<string, string>,
  script = 'api/server.ts',
  /** Extra node flags, e.g. --cpu-prof --cpu-prof-dir=DIR (refused in NODE_OPTIONS). */
  nodeArgs: string[] = [],
): Promise<TallyProcess> {
  const port = await freePort()
  const t0 = performance.now()
  // A compiled script (dist/server.js) runs as it is; TypeScript through tsx.
  const loader = script.endsWith('.js') ? [] : ['--import', 'tsx']
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      SAMPLE_DATA: 'off',
      SCHEDULER: 'off',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = once(child, 'exit')
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  let readyMs = Number.NaN
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tally exited early:\n${output}`)
    try {
      if ((await fetch(`${base}/readyz`)).ok) {
        readyMs = performance.now() - t0
        break
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 10))
  }
  if (Number.isNaN(readyMs)) {
    child.kill('SIGKILL')
    throw new Error(`Tally was not ready within 180 s:\n${output}`)
  }
  return {
    base,
    child,
    readyMs,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(timer)
      }
    },
  }
}
