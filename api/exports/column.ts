// What a column of an exported table is, and the one way columns are written (tables.ts, geo-columns.ts).
import type { Metric } from '../extractor/types.ts'

/** How a column's values are typed: dates are 'YYYY-MM-DD' strings, numbers are numbers. */
export type CellKind = 'text' | 'number' | 'integer' | 'date' | 'boolean'

/** What hashtags depend on: with exactly one metric asked for, figures carry it ("#affected+killed"). */
export interface HxlContext {
  metrics?: readonly Metric[]
}

/** What a writer needs to know of a column. */
export interface ColumnInfo {
  key: string
  header: string
  kind: CellKind
  hxl: string | ((ctx: HxlContext) => string)
  /** Width in characters in xlsx. */
  width: number
  description: string
}

/** A column's identity; the header is the key in words ("claim_ids": "claim ids") unless said otherwise. */
export function column<const K extends string, const C extends CellKind>(
  key: K,
  kind: C,
  hxl: ColumnInfo['hxl'],
  width: number,
  header: string = key.replaceAll('_', ' '),
) {
  return { key, header, kind, hxl, width }
}
