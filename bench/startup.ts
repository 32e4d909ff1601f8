// Start-up: time from spawning Tally, compiled (`node dist/server.js`, what `npm start` runs) and through
// tsx (`node --import tsx api/server.ts`, `npm run dev`), to the first /readyz that answers 200, on
// PGlite and on the PostgreSQL server, with an empty database (first start: migrations, admin account,
// source table) and restarts with N claims already stored. Reference: the same spawn of a bare Fastify
// process (bench/http-bare.ts), which is what Node, tsx and Fastify alone cost before any of Tally.
//   npm run bench:startup -- [--sizes 0,10000,100000,1000000] [--backends server,pglite] [--runs 3]
//                             [--cpu-prof DIR] [--json out.json]
import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../api/db/client.ts'
import { buildApi } from '../scripts/build-api.ts'
import { fillClaims } from './fill.ts'
import { fmt, freshServerDatabase, type ResultRow, ratio, report, serverReachable } from './lib.ts'
import { startTally } from './tally-process.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,10000,100000,1000000' },
    backends: { type: 'string', default: 'server,pglite' },
    runs: { type: 'string', default: '3' },
    'cpu-prof': { type: 'string' },
    json: { type: 'string' },
  },
})
const RUNS = Number(values.runs)
const ENV = { ADMIN_EMAIL: 'bench@tally.test', ADMIN_PASSWORD: 'bench-password-1' }
const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Median time to ready over `runs` starts; each process is stopped before the next starts. */
async function timeStarts(env: Record<string, string>, runs: number, script = 'api/server.ts') {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const p = await startTally(env, script, script === 'api/server.ts' ? profile : [])
    times.push(p.readyMs)
    await p.stop()
  }
  return median(times)
}

async function main() {
  await buildApi()
  const work = await mkdtemp(join(tmpdir(), 'tally-bench-startup-'))
  const rows: ResultRow[] = []
  try {
    const bodyFile = join(work, 'body.json')
    writeFileSync(bodyFile, '{}')
    const bare = await timeStarts({ BODY_FILE: bodyFile }, Math.max(RUNS, 3), 'bench/http-bare.ts')
    console.error(`bare Fastify ready in ${bare.toFixed(0)} ms`)
    for (const backend of values.backends.split(',')) {
      if (backend === 'server' && !(await serverReachable())) {
        console.error('no PostgreSQL server: start-up on the server skipped')
        continue
      }
      const label = backend === 'server' ? 'server' : 'PGlite'
      const growth: string[] = []
      for (const n of values.sizes.split(',').map(Number)) {
        const server = backend === 'server' ? await freshServerDatabase() : null
        const env: Record<string, string> = {
          ...ENV,
          ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: join(work, `pglite-${n}`) }),
        }
        try {
          let first: number | null = null
          if (n === 0) first = await timeStarts(env, 1)
          else {
            const database = await openDatabase(server ? { url: server.url } : { dataDir: env.DATA_DIR })
            const t0 = performance.now()
            await fillClaims(database, n)
            await database.close()
            console.error(
              `${label}: filled ${fmt(n)} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
            )
            // The first start creates the admin account and source table; a restart is what is timed.
            await timeStarts(env, 1)
          }
          const restart = await timeStarts(env, RUNS)
          const compiled = await timeStarts(env, RUNS, 'dist/server.js')
          const size = n === 0 ? 'empty database' : `${fmt(n)} claims`
          growth.push(`${size}: ${fmt(restart)} ms`)
          if (first !== null)
            rows.push({
              benchmark: `start-up, first start, ${label}`,
              size,
              tally: first,
              unit: 'ms to ready',
              reference: bare,
              referenceName: 'bare Fastify process',
              ratio: ratio(first, bare, true),
              target: '–',
              met: null,
              note: 'migrations, admin account and source table included',
            })
          const targeted = backend === 'server' && n >= 1_000_000
          const restartRow = (
            how: string,
            ms: number,
            reference: number,
            referenceName: string,
            note: string,
          ) => ({
            benchmark: `start-up, restart, ${label}${how}`,
            size,
            tally: ms,
            unit: 'ms to ready',
            reference,
            referenceName,
            ratio: ratio(ms, reference, true),
            target: targeted ? '≤ 3,000 ms' : '–',
            met: targeted ? ms <= 3000 : null,
            note: `median of ${RUNS}, ${note}`,
          })
          rows.push(restartRow('', restart, bare, 'bare Fastify process', 'through tsx (npm run dev)'))
          rows.push(
            restartRow(', compiled', compiled, restart, 'the same through tsx', 'dist/server.js (npm start)'),
          )
        } finally {
          await server?.drop()
          await rm(join(work, `pglite-${n}`), { recursive: true, force: true })
        }
      }
      console.error(`growth, ${label}: ${growth.join(' → ')}`)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  report(rows, values.json)
}

await main()
