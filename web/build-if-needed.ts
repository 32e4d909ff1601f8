// Run before `npm start`: builds the dashboard into web/dist when it is missing or older than its
// sources, so a fresh clone serves the real app. A production install without Vite keeps what it has.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stale } from '../scripts/build-api.ts'

const web = fileURLToPath(new URL('.', import.meta.url))
const built = join(web, 'dist', 'index.html')

const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(web, p))

if (stale(built, sources)) {
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
