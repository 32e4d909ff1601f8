// npm run eval -- GOLD.jsonl [MORE.jsonl...]
// Runs the extractor over gold files and prints precision / recall / F1 overall and per metric, the
// accuracy of each field on matched claims, and every miss and every extra. Scoring lives in
// api/extractor/eval/score.ts; this file only reads files and prints.

import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type DocPrediction, type GoldDoc, score } from '../extractor/eval/score.ts'
import { extractClaims } from '../extractor/index.ts'
import { belowFloors } from './eval-floors.ts'

function readGold(path: string): GoldDoc[] {
  const docs: GoldDoc[] = []
  const lines = readFileSync(path, 'utf8').split('\n')
  lines.forEach((line, n) => {
    if (!line.trim()) return
    try {
      const d = JSON.parse(line)
      if (typeof d.text === 'string') docs.push({ ...d, claims: Array.isArray(d.claims) ? d.claims : [] })
    } catch {
      console.error(`${path}:${n + 1}: not JSON, skipped`)
    }
  })
  return docs
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6)

function main(): void {
  const args = process.argv.slice(2)
  const floorsAt = args.indexOf('--floors')
  const floorsFile = floorsAt >= 0 ? args.splice(floorsAt, 2)[1] : undefined
  const files = args.filter((a) => !a.startsWith('--'))
  const quiet = args.includes('--quiet')
  if (files.length === 0) {
    console.error('usage: npm run eval -- GOLD.jsonl [MORE.jsonl...] [--quiet] [--floors FLOORS.json]')
    process.exit(2)
  }
  const sets: { file: string; language: string; doc: DocPrediction }[] = []
  for (const file of files) {
    for (const gold of readGold(file)) {
      const language = (gold as { language?: string }).language ?? 'en'
      const predicted = extractClaims(gold.text, {
        published: gold.published ?? null,
        onError: (err) => console.error(`${basename(file)}: extraction failed: ${err}`),
      })
      const doc = { gold, predicted }
      sets.push({ file: basename(file), language, doc })
    }
  }
  const docs = sets.map((s) => s.doc)
  const r = score(docs)
  if (!quiet) {
    for (const m of r.misses) {
      const c = m.claim
      console.log(`MISS  ${m.id}  ${c.metric} ${c.low}/${c.high ?? '-'}  "${c.quote}"`)
    }
    for (const e of r.extras) {
      const c = e.claim
      console.log(
        `EXTRA ${e.id}  ${c.metric} ${c.low}/${c.high ?? '-'}  "${c.quote}"  (conf ${'confidence' in c ? c.confidence : '?'})`,
      )
    }
    for (const m of r.mismatches) {
      console.log(
        `FIELD ${m.id}  ${m.field}: gold ${JSON.stringify(m.gold)} got ${JSON.stringify(m.predicted)}  "${m.quote}"`,
      )
    }
    console.log('')
  }
  const o = r.overall
  console.log(`texts ${docs.length}  gold ${o.tp + o.fn}  predicted ${o.tp + o.fp}`)
  console.log(
    `overall    P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  (tp ${o.tp} fp ${o.fp} fn ${o.fn})`,
  )
  for (const [metric, c] of Object.entries(r.perMetric)) {
    console.log(
      `${metric.padEnd(10)} P ${pct(c.precision)}  R ${pct(c.recall)}  F1 ${pct(c.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
    )
  }
  console.log('accuracy on matched claims:')
  for (const [field, f] of Object.entries(r.fields)) {
    console.log(`  ${field.padEnd(13)} ${pct(f.accuracy)}  (${f.correct}/${f.total})`)
  }
  printGroups('per language', sets, (s) => s.language)
  printGroups('per set', sets, (s) => s.file)
  if (floorsFile) {
    const below = belowFloors(r, floorsFile)
    for (const line of below) console.error(`BELOW FLOOR  ${line}`)
    if (below.length) process.exit(1)
    console.log(`every figure at or above its floor (${floorsFile})`)
  }
}

/** Precision, recall, F1 and source accuracy of each group of texts (a language, a file). */
function printGroups(
  title: string,
  sets: { file: string; language: string; doc: DocPrediction }[],
  key: (s: { file: string; language: string }) => string,
): void {
  const groups = new Map<string, DocPrediction[]>()
  for (const s of sets) groups.set(key(s), [...(groups.get(key(s)) ?? []), s.doc])
  if (groups.size < 2) return
  console.log(`${title}:`)
  for (const [name, docs] of [...groups].sort()) {
    const g = score(docs)
    const o = g.overall
    const src = g.fields.source
    console.log(
      `  ${name.padEnd(16)} texts ${String(docs.length).padStart(4)}  P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  source ${src ? pct(src.accuracy) : '    -'}`,
    )
  }
}

main()
