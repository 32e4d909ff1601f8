// What the benchmarks share: the row every benchmark reports, percentiles, the PostgreSQL server to use,
// and a database of its own on it.
import { writeFileSync } from 'node:fs'
import postgres from 'postgres'
import type { Database } from '../api/db/client.ts'
import { testDatabaseUrl } from '../tests/helpers/app.ts'

/** One line of the suite's table. Figures are numbers so that results.json can be compared over time. */
export interface ResultRow {
  benchmark: string
  /** What was measured on: "10,000 claims", "200 articles". */
  size: string
  /** Tally's figure, and the unit it is in ("articles/s", "ms p95"). */
  tally: number | null
  unit: string
  /** The same work done by the reference (the limit), in the same unit, measured in the same run. */
  reference: number | null
  referenceName: string
  /** Tally's share of the reference's speed: 1 means as fast as the limit. */
  ratio: number | null
  target: string
  met: boolean | null
  /** Anything the figure needs to be read right. */
  note?: string
}

/** Ratio as a share of the limit: for rates tally/reference, for times reference/tally. */
export function ratio(tally: number | null, reference: number | null, lowerIsBetter = false) {
  if (tally === null || reference === null || tally === 0 || reference === 0) return null
  return lowerIsBetter ? reference / tally : tally / reference
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

export const serverUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export async function serverReachable(url = serverUrl()): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} })
  try {
    await client`select 1`
    return true
  } catch {
    return false
  } finally {
    await client.end({ timeout: 1 }).catch(() => {})
  }
}

/** A fresh database on the server, dropped by `drop`, so benchmarks never touch anyone's data. */
export async function freshServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  process.env.TEST_DATABASE_URL = serverUrl()
  const db = await testDatabaseUrl()
  return { url: db.url!, drop: db.drop }
}

/**
 * A database of the given name on the server, created when absent and never dropped: a benchmark run
 * with --keep fills it once and later runs (before and after a change) read the same data. Whether it
 * was just created says whether it needs filling; drop it by hand when done (or when a fill was cut).
 */
export async function keptServerDatabase(name: string): Promise<{ url: string; created: boolean }> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`)
  const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} })
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${name}`
    if (!found) await admin.unsafe(`create database ${name}`)
    const url = new URL(serverUrl())
    url.pathname = `/${name}`
    return { url: url.toString(), created: !found }
  } finally {
    await admin.end()
  }
}

/** The driver under drizzle: postgres.js for the server, PGlite for the embedded database. */
export function rawClient<T>(database: Database): T {
  return (database.db as unknown as { $client: T }).$client
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** --json FILE: where a benchmark run as a child of bench/run.ts leaves its rows. */
export function report(rows: ResultRow[], jsonFile: string | undefined) {
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(rows, null, 2))
  console.table(
    rows.map((r) => ({
      benchmark: r.benchmark,
      size: r.size,
      tally: r.tally === null ? '–' : `${fmt(r.tally, r.tally < 100 ? 1 : 0)} ${r.unit}`,
      reference: r.reference === null ? '–' : fmt(r.reference, r.reference < 100 ? 1 : 0),
      ratio: r.ratio === null ? '–' : r.ratio.toFixed(3),
      target: r.target,
      met: r.met === null ? '–' : r.met ? 'yes' : 'NO',
    })),
  )
}
