// Excel writer. exceljs's streaming WorkbookWriter makes the workbook: the zip, workbook, styles, the
// About sheet, and each data sheet's frame (column widths and styles, frozen header, filter, the header
// rows); the data rows themselves are written as SpreadsheetML by xlsx-rows.ts into the sheet's entry
// of the zip, a batch at a time, so memory stays flat however many rows. Numbers are number cells,
// dates date cells, text always a string cell (never a formula, whatever it starts with). The About
// sheet comes first, then one sheet per table with a frozen, filtered header row (and the HXL row).
import type { Writable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { ROWS_PER_CHUNK, turn } from './chunks.ts'
import { xlsxText } from './neutralise.ts'
import { type AnyTable, type HxlContext, hxlTag, type RowSource } from './tables.ts'
import { SheetRows } from './xlsx-rows.ts'

export interface XlsxSheet {
  table: AnyTable
  rows: RowSource
}

export interface AboutInfo {
  /** "Tally export", or the schedule's or feed's name. */
  title: string
  /** Filters in words, one line each ("metric: killed"); empty for none. */
  filters: string[]
  madeAt: Date
  /** Extra lines, e.g. "Schedule: Daily Idlib (0 6 * * *, Europe/London)". */
  notes?: string[]
}

export interface XlsxOptions {
  hxl?: boolean
  hxlContext?: HxlContext
  about: AboutInfo
  /** Stops the export while it waits for `out`. */
  signal?: AbortSignal
}

const DATE_FORMAT = 'yyyy-mm-dd'
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }
// Deflate level 1: the sheet XML is repetitive, so the file is only ~15 % larger than at the default
// level 6, and compressing takes a third of the time (it runs on libuv's threads, beside the database
// and the formatting on a small machine).
const ZIP_LEVEL = 1
// Bytes of sheet XML per piece given to zlib (and a quarter of it for what comes out, more than one
// piece compresses to), so that each piece is one job on a zlib thread.
const ZIP_PIECE = 1 << 20

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter

// What the writer uses of exceljs beyond its typings: the style table (to learn the ids of the date
// and integer formats) and each sheet's zip entry stream.
interface StyleTable {
  addStyleModel(style: Partial<ExcelJS.Style>): number
}
interface SheetEntry {
  write(chunk: Buffer): boolean
  /** Size of the buffers it fills before passing them on. */
  bufSize: number
  /** exceljs's StreamBuf pipes into archiver's entry stream (readable-stream v2, no writableLength). */
  pipes?: { _writableState?: { length?: number }; _readableState?: { length?: number } }[]
}

/**
 * A string cell that is only ever a string: written as an inline string (t="inlineStr") with one
 * plain run. (exceljs's streaming writer would otherwise write t="str", a formula's cached result.)
 */
export function textCell(text: string): ExcelJS.CellRichTextValue {
  return { richText: [{ text: xlsxText(text) }] }
}

// How every table and feed treats a figure with no date (its article had none and the text gives none).
export const UNDATED =
  'A figure with no date (its article had none and its text gives none) is in every table with an empty ' +
  'date: claims, points, and the summary for a source with no dated figure. The same figure from the ' +
  'same source, or from a copy of the same story, reported with a date counts once, under that date. ' +
  "An undated figure is never a series' latest figure, never part of a change, and never placed on a day."

function writeAbout(wb: WorkbookWriter, sheets: XlsxSheet[], options: XlsxOptions) {
  const ws = wb.addWorksheet('About')
  ws.columns = [{ width: 22 }, { width: 28 }, { width: 26 }, { width: 80 }]
  const add = (values: (string | Date | null)[], bold = false) => {
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? textCell(v) : v)))
    if (bold) row.font = { bold: true }
    row.commit()
    return row
  }
  const { about } = options
  const title = add([about.title], true)
  title.font = { bold: true, size: 14 }
  add(['Holds', sheets.map((s) => s.table.title).join(', ')])
  for (const s of sheets) add([s.table.sheet, s.table.description])
  add(['Filters', about.filters.length ? about.filters[0] : 'none: every claim'])
  for (const f of about.filters.slice(1)) add(['', f])
  const made = ws.addRow([textCell('Made at (UTC)'), about.madeAt])
  made.getCell(2).numFmt = 'yyyy-mm-dd hh:mm:ss'
  made.commit()
  add(['Made by', 'Tally'])
  for (const note of about.notes ?? []) add(['', note])
  add([
    'HXL',
    options.hxl
      ? 'Row 2 of each sheet holds HXL hashtags (hxlstandard.org).'
      : 'No hashtag row (ask with hxl=true).',
  ])
  add(['Undated', UNDATED])
  add([
    'Text',
    'Text that starts with = + - @ is kept as text, never run as a formula. Dates are dates; numbers are numbers.',
  ])
  add([])
  add(['Sheet', 'Column', 'HXL', 'Meaning'], true)
  for (const s of sheets) {
    for (const c of s.table.columns)
      add([s.table.sheet, c.header, hxlTag(c, options.hxlContext ?? {}), c.description])
  }
  ws.commit()
}

