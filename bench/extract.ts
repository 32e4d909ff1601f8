// npm run bench:extract
// Throughput of the extractor on one core: the seeds and the development set, repeated to a few MB,
// against the time Intl.Segmenter alone needs to split the same text into sentences.

import { readdirSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { extractClaims } from '../api/extractor/index.ts'
import { GOLD_FILE, haveSeeds, seedsMissing } from '../tests/helpers/seeds.ts'

interface Doc {
  text: string
  published: string | null
}

function loadDocs(): Doc[] {
  const docs: Doc[] = []
  if (!haveSeeds) seedsMissing()
  const files = haveSeeds ? [pathToFileURL(GOLD_FILE)] : []
  const devDir = new URL('../tests/dev-set/', import.meta.url)
  try {
    for (const f of readdirSync(devDir)) if (f.endsWith('.jsonl')) files.push(new URL(f, devDir))
  } catch {
    // no development set yet: the seeds alone
  }
  for (const file of files) {
    let body = ''
    try {
      body = readFileSync(file, 'utf8')
    } catch {
      continue
    }
    for (const line of body.split('\n')) {
      try {
        const d = JSON.parse(line)
        if (typeof d.text === 'string') docs.push({ text: d.text, published: d.published ?? null })
      } catch {
        // a partial line of a file being written
      }
    }
  }
  return docs
}

interface Row {
  label: string
  mbps: number
  perSec: number
  wallMbps: number
}

// CPU time of this process (user + system) is what "one core" means; wall time is printed too, since on
// a busy machine the two differ.
function run(label: string, docs: Doc[], work: (d: Doc) => number): Row {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
  for (const d of docs.slice(0, 50)) work(d) // warm up the JIT
  const wall0 = performance.now()
  const cpu0 = process.cpuUsage()
  let items = 0
  for (const d of docs) items += work(d)
  const cpu = process.cpuUsage(cpu0)
  const seconds = (cpu.user + cpu.system) / 1e6
  const wall = (performance.now() - wall0) / 1000
  return { label, mbps: bytes / 1e6 / seconds, perSec: items / seconds, wallMbps: bytes / 1e6 / wall }
}

function main(): void {
  const base = loadDocs()
  if (base.length === 0) throw new Error('no texts found')
  const baseBytes = base.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
  const copies = Math.max(1, Math.ceil(4e6 / baseBytes))
  const docs: Doc[] = []
  for (let i = 0; i < copies; i++) docs.push(...base)
  const totalMb = (baseBytes * copies) / 1e6
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  // Best of three passes: on a shared machine the other processes only ever slow a pass down.
  const best = (label: string, work: (d: Doc) => number) =>
    [run(label, docs, work), run(label, docs, work), run(label, docs, work)].reduce((a, b) =>
      b.mbps > a.mbps ? b : a,
    )
  const rows = [
    best('extractClaims', (d) => extractClaims(d.text, { published: d.published }).length),
    best('Intl.Segmenter sentences only', (d) => {
      let n = 0
      for (const _ of segmenter.segment(d.text)) n++
      return n
    }),
  ]
  console.log(
    `corpus: ${base.length} texts x ${copies} = ${totalMb.toFixed(1)} MB, one core, best of 3 passes`,
  )
  console.log(
    `${'step'.padEnd(32)} ${'MB/s (cpu)'.padStart(11)} ${'MB/s (wall)'.padStart(12)} ${'items/s'.padStart(10)}`,
  )
  for (const r of rows) {
    const unit = r.label === 'extractClaims' ? 'claims/s' : 'sentences/s'
    console.log(
      `${r.label.padEnd(32)} ${r.mbps.toFixed(2).padStart(11)} ${r.wallMbps.toFixed(2).padStart(12)} ${Math.round(r.perSec).toString().padStart(10)} ${unit}`,
    )
  }
}

main()
