import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// Versions with published advisories must not come back through a pin or an override.
const require = createRequire(import.meta.url)
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
const atLeast = (v: string, min: string) => {
  const [a, b] = [v, min].map((s) => s.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
  return true
}

describe('dependencies', () => {
  it('@fastify/static is at a fixed version (10.1.3 or later), with no override forcing another', () => {
    expect(atLeast(versionOf('@fastify/static'), '10.1.3')).toBe(true)
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(Object.keys(pkg.overrides ?? {})).not.toContain('@fastify/static')
    const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'))
    const copies = Object.entries(lock.packages as Record<string, { version: string }>).filter(([path]) =>
      path.endsWith('node_modules/@fastify/static'),
    )
    expect(copies.length).toBeGreaterThan(0)
    for (const [path, p] of copies) expect(atLeast(p.version, '10.1.3'), path).toBe(true)
  })
})
