// Run before `npm start`: builds the dashboard into web/dist when it is missing or older than its
// sources, so a fresh clone serves the real app. A production install without Vite keeps what it has.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const web = fileURLToPath(new URL('.', import.meta.url))
const built = join(web, 'dist', 'index.html')

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function stale(): boolean {
  if (!existsSync(built)) return true
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .map((p) => join(web, p))
    .filter(existsSync)
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs
}

if (stale()) {
  let vite: typeof import('vite') | undefined
  try {
    vite = await import('vite')
  } catch {
    console.warn('Tally: web/dist is missing or out of date and Vite is not installed (npm ci installs it).')
  }
  if (vite) {
    console.log('Tally: building the dashboard (web/dist)…')
    await vite.build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' })
  }
}