/** A data sheet with its columns and header rows written; data rows go after `headerRows`. */
function addDataSheet(wb: WorkbookWriter, table: AnyTable, options: XlsxOptions, headerRows: number) {
  const { columns } = table
  const ws = wb.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRows, activeCell: `A${headerRows + 1}` }],
  })
  ws.columns = columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : c.kind === 'integer' ? { numFmt: '0' } : {},
  }))
  const header = ws.addRow(columns.map((c) => textCell(c.header)))
  header.font = { bold: true }
  header.fill = HEADER_FILL
  header.commit()
  if (options.hxl) {
    const tags = ws.addRow(columns.map((c) => textCell(hxlTag(c, options.hxlContext ?? {}))))
    tags.font = { italic: true, color: { argb: 'FF555555' } }
    tags.fill = HEADER_FILL
    tags.commit()
  }
  // The filter sits on the last header row, so that sorting never moves the hashtag row.
  ws.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: columns.length } }
  return ws
}

// Bytes of sheet XML that may wait for the zip: enough that deflate always has its next piece while
// the next rows are read and formatted.
const ZIP_BACKLOG = 2 << 20

function backlog(entry: SheetEntry): number {
  let bytes = 0
  for (const pipe of entry.pipes ?? [])
    bytes += (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0)
  return bytes
}

/**
 * Waits while more than ZIP_BACKLOG bytes of this sheet wait for the zip (and so, through the zip,
 * for `out`). It looks every millisecond: exceljs's sheet stream never says "full", and the stream
 * it pipes into only says "empty" ('drain'), too late to keep deflate busy.
 */
async function zipReady(entry: SheetEntry, out: Writable, signal?: AbortSignal) {
  await turn()
  while (backlog(entry) > ZIP_BACKLOG) {
    if (out.destroyed) throw out.errored ?? new Error('the export output closed early')
    signal?.throwIfAborted()
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/**
 * Rejects if `out` closes before it has the whole file or the export is aborted: exceljs itself
 * would wait for 'finish' for ever.
 */
function stopped(out: Writable, signal?: AbortSignal): Promise<never> {
  const promise = new Promise<never>((_, reject) => {
    out.once('close', () => {
      if (!out.writableFinished) reject(out.errored ?? new Error('the export output closed early'))
    })
    if (signal?.aborted) reject(signal.reason)
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  promise.catch(() => {})
  return promise
}

/**
 * Writes an xlsx with an About sheet and one sheet per table to `out` (which is ended when the file
 * is complete); resolves with the number of data rows of each sheet.
 */
export async function writeXlsx(
  sheets: XlsxSheet[],
  out: Writable,
  options: XlsxOptions,
): Promise<{ rows: number[] }> {
  // exceljs takes a quarter of a second to import: only exports that write an xlsx pay for it.
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: ZIP_LEVEL, chunkSize: ZIP_PIECE >> 2 } },
  })
  const closed = stopped(out, options.signal)
  wb.creator = 'Tally'
  wb.created = options.about.madeAt
  writeAbout(wb, sheets, options)
  const styleTable = (wb as unknown as { styles: StyleTable }).styles
  const styles = {
    date: styleTable.addStyleModel({ numFmt: DATE_FORMAT }),
    integer: styleTable.addStyleModel({ numFmt: '0' }),
  }
  const counts: number[] = []
  const headerRows = options.hxl ? 2 : 1
  for (const { table, rows } of sheets) {
    const ws = addDataSheet(wb, table, options, headerRows)
    const entry = (ws as unknown as { stream: SheetEntry }).stream
    // exceljs hands the zip 64 KB at a time; each piece costs a round trip to a zlib thread.
    entry.bufSize = ZIP_PIECE
    const format = new SheetRows(
      table.columns.map((c) => c.kind),
      styles,
      headerRows + 1,
    )
    let count = 0
    // Copied at once into exceljs's own buffers, so the next rows may reuse the chunk's memory.
    const flush = () => {
      const chunk = format.take()
      if (chunk.length) entry.write(chunk)
    }
    await rows({
      row(cells) {
        format.add(cells)
        if (++count % ROWS_PER_CHUNK === 0) flush()
      },
      async batch() {
        flush()
        await zipReady(entry, out, options.signal)
      },
    })
    ws.commit()
    counts.push(count)
  }
  await Promise.race([wb.commit(), closed])
  return { rows: counts }
}
