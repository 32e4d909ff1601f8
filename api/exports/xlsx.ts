// Excel writer on exceljs's streaming WorkbookWriter: each row is written to the zip stream as soon as
// it is added, so memory stays flat however many rows. Numbers are number cells, dates date cells,
// text always a string cell (never a formula, whatever it starts with). An "About" sheet comes first,
// then one sheet per table with a frozen, filtered header row (and the HXL row under it).
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { xlsxText } from './neutralise.ts'
import { type AnyTable, type CellKind, type CellValue, type HxlContext, hxlTag } from './tables.ts'

export interface XlsxSheet {
  table: AnyTable
  rows: AsyncIterable<unknown>
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
}

const DATE_FORMAT = 'yyyy-mm-dd'
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } }

type XlsxValue = ExcelJS.CellRichTextValue | number | boolean | Date | null

/**
 * A string cell that is only ever a string: written as an inline string (t="inlineStr") with one
 * plain run. (exceljs's streaming writer would otherwise write t="str", a formula's cached result.)
 */
export function textCell(text: string): ExcelJS.CellRichTextValue {
  return { richText: [{ text: xlsxText(text) }] }
}

/** 'YYYY-MM-DD' as the UTC midnight exceljs turns into an Excel date serial. */
function excelDate(text: string): Date | ExcelJS.CellRichTextValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : textCell(text)
}

export function xlsxCell(kind: CellKind, value: CellValue): XlsxValue {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'boolean') return value
  return kind === 'date' ? excelDate(value) : textCell(value)
}

/** Waits while the zip stream or the destination holds more than a few MB not yet written out. */
async function backpressure(out: Writable, sheetStream: unknown) {
  await new Promise((resolve) => setImmediate(resolve))
  // exceljs writes each sheet into a buffer piped to the zip entry without waiting; keep it short.
  const pipes = (sheetStream as { pipes?: { writableLength?: number }[] }).pipes ?? []
  for (let i = 0; i < 1000 && pipes.reduce((n, p) => n + (p.writableLength ?? 0), 0) > 4 << 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  if (out.writableNeedDrain) await once(out, 'drain')
}

function writeAbout(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheets: XlsxSheet[], options: XlsxOptions) {
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

/**
 * Writes an xlsx with an About sheet and one sheet per table to `out` (which is ended when the file
 * is complete); resolves with the number of data rows of each sheet.
 */
export async function writeXlsx(
  sheets: XlsxSheet[],
  out: Writable,
  options: XlsxOptions,
): Promise<{ rows: number[] }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  wb.creator = 'Tally'
  wb.created = options.about.madeAt
  writeAbout(wb, sheets, options)
  const counts: number[] = []
  const headerRows = options.hxl ? 2 : 1
  for (const { table, rows } of sheets) {
    const columns = table.columns
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
    let count = 0
    for await (const row of rows) {
      ws.addRow(columns.map((c) => xlsxCell(c.kind, c.value(row)))).commit()
      if (++count % 2000 === 0) await backpressure(out, (ws as unknown as { stream: unknown }).stream)
    }
    ws.commit()
    counts.push(count)
  }
  await wb.commit()
  return { rows: counts }
}
