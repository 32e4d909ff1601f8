// The writers' own formatting, without a database: RFC 4180 quoting and SpreadsheetML cells.
import { PassThrough } from 'node:stream'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { csvField, writeCsv } from '../../api/exports/csv.ts'
import type { AnyTable, CellValue, RowSource } from '../../api/exports/tables.ts'
import { writeXlsx } from '../../api/exports/xlsx.ts'
import { columnLetters, daySerial, inlineString } from '../../api/exports/xlsx-rows.ts'
import { expectMapping } from '../helpers/cases.ts'
import { plain } from './helpers.ts'

const TABLE: AnyTable = {
  name: 'claims',
  sheet: 'Claims',
  title: 'Claims',
  description: 'test',
  columns: [
    { key: 'n', header: 'n', kind: 'number', hxl: '#n', width: 8, description: 'number' },
    { key: 'i', header: 'i', kind: 'integer', hxl: '#i', width: 8, description: 'integer' },
    { key: 't', header: 't', kind: 'text', hxl: '#t', width: 8, description: 'text' },
    { key: 'd', header: 'd', kind: 'date', hxl: '#d', width: 8, description: 'date' },
    { key: 'b', header: 'b', kind: 'boolean', hxl: '#b', width: 8, description: 'boolean' },
  ],
}

const ROWS: CellValue[][] = [
  [-60, 1, '=1+1', '2019-08-20', true],
  [1.5, 2, 'a, "b"\r\nc', '1900-03-01', false],
  [null, 3, '', null, null],
  [1e21, 4, 'Ünïcödé 😀 & <tag> _x0041_', '2024-02-29', true],
  [Number.NaN, 5, '\t lead and trail ', 'not a date', false],
]

/** The rows as a source, with a batch every `size` rows. */
function batches(rows: CellValue[][], size: number): RowSource {
  return async (sink) => {
    for (const [i, row] of rows.entries()) {
      sink.row([...row])
      if ((i + 1) % size === 0) await sink.batch()
    }
    await sink.batch()
  }
}

async function collect(write: (out: PassThrough) => Promise<unknown>) {
  const out = new PassThrough()
  const parts: Buffer[] = []
  out.on('data', (d: Buffer) => parts.push(d))
  await write(out)
  return Buffer.concat(parts)
}

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expectMapping(csvField, [
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['line\nbreak', '"line\nbreak"'],
      ['cr\r', '"cr\r"'],
      ['', ''],
      ['x;y', '"x;y"'],
      ["'=1", "'=1"],
    ])
  })

  it('writes RFC 4180 records that parse back, the same whatever the batches', async () => {
    const one = await collect((out) => writeCsv(TABLE, batches(ROWS, 1), out, { hxl: true, bom: true }))
    const all = await collect((out) => writeCsv(TABLE, batches(ROWS, 100), out, { hxl: true, bom: true }))
    expect(one.equals(all)).toBe(true)
    const text = all.toString('utf8')
    expect(text.startsWith("\uFEFFn,i,t,d,b\r\n#n,#i,#t,#d,#b\r\n-60,1,'=1+1,2019-08-20,true\r\n")).toBe(true)
    const records: string[][] = parse(all, { bom: true })
    expect(records.slice(2)).toEqual([
      ['-60', '1', "'=1+1", '2019-08-20', 'true'],
      ['1.5', '2', 'a, "b"\r\nc', '1900-03-01', 'false'],
      ['', '3', '', '', ''],
      ['1e+21', '4', 'Ünïcödé 😀 & <tag> _x0041_', '2024-02-29', 'true'],
      ['', '5', "'\t lead and trail ", 'not a date', 'false'],
    ])
  })
})

describe('xlsx cells', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })

  it('turns ISO dates into Excel day serials, and nothing else', () => {
    expectMapping(daySerial, [
      ['1899-12-31', 1],
      ['1900-03-01', 61],
      ['2019-08-20', 43697],
      ['2019-08', null],
      ['20 August 2019', null],
    ])
  })

  it('escapes XML, keeps edge whitespace and "_x" literal, and drops what XML cannot hold', () => {
    expectMapping(inlineString, [
      ['Idlib', '<is><t>Idlib</t></is>'],
      ['a&b<c>', '<is><r><t>a&amp;b&lt;c&gt;</t></r></is>'],
      [' x', '<is><r><t xml:space="preserve"> x</t></r></is>'],
      ['_x0041_', '<is><r><t>_x005F_x0041_</t></r></is>'],
      ['\r=1', '<is><r><t>_x000D_=1</t></r></is>'],
      ['a\u0000b', '<is><r><t>ab</t></r></is>'],
      ['', '<is><r><t></t></r></is>'],
    ])
    expect(inlineString('x'.repeat(40_000))).toHaveLength(32_767 + '<is><r><t></t></r></is>'.length)
  })

  it('writes typed cells that read back as written, never a formula, the same whatever the batches', async () => {
    const about = { title: 'Test', filters: [], madeAt: new Date('2020-01-01T00:00:00Z') }
    const write = (size: number) =>
      collect((out) => writeXlsx([{ table: TABLE, rows: batches(ROWS, size) }], out, { hxl: true, about }))
    const [one, all] = [await write(1), await write(100)]
    const zip = await JSZip.loadAsync(all)
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string')
    expect(xml).not.toMatch(/<f[\s>/]/)
    expect(xml).not.toMatch(/t="str"/)
    for (const body of [one, all]) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(body as unknown as ArrayBuffer)
      const ws = wb.getWorksheet('Claims')!
      expect(ws.rowCount).toBe(2 + ROWS.length)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
      expect(ws.autoFilter).toBeTruthy()
      expect(ws.getColumn(1).width).toBe(8)
      const cells = ROWS.map((_, r) => [1, 2, 3, 4, 5].map((c) => ws.getRow(r + 3).getCell(c)))
      expect(cells.map((row) => row.map(plain))).toEqual([
        [-60, 1, '=1+1', new Date('2019-08-20T00:00:00Z'), true],
        [1.5, 2, 'a, "b"\r\nc', new Date('1900-03-01T00:00:00Z'), false],
        [null, 3, '', null, null],
        [1e21, 4, 'Ünïcödé 😀 & <tag> _x0041_', new Date('2024-02-29T00:00:00Z'), true],
        [null, 5, '\t lead and trail ', 'not a date', false],
      ])
      for (const row of cells) for (const cell of row) expect(cell.formula).toBeFalsy()
      expect(cells[0][3].numFmt).toBe('yyyy-mm-dd')
      expect(cells[0][1].numFmt).toBe('0')
      expect(cells[0][0].type).toBe(ExcelJS.ValueType.Number)
      expect(cells[0][3].type).toBe(ExcelJS.ValueType.Date)
    }
  })
})
