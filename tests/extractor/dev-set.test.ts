// Runs the evaluation over the seeds and the development set (tests/dev-set/*.jsonl), as CI's eval step
// does, prints the figures and holds them to tests/dev-set/floors.json (a little under today's figures).

import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { belowFloors } from '../../api/cli/eval-floors.ts'
import { type GoldDoc, score } from '../../api/extractor/eval/score.ts'
import { extractClaims } from '../../api/extractor/index.ts'
import { GOLD_FILE, haveSeeds } from '../helpers/seeds.ts'

const DIR = new URL('../dev-set/', import.meta.url)
const FLOORS = new URL('../dev-set/floors.json', import.meta.url)

function load(): GoldDoc[] {
  let files: string[] = []
  try {
    files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'))
  } catch {
    return []
  }
  const urls = [...(haveSeeds ? [pathToFileURL(GOLD_FILE)] : []), ...files.map((f) => new URL(f, DIR))]
  return urls.flatMap((url) =>
    readFileSync(url, 'utf8')
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
  it.skipIf(docs.length === 0)('scores at or above its floors', () => {
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
    expect(belowFloors(report, fileURLToPath(FLOORS))).toEqual([])
  })
})
