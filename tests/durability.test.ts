import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { embeddedDurability, loadConfig } from '../api/config.ts'

// The embedded database (PGlite) runs with fsync=off and its file layer has no working fsync, so an
// acknowledged write is safe from kill -9 but not from a power cut: Tally says so at start-up and
// refuses to serve other machines with it unless told, explicitly, that this is accepted.
const root = fileURLToPath(new URL('..', import.meta.url))

describe('what the embedded database promises', () => {
  it('is said for the embedded database, not for a server or an in-memory one', () => {
    const local = embeddedDurability(loadConfig({ DATA_DIR: './data' }))
    expect(local).toMatchObject({ refuse: false })
    expect(local?.message).toMatch(/power cut/)
    expect(
      embeddedDurability(loadConfig({ DATABASE_URL: 'postgres://x@db/tally', HOST: '0.0.0.0' })),
    ).toBeNull()
    expect(embeddedDurability(loadConfig({ DATA_DIR: 'memory://', HOST: '0.0.0.0' }))).toBeNull()
  })

  it('refuses a non-loopback HOST without EMBEDDED_IN_PRODUCTION=on', async () => {
    expect(embeddedDurability(loadConfig({ HOST: '0.0.0.0' }))?.refuse).toBe(true)
    expect(embeddedDurability(loadConfig({ HOST: '::1' }))?.refuse).toBe(false)
    expect(embeddedDurability(loadConfig({ HOST: '0.0.0.0', EMBEDDED_IN_PRODUCTION: 'on' }))?.refuse).toBe(
      false,
    )
    const started = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        HOST: '0.0.0.0',
        PORT: '0',
        DATA_DIR: '/nonexistent/never-created',
        DATABASE_URL: '',
      },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => err,
    )
    expect(started.code).toBe(1)
    expect(started.stderr).toContain('EMBEDDED_IN_PRODUCTION=on')
  }, 60_000)
})
