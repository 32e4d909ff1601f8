// Runs the evaluation over the development set (tests/dev-set/*.jsonl) and prints the figures.
// Asserts only a floor, so CI stays green while the extractor improves.

import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type GoldDoc, score } from '../../api/extractor/eval/score.ts'
import { extractClaims } from '../../api/extractor/index.ts'

const DIR = new URL('../dev-set/', import.meta.url)

function load(): GoldDoc[] {
  let files: string[] = []
  try {
    files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'))
  } catch {
    return []
  }
  return files.flatMap((f) =>
    readFileSync(new URL(f, DIR), 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          const d = JSON.parse(line)
          return typeof d.text === 'string' ? [{ ...d, claims: d.claims ?? [] }] : []
        } catch {
          return []
        }
      }),
  )
}

describe('development set', () => {
  const docs = load()
  it.skipIf(docs.length === 0)('scores above the floor', () => {
    const report = score(
      docs.map((gold) => ({ gold, predicted: extractClaims(gold.text, { published: gold.published }) })),
    )
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`
    const o = report.overall
    const lines = [
      `dev set: ${docs.length} texts, P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)}`,
      ...Object.entries(report.perMetric).map(
        ([m, c]) => `  ${m.padEnd(10)} P ${pct(c.precision)} R ${pct(c.recall)} F1 ${pct(c.f1)}`,
      ),
      ...Object.entries(report.fields).map(([f, s]) => `  ${f.padEnd(13)} ${pct(s.accuracy)} of ${s.total}`),
    ]
    console.log(lines.join('\n'))
    expect(o.f1).toBeGreaterThan(0.6)
  })
})
