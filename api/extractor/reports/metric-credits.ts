// A credit line that says which body gave which metric: "Source: Ministry of Health (deaths); UNRWA
// (displacement)". Split from report-source.ts.

import { headClass } from '../nouns.ts'
import type { Token } from '../tokens.ts'
import type { Metric } from '../types.ts'
import { closing, nameAt, SOURCE_LEADS } from './body-names.ts'
import { readLabel } from './labels.ts'
import type { Line } from './lines.ts'

/**
 * "Source: Gaza Ministry of Health; UNRWA (displacement)": a body followed by what it counts, in
 * parentheses, is the source of that metric's figures only; the rest of the line speaks for the others.
 */
export function metricSources(tokens: Token[], lows: string[], line: Line): Map<Metric, string> {
  const out = new Map<Metric, string>()
  const { from, to } = line
  if (!SOURCE_LEADS.has(lows[from]) || (lows[from + 1] !== ':' && lows[from + 2] !== ':')) return out
  let k = lows[from + 1] === ':' ? from + 2 : from + 3
  while (k < to) {
    let end = k
    // "Source: Ministry of Health (deaths); UNRWA (displacement)", or with commas between the bodies.
    while (end < to && lows[end] !== ';' && !(lows[end] === ',' && lows[end - 1] === ')')) end++
    const name = nameAt(tokens, lows, k, end)
    const open = lows.indexOf('(', k)
    if (name && open > k && open < end) {
      const close = closing(lows, open, end)
      // "(deaths, injured)": each part names a metric the body gave.
      for (let p = open + 1; p < close && close < end; p++) {
        let q = p
        while (q < close && lows[q] !== ',' && lows[q] !== 'and') q++
        const metric = labelMetric(tokens, lows, p, q)
        if (metric && !out.has(metric)) out.set(metric, name)
        p = q
      }
    }
    k = end + 1
  }
  return out
}

/** The metric a credit's label names: "deaths", "displacement", and a class alone ("houses", "schools"). */
function labelMetric(tokens: Token[], lows: string[], from: number, to: number): Metric | null {
  if (to <= from) return null
  const meaning = readLabel(tokens, lows, from, to)
  if (meaning?.metric) return meaning.metric
  const kind = to - from === 1 ? headClass(lows[from], tokens[from].text) : null
  return kind === 'home' ? 'homes' : kind === 'facility' ? 'facilities' : null
}
