// The whole benchmark suite: every benchmark in a child process of its own (one at a time, so that they do
// not disturb each other on a 2-core machine), one table of Tally's figures beside their references, the
// growth from 10k to 1M claims, and bench/results.json.
//   npm run bench [-- --quick] [-- --only ingest,http]
// Missed targets never fail the run (a shared machine is noisy); a benchmark that crashes does (exit 1).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, cpus, freemem, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { ResultRow } from './lib.ts'
import { runChild } from './run-child.ts'
import { fromExport, fromExtract, fromSeries } from './run-parse.ts'
import { printGrowth, printTable } from './run-table.ts'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
  },
})
const quick = values.quick
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url))

interface Step {
  name: string
  file: string
  args: string[]
  /** Seconds before the step counts as crashed. */
  timeout: number
  /** Our benchmarks write rows with --json; the others print tables that are read back. */
  parse?: (stdout: string) => ResultRow[]
}

const STEPS: Step[] = [
  {
    name: 'gen',
    file: 'gen.ts',
    args: ['--articles', quick ? '300' : '5000', '--out', '/dev/null'],
    timeout: 120,
    parse: () => [],
  },
  { name: 'extract', file: 'extract.ts', args: [], timeout: quick ? 90 : 300, parse: fromExtract },
  {
    name: 'ingest',
    file: 'ingest.ts',
    args: ['--articles', quick ? '60' : '1500'],
    timeout: quick ? 120 : 900,
  },
  {
    name: 'series',
    file: 'series.ts',
    args: quick ? ['--sizes', '10000', '--runs', '10'] : [],
    timeout: quick ? 90 : 900,
    parse: fromSeries,
  },
  {
    name: 'series-api',
    file: 'series-api.ts',
    args: quick ? ['--sizes', '10000', '--runs', '10'] : [],
    timeout: quick ? 90 : 900,
  },
  {
    name: 'http',
    file: 'http.ts',
    args: quick ? ['--claims', '10000', '--seconds', '3'] : ['--claims', '100000', '--seconds', '15'],
    timeout: quick ? 120 : 600,
  },
  {
    name: 'export',
    file: 'export.ts',
    args: quick ? ['--rows', '10000'] : [],
    timeout: quick ? 120 : 1200,
    parse: fromExport,
  },
  {
    name: 'startup',
    file: 'startup.ts',
    args: quick
      ? ['--sizes', '0,10000', '--runs', '1']
      : ['--sizes', '0,10000,100000,1000000', '--runs', '3'],
    timeout: quick ? 150 : 1200,
  },
]

async function main() {
  const started = Date.now()
  const only = values.only?.split(',')
  const work = await mkdtemp(join(tmpdir(), 'tally-bench-run-'))
  const rows: ResultRow[] = []
  const failures: { step: string; error: string }[] = []
  const timings: Record<string, number> = {}
  try {
    for (const step of STEPS) {
      if (only && !only.includes(step.name)) continue
      if (!existsSync(here(step.file))) {
        console.error(`\n== ${step.name}: bench/${step.file} does not exist yet, skipped`)
        continue
      }
      console.error(`\n== ${step.name}: bench/${step.file} ${step.args.join(' ')}`)
      const json = join(work, `${step.name}.json`)
      const args = step.parse ? step.args : [...step.args, '--json', json]
      const t0 = Date.now()
      const result = await runChild(here(step.file), args, step.timeout)
      timings[step.name] = (Date.now() - t0) / 1000
      if (result.error) {
        failures.push({ step: step.name, error: result.error })
        console.error(`!! ${step.name} failed: ${result.error}`)
        continue
      }
      const mine = step.parse
        ? step.parse(result.stdout)
        : (JSON.parse(readFileSync(json, 'utf8')) as ResultRow[])
      if (!mine.length && step.name !== 'gen')
        console.error(`!! ${step.name}: no figures could be read from its output`)
      rows.push(...mine)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }

  const seconds = (Date.now() - started) / 1000
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free`,
    node: process.version,
  }
  console.log(
    `\nTally benchmarks (${quick ? 'quick' : 'full'}), ${new Date().toISOString().slice(0, 16)}Z, ` +
      `${machine.nproc} cores (${machine.cpu}), ${machine.memory}, Node ${machine.node}, ${seconds.toFixed(0)} s\n`,
  )
  printTable(rows)
  printGrowth(rows)
  for (const f of failures) console.log(`FAILED: ${f.step}: ${f.error}`)
  const met = rows.filter((r) => r.met === true).length
  const missed = rows.filter((r) => r.met === false).length
  console.log(`\ntargets: ${met} met, ${missed} missed; step times (s): ${JSON.stringify(timings)}`)
  writeFileSync(
    values.out,
    `${JSON.stringify({ date: new Date().toISOString(), quick, machine, seconds, timings, failures, rows }, null, 2)}\n`,
  )
  // A missed target is information; a crashed benchmark is a broken build.
  process.exitCode = failures.length ? 1 : 0
}

await main()
