// CSV writer: RFC 4180 (comma, CRLF between records, fields with a comma, semicolon, quote, CR or LF
// quoted and quotes doubled: csv-field.ts), UTF-8, optionally with a byte-order mark so that Excel reads the file as UTF-8.
// Written by hand rather than with csv-stringify: quoting is three lines, and a whole batch goes out
// as one chunk instead of a stream chunk per record.
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { Chunk, outReady, ROWS_PER_CHUNK } from './chunks.ts'
import { csvField, csvText } from './csv-field.ts'
import {
  type AnyTable,
  type CellKind,
  type CellValue,
  type HxlContext,
  hxlTag,
  type RowSource,
} from './tables.ts'

export interface CsvOptions {
  /** A row of HXL hashtags under the header. */
  hxl?: boolean
  /** Start with a UTF-8 byte-order mark (Excel on Windows needs it to read UTF-8). */
  bom?: boolean
  hxlContext?: HxlContext
  /** Stops the export while it waits for `out`. */
  signal?: AbortSignal
}

/** One value as CSV text: numbers as numbers, booleans true/false, text neutralised. */
export function csvCell(kind: CellKind, value: CellValue): string | number {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return kind === 'date' ? value : csvText(value)
}

export { csvField }

/** One record, CRLF included. */
function csvRecord(kinds: CellKind[], row: CellValue[]): string {
  let line = ''
  for (let i = 0; i < kinds.length; i++) {
    if (i) line += ','
    const v = row[i]
    if (v === null || v === undefined) continue
    line += typeof v === 'string' ? csvField(kinds[i] === 'date' ? v : csvText(v)) : csvCell(kinds[i], v)
  }
  return `${line}\r\n`
}

/** Writes one table to `out` (which is ended); resolves with the number of data rows. */
export async function writeCsv(
  table: AnyTable,
  rows: RowSource,
  out: Writable,
  options: CsvOptions = {},
): Promise<{ rows: number }> {
  const { columns } = table
  const kinds = columns.map((c) => c.kind)
  let head = options.bom ? '\uFEFF' : ''
  head += `${columns.map((c) => csvField(c.header)).join(',')}\r\n`
  if (options.hxl)
    head += `${columns.map((c) => csvField(hxlTag(c, options.hxlContext ?? {}))).join(',')}\r\n`
  out.write(head)
  let count = 0
  let expected = 1 << 16
  let chunk = new Chunk(expected)
  // A fresh buffer each time: `out` keeps what it is given until it has written it.
  const flush = () => {
    const bytes = chunk.take()
    if (!bytes.length) return
    expected = bytes.length + (bytes.length >> 3)
    chunk = new Chunk(expected)
    out.write(bytes)
  }
  await rows({
    row(cells) {
      chunk.add(csvRecord(kinds, cells))
      if (++count % ROWS_PER_CHUNK === 0) flush()
    },
    async batch() {
      flush()
      await outReady(out, options.signal)
    },
  })
  out.end()
  await finished(out, { readable: false, signal: options.signal })
  return { rows: count }
}
