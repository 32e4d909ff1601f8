// CSV writer: RFC 4180 (comma, CRLF between records, fields with a comma, quote, CR or LF quoted and
// quotes doubled), UTF-8, optionally with a byte-order mark so that Excel reads the file as UTF-8.
import { Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { stringify } from 'csv-stringify'
import { csvText } from './neutralise.ts'
import { type AnyTable, type CellKind, type CellValue, type HxlContext, hxlTag } from './tables.ts'

export interface CsvOptions {
  /** A row of HXL hashtags under the header. */
  hxl?: boolean
  /** Start with a UTF-8 byte-order mark (Excel on Windows needs it to read UTF-8). */
  bom?: boolean
  hxlContext?: HxlContext
}

/** One value as CSV text: numbers as numbers, booleans true/false, text neutralised. */
export function csvCell(kind: CellKind, value: CellValue): string | number {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return kind === 'date' ? value : csvText(value)
}

/** Writes one table to `out` (which is ended); resolves with the number of data rows. */
export async function writeCsv(
  table: AnyTable,
  rows: AsyncIterable<unknown>,
  out: Writable,
  options: CsvOptions = {},
): Promise<{ rows: number }> {
  let count = 0
  const columns = table.columns
  async function* records() {
    yield columns.map((c) => c.header)
    if (options.hxl) yield columns.map((c) => hxlTag(c, options.hxlContext ?? {}))
    for await (const row of rows) {
      count++
      yield columns.map((c) => csvCell(c.kind, c.value(row)))
    }
  }
  await pipeline(
    Readable.from(records()),
    stringify({ bom: options.bom ?? false, record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
    out,
  )
  return { rows: count }
}
