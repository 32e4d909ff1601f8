// The data rows of a sheet as SpreadsheetML, written by hand: exceljs makes a Row, a Cell per value and
// a style object per cell and renders each through its XML writer, which held it near 10,000 rows/s.
// Here a row is one string: text as inline strings (t="inlineStr", never a formula), numbers and
// booleans as values, dates as day serials with a date style.
import { Chunk } from './chunks.ts'
import { XLSX_MAX_TEXT, xlsxText } from './neutralise.ts'
import type { CellKind, CellValue } from './tables.ts'

/** Style ids (the s attribute) of the workbook's date and integer formats. */
export interface RowStyles {
  date: number
  integer: number
}

/** "A", "B", ..., "Z", "AA", ... */
export function columnLetters(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

// Text that needs no work: nothing to escape or drop, no "_x" that would read as an escape, no
// whitespace at either end (which needs xml:space="preserve"). An empty string goes the long way, to
// stay a string cell (exceljs reads an empty <t> outside a run as no value).
const PLAIN_TEXT = /^(?!\s)[^&<>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]+$/
const TRAILING_SPACE = /\s$/
// Regular expressions are module constants: a literal in a function makes a new object per call.
const NEEDS_PRESERVE = /^\s|\n|\s$/
const XML_SPECIAL = /[&<>]/g
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** The <is> element of an inline string cell. */
export function inlineString(text: string): string {
  if (
    text.length <= XLSX_MAX_TEXT &&
    PLAIN_TEXT.test(text) &&
    !TRAILING_SPACE.test(text) &&
    !text.includes('_x')
  )
    return `<is><t>${text}</t></is>`
  const clean = xlsxText(text)
  const escaped = clean.replace(XML_SPECIAL, (c) => XML_ENTITY[c])
  // As exceljs and Excel write it: readers may trim unmarked leading and trailing whitespace.
  const space = NEEDS_PRESERVE.test(clean) ? ' xml:space="preserve"' : ''
  // One run (<r>), as exceljs writes text: its reader decodes "_x000D_" only inside runs.
  return `<is><r><t${space}>${escaped}</t></r></is>`
}

const DAY_MS = 86_400_000
// Excel's day 0 is 1899-12-30 (so that its 1900 leap-year bug keeps dates after February 1900 right).
const EPOCH_DAYS = 25_569
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' as an Excel day serial; null for any other text. */
export function daySerial(text: string): number | null {
  const m = ISO_DATE.exec(text)
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS + EPOCH_DAYS : null
}

/** Formats rows, numbered from the sheet's first data row, into chunks of SpreadsheetML. */
export class SheetRows {
  private readonly refs: string[]
  /** Per column, what follows the row number in a number cell: '"><v>' or '" s="1"><v>'. */
  private readonly numberTail: string[]
  private readonly chunk = new Chunk(1 << 19)
  // Exports hold few distinct dates; remember their serials (bounded, in case one holds many).
  private readonly serials = new Map<string, number | null>()

  constructor(
    private readonly kinds: CellKind[],
    styles: RowStyles,
    private next: number,
  ) {
    this.refs = kinds.map((_, i) => `<c r="${columnLetters(i)}`)
    this.numberTail = kinds.map((k) =>
      k === 'date' ? `" s="${styles.date}"><v>` : k === 'integer' ? `" s="${styles.integer}"><v>` : '"><v>',
    )
  }

  /** Adds a row, numbered after the previous one. */
  add(values: CellValue[]) {
    // The row number as a string once: converted again in each cell, it doubled the garbage.
    const r = String(this.next++)
    let xml = `<row r="${r}">`
    for (let i = 0; i < this.kinds.length; i++) {
      const v = values[i]
      if (v === null || v === undefined) continue
      if (typeof v === 'number') {
        if (Number.isFinite(v)) xml += `${this.refs[i] + r + this.numberTail[i] + v}</v></c>`
      } else if (typeof v === 'boolean') {
        xml += this.refs[i] + r + (v ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>')
      } else {
        const serial = this.kinds[i] === 'date' ? this.serial(v) : null
        if (serial !== null) xml += `${this.refs[i] + r + this.numberTail[i] + serial}</v></c>`
        else xml += `${this.refs[i] + r}" t="inlineStr">${inlineString(v)}</c>`
      }
    }
    this.chunk.add(`${xml}</row>`)
  }

  /**
   * The rows added since the last take(), as bytes in memory that the next add() reuses: the caller
   * writes them at once to a stream that copies what it is given (exceljs's sheet stream does).
   */
  take(): Buffer {
    const bytes = this.chunk.take()
    this.chunk.clear()
    return bytes
  }

  private serial(text: string): number | null {
    let s = this.serials.get(text)
    if (s === undefined) {
      if (this.serials.size > 20_000) this.serials.clear()
      s = daySerial(text)
      this.serials.set(text, s)
    }
    return s
  }
}
