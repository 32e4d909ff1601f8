// The suite's one table, as Markdown so that it can be pasted into bench/README.md as printed, and the
// growth of every figure measured at several sizes.
import { fmt, type ResultRow } from './lib.ts'

const figure = (n: number | null) =>
  n === null ? '–' : fmt(n, Math.abs(n) < 10 ? 2 : Math.abs(n) < 100 ? 1 : 0)

export function printTable(rows: ResultRow[]) {
  const head = ['#', 'benchmark', 'size', 'Tally', 'reference', 'ratio', 'target', 'met?']
  const body = rows.map((r, i) => [
    String(i + 1),
    r.benchmark,
    r.size,
    `${figure(r.tally)} ${r.unit}`,
    r.reference === null ? '–' : `${figure(r.reference)} (${r.referenceName})`,
    r.ratio === null ? '–' : r.ratio < 0.01 ? r.ratio.toFixed(4) : r.ratio.toFixed(2),
    r.target,
    r.met === null ? '–' : r.met ? 'yes' : '**no**',
  ])
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c].length)))
  const line = (cells: string[]) => `| ${cells.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`
  console.log(line(head))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const b of body) console.log(line(b))
  const notes = rows.map((r, i) => (r.note ? `  ${i + 1}. ${r.note}` : null)).filter(Boolean)
  if (notes.length) console.log(`\nnotes:\n${notes.join('\n')}`)
  console.log('\nratio: Tally as a share of the reference (rates: Tally/reference; times: reference/Tally).')
}

/** "10,000 claims" → 10000; sizes that are not claim counts are not growth. */
const claimsOf = (size: string) => {
  const m = size.match(/^([\d,]+) claims/)
  return m ? Number(m[1].replace(/,/g, '')) : size === 'empty database' ? 0 : null
}

export function printGrowth(rows: ResultRow[]) {
  const groups = new Map<string, ResultRow[]>()
  for (const r of rows) {
    if (claimsOf(r.size) === null || r.tally === null) continue
    groups.set(r.benchmark, [...(groups.get(r.benchmark) ?? []), r])
  }
  const lines: string[] = []
  for (const [name, list] of groups) {
    if (list.length < 2) continue
    const steps = list.map((r, i) => {
      const prev = list[i - 1]
      const factor = prev?.tally ? ` (×${(r.tally! / prev.tally).toFixed(2)})` : ''
      return `${claimsOf(r.size) ? fmt(claimsOf(r.size)!) : 'empty'}: ${figure(r.tally)}${i ? factor : ''}`
    })
    lines.push(`  ${name} [${list[0].unit}]: ${steps.join(' → ')}`)
  }
  if (lines.length)
    console.log(`\ngrowth with the number of claims (×: change from the previous size):\n${lines.join('\n')}`)
}
