import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvCell } from '../../api/exports/csv.ts'
import { csvText, isFormulaLike, TABLES, type TableName, xlsxText } from '../../api/exports/index.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { HOSTILE, type Instance, plain, readXlsx, seedHostile } from './helpers.ts'

// Columns whose text comes from outside Tally (articles, quotes, names, URLs, edits); the others hold
// Tally's own words (metric, qualifier, status, series kind) or numbers and dates joined by Tally.
const OUTSIDE_TEXT: Record<TableName, string[]> = {
  claims: ['group', 'place', 'country', 'place_written', 'source', 'outlet', 'quote', 'context', 'url'],
  points: ['series', 'group', 'place', 'country', 'source'],
  summary: ['series', 'group', 'place', 'country', 'source'],
}

let t: TestApp
let me: Instance
let viewer: string

beforeAll(async () => {
  t = await startTestApp({ SCHEDULER: 'off' })
  me = {
    app: t.app,
    cookie: t.adminCookie,
    inject: ({ method = 'GET', url, payload, cookie }) =>
      t.app.inject({
        method: method as 'GET',
        url,
        payload: payload as object,
        headers: cookie === null ? {} : { cookie: cookie ?? t.adminCookie },
      }),
  }
  await seedHostile(me)
  viewer = await t.userWithRole('viewer')
})
afterAll(() => t.close())

const get = (url: string, cookie = viewer) => t.app.inject({ url, headers: { cookie } })

describe('formula neutralisation', () => {
  it('prefixes an apostrophe in CSV to text a spreadsheet would run, and only to text', () => {
    for (const s of HOSTILE) expect(csvText(s)).toBe(`'${s}`)
    for (const s of ['Idlib', "'quoted", ' =lead space', '1+1', '#affected']) expect(csvText(s)).toBe(s)
    expect(csvText('x;=1+1')).toBe("x;'=1+1")
    expect(csvText('a; -b; @c')).toBe('a; -b; @c')
    expect(csvText('=a;+b')).toBe("'=a;'+b")
    expect(isFormulaLike('x;=1+1')).toBe(true)
    expect(csvCell('number', -60)).toBe(-60)
    expect(csvCell('text', '-60')).toBe("'-60")
    expect(csvCell('boolean', false)).toBe('false')
    expect(csvCell('date', '2019-08-20')).toBe('2019-08-20')
    expect(csvCell('text', null)).toBe('')
  })

  it('keeps xlsx text as written, less what XML cannot hold', () => {
    expect(xlsxText('=1+1')).toBe('=1+1')
    expect(xlsxText('a\u0000b\u0007c\uFFFE')).toBe('abc')
    expect(xlsxText('x'.repeat(40_000))).toHaveLength(32_767)
    expect(xlsxText('_x0041_')).toBe('_x005F_x0041_')
    expect(isFormulaLike('\r=1')).toBe(true)
  })
})

describe('xlsx export', () => {
  let wb: ExcelJS.Workbook
  let raw: Buffer

  beforeAll(async () => {
    const res = await get('/api/exports/export.xlsx?hxl=true&metric=killed')
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="tally-claims-points-summary-\d{4}-\d\d-\d\d\.xlsx"$/,
    )
    raw = res.rawPayload
    wb = await readXlsx(raw)
  })

  it('has an About sheet and one sheet per table', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Claims', 'Series points', 'Series summary'])
    const about = wb.getWorksheet('About')!
    const lines: string[] = []
    about.eachRow((row) => {
      row.eachCell((cell) => {
        lines.push(String(plain(cell)))
      })
    })
    const text = lines.join('\n')
    expect(text).toContain('metric: killed')
    expect(text).toContain('Made at')
    expect(text).toContain('#affected+killed')
    const made = about.getColumn(2).values.find((v) => v instanceof Date) as Date
    expect(Math.abs(made.getTime() - Date.now())).toBeLessThan(60_000)
  })

  it('has the header, the HXL row, a frozen and filtered header, typed cells and no formula', () => {
    for (const [name, table] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      const ws = wb.getWorksheet(table.sheet)!
      const cols = table.columns
      expect(
        cols.map((_, i) => plain(ws.getRow(1).getCell(i + 1))),
        name,
      ).toEqual(cols.map((c) => c.header))
      const tags = cols.map((_, i) => plain(ws.getRow(2).getCell(i + 1)) as string)
      expect(
        tags.every((tag) => tag.startsWith('#')),
        name,
      ).toBe(true)
      expect(tags[cols.findIndex((c) => c.key === 'figure')]).toBe('#affected+killed')
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
      expect(ws.autoFilter).toBeTruthy()
      expect(ws.rowCount, name).toBeGreaterThan(2)
      const hostileIn = new Set<string>()
      for (let r = 3; r <= ws.rowCount; r++) {
        cols.forEach((c, i) => {
          const cell = ws.getRow(r).getCell(i + 1)
          expect(cell.type, `${name} ${c.key} row ${r}`).not.toBe(ExcelJS.ValueType.Formula)
          expect(cell.formula, `${name} ${c.key}`).toBeFalsy()
          const v = plain(cell)
          if (v === null) return
          if (c.kind === 'number' || c.kind === 'integer') expect(typeof v, `${name} ${c.key}`).toBe('number')
          if (c.kind === 'date') expect(v, `${name} ${c.key}`).toBeInstanceOf(Date)
          if (c.kind === 'boolean') expect(typeof v, `${name} ${c.key}`).toBe('boolean')
          if (c.kind === 'text') {
            expect(typeof v, `${name} ${c.key}`).toBe('string')
            if (isFormulaLike(v as string)) hostileIn.add(c.key)
          }
        })
      }
      // Every column of outside text held a hostile string, and it came back as text.
      expect([...hostileIn].sort(), name).toEqual([...OUTSIDE_TEXT[name]].sort())
    }
  })

  it('holds no <f> element in any sheet', async () => {
    const zip = await JSZip.loadAsync(raw)
    const sheets = Object.keys(zip.files).filter((f) => /^\/?xl\/worksheets\/sheet\d+\.xml$/.test(f))
    expect(sheets.length).toBe(4)
    for (const f of sheets) {
      const xml = await zip.file(f)!.async('string')
      expect(xml, f).not.toMatch(/<f[\s>/]/)
      expect(xml, f).not.toMatch(/t="str"/)
      expect(xml).toContain('t="inlineStr"')
    }
  })

  it('keeps hostile strings exactly, carriage returns too', () => {
    const ws = wb.getWorksheet('Claims')!
    const values = new Set<string>()
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = plain(cell)
        if (typeof v === 'string') values.add(v)
      })
    })
    for (const s of [HOSTILE[0], HOSTILE[2], HOSTILE[5]]) expect(values).toContain(s)
  })
})

