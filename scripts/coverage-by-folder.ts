// Prints the coverage of the last `npm test -- --coverage` per folder (api/claims, api/series/store,
// web/src/pages, …): lines, statements, functions and branches covered, from coverage/coverage-summary.json.
import { readFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'

type Tally = { total: number; covered: number }
type Entry = Record<'lines' | 'statements' | 'functions' | 'branches', Tally>

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8')) as Record<string, Entry>
const folders = new Map<string, Entry>()
for (const [file, entry] of Object.entries(summary)) {
  if (file === 'total') continue
  const folder = dirname(relative(process.cwd(), file))
  const sum = folders.get(folder) ?? {
    lines: { total: 0, covered: 0 },
    statements: { total: 0, covered: 0 },
    functions: { total: 0, covered: 0 },
    branches: { total: 0, covered: 0 },
  }
  for (const k of ['lines', 'statements', 'functions', 'branches'] as const) {
    sum[k].total += entry[k].total
    sum[k].covered += entry[k].covered
  }
  folders.set(folder, sum)
}
const pct = (t: Tally) => (t.total ? `${((100 * t.covered) / t.total).toFixed(1)} %` : '–')
const rows = [...folders]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([folder, e]) => ({
    folder,
    lines: pct(e.lines),
    branches: pct(e.branches),
    functions: pct(e.functions),
    'lines (n)': e.lines.total,
  }))
const t = summary.total
rows.push({
  folder: 'all',
  lines: pct(t.lines),
  branches: pct(t.branches),
  functions: pct(t.functions),
  'lines (n)': t.lines.total,
})
console.table(rows)
