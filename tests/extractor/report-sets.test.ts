// Floors per evaluation set, close to the figures measured when they were set (docs/extractor-reports.md),
// so a change that loses ground on report layouts or on the grammar forms fails here. The held-out sets
// are scored, never tuned on: a floor only guards what they already show.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type GoldDoc, score } from '../../api/extractor/eval/score.ts'
import { extractClaims } from '../../api/extractor/index.ts'

interface Floor {
  files: string[]
  f1: number
  precision: number
  recall: number
  source: number
}

const SETS: Record<string, Floor> = {
  'reports, development': {
    files: [
      '../dev-set/reports/reports-a.jsonl',
      '../dev-set/reports/reports-b.jsonl',
      '../dev-set/reports/reports-c.jsonl',
      '../dev-set/reports/reports-d.jsonl',
      '../dev-set/reports/reports-e.jsonl',
    ],
    f1: 0.962,
    precision: 0.977,
    recall: 0.949,
    source: 0.98,
  },
  // Written to vary layout beyond reports-a..e; measured at P 99.5 R 97.1 F1 98.3 source 86.1.
  'reports-f, development': {
    files: ['../dev-set/reports/reports-f.jsonl'],
    f1: 0.975,
    precision: 0.985,
    recall: 0.965,
    source: 0.88,
  },
  // Session 12 (report attribution) raised the source floors: f 86.1 -> 89.2, g 70.0 -> 84.5, g2 70.0 -> 84.4,
  // h 66.9 -> 76.0, h2 86.1 -> 88.9.
  // Written blind in session 11 (tables and PDF text; boxes, tiles and bullets), first run R 59.9 and 72.0;
  // the *2 sets were written after the fixes and measured once as a transfer check before joining here.
  'reports-g, development': {
    files: ['../dev-set/reports/reports-g.jsonl'],
    f1: 0.93,
    precision: 0.99,
    recall: 0.88,
    source: 0.835,
  },
  'reports-g2, development': {
    files: ['../dev-set/reports/reports-g2.jsonl'],
    f1: 0.94,
    precision: 0.99,
    recall: 0.89,
    source: 0.834,
  },
  'reports-h, development': {
    files: ['../dev-set/reports/reports-h.jsonl'],
    f1: 0.9,
    precision: 0.98,
    recall: 0.83,
    source: 0.75,
  },
  'reports-h2, development': {
    files: ['../dev-set/reports/reports-h2.jsonl'],
    f1: 0.89,
    precision: 0.97,
    recall: 0.81,
    source: 0.879,
  },
  // Written blind in session 12 on how reports credit their figures (credit lines, footnote marks, Source
  // columns, per-metric credits); first run P 100 R 82.6 F1 90.5 source 35.3. reports-i2 was written after
  // the fixes and measured once as a transfer check: P 100 R 88.1 F1 93.7 source 62.2.
  'reports-i, development': {
    files: ['../dev-set/reports/reports-i.jsonl'],
    f1: 0.895,
    precision: 0.99,
    recall: 0.816,
    // 0.915 on its own branch; with the report-shape readers merged it finds 4 more figures (recall 85.1),
    // whose sources are wrong, and keeps the 123 right ones: 89.8 %.
    source: 0.888,
  },
  'reports-i2, development': {
    files: ['../dev-set/reports/reports-i2.jsonl'],
    f1: 0.927,
    precision: 0.99,
    recall: 0.871,
    source: 0.612,
  },
  // Written blind in session 12 (situation reports under headings, sidebars, timelines, changes, ranges,
  // place lists, dashboards; 16 of 45 texts in French, Spanish and Arabic), first run P 96.7 R 50.2; j2
  // was written after the fixes and measured once at P 98.0 R 83.1. Floors 0.01 under the last figures
  // (j: P 97.7 R 72.6 F1 83.3 source 54.7; j2: P 98.1 R 86.4 F1 91.9 source 58.8).
  'reports-j, development': {
    files: ['../dev-set/reports/reports-j.jsonl'],
    f1: 0.823,
    precision: 0.967,
    recall: 0.716,
    source: 0.537,
  },
  'reports-j2, development': {
    files: ['../dev-set/reports/reports-j2.jsonl'],
    f1: 0.909,
    precision: 0.971,
    recall: 0.854,
    source: 0.578,
  },
  // Written in session 13 on who a report's figures come from (issuers in titles and letterheads, credit and
  // signing lines, footnotes, Source columns; 18 of 40 texts in French, Spanish and Arabic), by the rule of
  // tests/dev-set/reports/README.md. Before that session's changes source was 44.8 (l) and 41.7 (l2); l2
  // was never tuned on. Floors 0.01 under l: P 98.5 R 77.9 F1 87.0 source 100; l2: P 100 R 92.3 F1 96.0
  // source 87.5.
  'reports-l, development': {
    files: ['../dev-set/reports/reports-l.jsonl'],
    f1: 0.86,
    precision: 0.975,
    recall: 0.769,
    source: 0.99,
  },
  'reports-l2, development': {
    files: ['../dev-set/reports/reports-l2.jsonl'],
    f1: 0.95,
    precision: 0.99,
    recall: 0.913,
    source: 0.865,
  },
  // Written blind in session 13 (sidebars in prose, CSV with free text, inline label-value pairs, multi-level
  // headers, marked cells, run-together PDF columns; 10 of 30 texts in French, Spanish and Arabic), first
  // run P 88.6 R 58.0; k2 is held back, scored and never tuned on (first run P 91.4 R 61.5). Floors 0.01
  // under the figures after the fixes (k: P 96.1 R 87.1 F1 91.4 source 40.3; k2: P 95.1 R 75.0 F1 83.9
  // source 56.4).
  'reports-k, development': {
    files: ['../dev-set/reports/reports-k.jsonl'],
    f1: 0.904,
    precision: 0.951,
    recall: 0.861,
    source: 0.393,
  },
  'reports-k2, development': {
    files: ['../dev-set/reports/reports-k2.jsonl'],
    f1: 0.829,
    precision: 0.941,
    recall: 0.74,
    source: 0.554,
  },
  'English grammar forms, development': {
    files: ['../dev-set/grammar/grammar-a.jsonl'],
    f1: 0.97,
    precision: 0.97,
    recall: 0.97,
    source: 0.9,
  },
  'English grammar forms, held out': {
    files: ['../held-out/grammar.jsonl'],
    f1: 0.93,
    precision: 0.97,
    recall: 0.9,
    source: 0.88,
  },
}

function load(files: string[]): GoldDoc[] {
  return files.flatMap((f) =>
    readFileSync(new URL(f, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as GoldDoc),
  )
}

describe('evaluation sets stay above their floors', () => {
  for (const [name, floor] of Object.entries(SETS)) {
    it(name, () => {
      const docs = load(floor.files)
      const r = score(
        docs.map((gold) => ({ gold, predicted: extractClaims(gold.text, { published: gold.published }) })),
      )
      const o = r.overall
      const source = r.fields.source?.accuracy ?? 0
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`
      console.log(
        `${name}: ${docs.length} texts, P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)} source ${pct(source)}`,
      )
      expect(o.f1).toBeGreaterThanOrEqual(floor.f1)
      expect(o.precision).toBeGreaterThanOrEqual(floor.precision)
      expect(o.recall).toBeGreaterThanOrEqual(floor.recall)
      expect(source).toBeGreaterThanOrEqual(floor.source)
    })
  }
})