describe('CSV export', () => {
  for (const table of Object.keys(TABLES) as TableName[]) {
    it(`${table}: parses with csv-parse into the xlsx's values`, async () => {
      const csv = await get(`/api/exports/${table}.csv?hxl=true&metric=killed&bom=true`)
      expect(csv.statusCode).toBe(200)
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
      // RFC 4180: records end with CRLF.
      expect(csv.body.split('\r\n').length).toBeGreaterThan(3)
      const records: string[][] = parse(csv.rawPayload, { bom: true })
      const xlsx = await get(`/api/exports/${table}.xlsx?hxl=true&metric=killed`)
      const ws = (await readXlsx(xlsx.rawPayload)).getWorksheet(TABLES[table].sheet)!
      expect(records.length).toBe(ws.rowCount)
      const cols = TABLES[table].columns
      records.forEach((record, r) => {
        expect(record.length).toBe(cols.length)
        cols.forEach((c, i) => {
          const v = plain(ws.getRow(r + 1).getCell(i + 1))
          const expected =
            v === null
              ? ''
              : v instanceof Date
                ? v.toISOString().slice(0, 10)
                : typeof v === 'string'
                  ? r < 2
                    ? v
                    : csvText(v)
                  : String(v)
          expect(record[i], `${table} row ${r + 1} ${c.key}`).toBe(expected)
        })
      })
      // Hostile text got its apostrophe; negative numbers stayed numbers.
      const flat = records.slice(2).flat()
      expect(flat.some((v) => v.startsWith("'="))).toBe(true)
      expect(flat.filter((v) => isFormulaLike(v))).toEqual(flat.filter((v) => /^-\d+(\.\d+)?$/.test(v)))
      if (table !== 'claims') expect(flat).toContain('-60')
    })
  }

  it('has no BOM and no hashtag row unless asked', async () => {
    const res = await get('/api/exports/claims.csv')
    expect(res.rawPayload[0]).toBe('f'.charCodeAt(0))
    const records: string[][] = parse(res.body)
    expect(records[0][0]).toBe('figure')
    expect(records[1][0]).not.toMatch(/^#/)
  })

  it('uses the claims-list filters', async () => {
    const all: string[][] = parse((await get('/api/exports/claims.csv')).body)
    const some: string[][] = parse((await get('/api/exports/claims.csv?to=2019-08-31')).body)
    expect(some.length).toBeGreaterThan(1)
    expect(some.length).toBeLessThan(all.length)
    const none: string[][] = parse((await get('/api/exports/claims.csv?metric=displaced')).body)
    expect(none).toHaveLength(1)
    expect((await get('/api/exports/claims.csv?metric=nonsense')).statusCode).toBe(400)
    expect((await get('/api/exports/export.xlsx?tables=claims,nope')).statusCode).toBe(400)
  })

  it('streams as many rows as there are', async () => {
    const res = await get('/api/exports/claims.csv?include_projected=true')
    const rows: string[][] = parse(res.body)
    const [{ n }] = await t.app.database.rows<{ n: number }>(
      (await import('drizzle-orm')).sql`select count(*)::int n from claims`,
    )
    expect(rows.length - 1).toBe(n)
  })
})
