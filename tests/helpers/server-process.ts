import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import { ADMIN, testDatabaseUrl } from './app.ts'
import { signIn, waitForItems } from './http.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The environment of a Tally process with the test admin, its data in `dataDir` or at `databaseUrl`. */
export const processEnv = (dataDir: string, databaseUrl: string | undefined) => ({
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl ?? '',
})

/**
 * Where a test file's Tally processes keep their data: a PGlite folder, or with TEST_DATABASE_URL a
 * database of the file's own (`db.url`). Both go after the file's tests.
 */
export async function processStorage(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `tally-${name}-`))
  const db = await testDatabaseUrl()
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true })
    await db.drop()
  })
  return { dataDir, db }
}

/**
 * Storage for Tally processes that run scheduled exports: processStorage, a folder for the files, and
 * the environment (the scheduler on) that points a process at both.
 */
export async function exportingStorage(name: string) {
  const { dataDir, db } = await processStorage(`${name}-data`)
  const exportDir = tempFolder(`${name}-files`)
  const env = { ...processEnv(dataDir, db.url), EXPORT_DIR: exportDir, SCHEDULER: 'on' }
  return { dataDir, db, exportDir, env }
}

/** A temporary folder (exports, say) removed after the test file. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tally-${name}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

/**
 * Tally as a real process (for tests that kill it, and the benchmarks that time its start), ready when
 * /readyz answers 200. A compiled script (dist/server.js) runs as it is; TypeScript through tsx.
 * `pollMs`: how often /readyz is asked, so `readyMs` (spawn to ready) is not rounded up to a coarse poll.
 */
export async function startServerProcess(
  env: Record<string, string>,
  {
    script = 'api/server.ts',
    nodeArgs = [] as string[],
    pollMs = 200,
    // Start-up compiles the TypeScript through tsx: on a busy two-core machine that alone can take a minute.
    timeoutMs = 150_000,
  }: { script?: string; nodeArgs?: string[]; pollMs?: number; timeoutMs?: number } = {},
) {
  const port = await freePort()
  const t0 = performance.now()
  const loader = script.endsWith('.js') ? [] : ['--import', 'tsx']
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      SAMPLE_DATA: 'off',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  let readyMs = Number.NaN
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tally exited early:\n${output}`)
    try {
      if ((await fetch(`${base}/readyz`)).ok) {
        readyMs = performance.now() - t0
        break
      }
    } catch {}
    await new Promise((r) => setTimeout(r, pollMs))
  }
  if (Number.isNaN(readyMs)) {
    child.kill('SIGKILL')
    throw new Error(`Tally was not ready within ${timeoutMs / 1000} s:\n${output}`)
  }
  return {
    base,
    child,
    /** Milliseconds from spawn to the first 200 from /readyz. */
    readyMs,
    output: () => output,
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      child.kill(signal)
      await stopped
    },
    /** SIGTERM, and SIGKILL if it has not stopped 15 s later. */
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await stopped
      clearTimeout(timer)
    },
  }
}

export type TallyProcess = Awaited<ReturnType<typeof startServerProcess>>

/**
 * The check after a restart: signs the admin in on `server` and waits until the items of the list at
 * `path` settle (the interrupted work taken over and finished). Returns the admin's cookie and the items.
 */
export async function signInAndWaitFor<I>(
  server: TallyProcess,
  what: string,
  path: string,
  settled: (items: I[]) => boolean,
) {
  const cookie = await signIn(server.base, ADMIN)
  return { cookie, items: await waitForItems<I>(what, server.base, cookie, path, settled) }
}
