// One benchmark as a child process: its output is echoed as it comes (CI shows progress) and kept for
// parsing; past its time limit its whole process group (the Tally servers it started too) is killed.
import { spawn } from 'node:child_process'

export interface ChildResult {
  stdout: string
  /** Why the step counts as crashed, or null. */
  error: string | null
}

export function runChild(file: string, args: string[], timeoutSeconds: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let stdout = ''
    child.stdout.on('data', (d) => {
      stdout += d
      process.stderr.write(d)
    })
    child.stderr.on('data', (d) => process.stderr.write(d))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }, timeoutSeconds * 1000)
    child.on('error', (err) => {
      clearTimeout(timer)
      resolve({ stdout, error: err.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const error = timedOut
        ? `no result within ${timeoutSeconds} s`
        : code !== 0
          ? `exited with ${code ?? signal}`
          : null
      resolve({ stdout, error })
    })
  })
}
