// The API compiled for production: one ES module bundle, dist/server.js, of api/ (dependencies stay in
// node_modules and load natively). `npm start` runs it; `npm run dev`, scripts and tests run the
// TypeScript through tsx. Files read at run time (migrations/, web/dist, the JSON data) are found from
// the project folder (api/paths.ts), which is one level above both api/ and dist/.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'dist', 'server.js')

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** True when `built` is missing or older than any of `sources` (files or folders). */
export function stale(built: string, sources: string[]): boolean {
  if (!existsSync(built)) return true
  const present = sources.filter(existsSync)
  return present.length > 0 && Math.max(...present.map(newest)) > statSync(built).mtimeMs
}

/** True when dist/server.js is missing or older than api/ or the lockfile. */
export const apiStale = () => stale(out, [join(root, 'api'), join(root, 'package-lock.json')])

export async function buildApi() {
  const esbuild = await import('esbuild')
  const t0 = performance.now()
  await esbuild.build({
    // The HTML worker runs in threads of its own (api/ingest/html-pool.ts): a second bundle beside the server.
    entryPoints: {
      server: join(root, 'api', 'server.ts'),
      // `npm run worker` in production: a process that only runs intake jobs.
      worker: join(root, 'api', 'intake', 'worker.ts'),
      'html-worker': join(root, 'api', 'text', 'html-worker.ts'),
    },
    outdir: dirname(out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
  console.log(
    `Tally: built dist/server.js, dist/worker.js and dist/html-worker.js in ${(performance.now() - t0).toFixed(0)} ms`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildApi()
