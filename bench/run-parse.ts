// Rows from the benchmarks that print tables for people (bench:extract, bench:series, bench:export): their
// output is read back rather than their code changed. A format they no longer print gives no rows, which
// bench/run.ts reports, instead of wrong figures.
import { fmt, type ResultRow, ratio } from './lib.ts'

/** The rows of every console.table in the output, as column → cell text (quotes removed). */
export function consoleTables(stdout: string): Record<string, string>[] {
  const rows: Record<string, string>[] = []
  let header: string[] | null = null
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('│')) {
      if (!line.startsWith('├') && !line.startsWith('┌')) header = null
      continue
    }
    const cells = line
      .split('│')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^'(.*)'$/, '$1'))
    if (!header) header = cells
    else rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i]])))
  }
  return rows
}

const num = (s: string | undefined) => {
  const n = Number((s ?? '').replace(/,/g, ''))
  return Number.isFinite(n) && s !== undefined && s !== '' ? n : null
}

export function fromExtract(stdout: string): ResultRow[] {
  const line = (label: RegExp) =>
    stdout.match(new RegExp(`^${label.source}\\s+([\\d.]+)\\s+([\\d.]+)\\s+(\\d+)`, 'm'))
  // English news with places resolved against the full gazetteer, as ingest extracts.
  const ex = line(/ {2}\+ places, news \(en\)/)
  const seg = line(/Intl\.Segmenter[^\d\n]*/)
  if (!ex) return []
  const mbps = Number(ex[1])
  const segMbps = seg ? Number(seg[1]) : null
  const corpus = stdout.match(/corpus: ([^\n]*?)(,|$)/m)?.[1] ?? 'seeds + development set'
  return [
    {
      benchmark: 'extraction + places (full gazetteer), one core (CPU time)',
      size: corpus,
      tally: mbps,
      unit: 'MB/s',
      reference: segMbps,
      referenceName: 'Intl.Segmenter sentences only',
      ratio: ratio(mbps, segMbps),
      target: '≥ 2 MB/s',
      met: mbps >= 2,
      note: `wall clock ${ex[2]} MB/s`,
    },
    {
      benchmark: 'extraction claims/s, one core',
      size: corpus,
      tally: Number(ex[3]),
      unit: 'claims/s',
      reference: null,
      referenceName: '–',
      ratio: null,
      target: '–',
      met: null,
    },
  ]
}

// bench:series measures the service functions (no HTTP, no auth); the psql reference for the same
// queries is in bench/series-api.ts' rows.
const SERIES_QUERIES: Record<string, { name: string; target?: number }> = {
  'list topics (page of 50)': { name: 'topic list (page of 50)', target: 50 },
  'one series, typical': { name: 'series points, typical series', target: 20 },
  'one series, the largest': { name: 'series points, largest series' },
}

export function fromSeries(stdout: string): ResultRow[] {
  const rows: ResultRow[] = []
  for (const r of consoleTables(stdout)) {
    const q = SERIES_QUERIES[r.query]
    const claims = num(r.claims)
    const p95 = num(r['p95 ms'])
    if (!q || claims === null || p95 === null) continue
    const atScale = claims >= 1_000_000 && q.target !== undefined
    rows.push({
      benchmark: `${q.name}, service p95, server`,
      size: `${fmt(claims)} claims`,
      tally: p95,
      unit: 'ms p95',
      reference: null,
      referenceName: 'see the API rows for psql',
      ratio: null,
      target: q.target !== undefined && claims >= 1_000_000 ? `≤ ${q.target} ms` : '–',
      met: atScale ? p95 <= q.target! : null,
      note: `bench:series; p50 ${r['p50 ms']} ms`,
    })
  }
  return rows
}

export function fromExport(stdout: string): ResultRow[] {
  const table = consoleTables(stdout)
  const find = (re: RegExp) => table.find((r) => re.test(r.export ?? ''))
  const copy = find(/COPY/)
  const copyRate = num(copy?.['rows/s'])
  const rows: ResultRow[] = []
  for (const [format, re] of [
    ['CSV', /Tally CSV/],
    ['XLSX', /Tally XLSX/],
  ] as const) {
    const r = find(re)
    const rate = num(r?.['rows/s'])
    const n = num(r?.rows)
    if (!r || rate === null || n === null) continue
    const share = ratio(rate, copyRate)
    const size = `${fmt(n)} claims`
    rows.push({
      benchmark: `export ${format}, rows/s`,
      size,
      tally: rate,
      unit: 'rows/s',
      reference: copyRate,
      referenceName: 'COPY … TO STDOUT (FORMAT csv)',
      ratio: share,
      target: format === 'CSV' ? 'within 3× of COPY' : '≥ 50,000 rows/s',
      met: format === 'CSV' ? (share === null ? null : share >= 1 / 3) : rate >= 50_000,
      note: `${r['file MB']} MB file`,
    })
    const peak = num(r['peak RSS MB'])
    if (peak !== null)
      rows.push({
        benchmark: `export ${format}, peak memory`,
        size,
        tally: peak,
        unit: 'MB RSS',
        reference: num(r['RSS before MB']),
        referenceName: 'RSS of the process before the export',
        ratio: null,
        target: n >= 1_000_000 ? '≤ 300 MB' : '–',
        met: n >= 1_000_000 ? peak <= 300 : null,
      })
  }
  return rows
}
