// Exports read and write in batches: the output must not depend on the batch size, and an export
// whose output goes away must stop and give its database connection back.
import { PassThrough, Writable } from 'node:stream'
import { sql } from 'drizzle-orm'
import type ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExportDefinition, TABLES, type TableName, writeExport } from '../../api/exports/index.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { type Instance, onServer, plain, readXlsx, seedHostile } from './helpers.ts'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp({ SCHEDULER: 'off' })
  const me: Instance = {
    app: t.app,
    cookie: t.adminCookie,
    inject: ({ method = 'GET', url, payload }) =>
      t.app.inject({
        method: method as 'GET',
        url,
        payload: payload as object,
        headers: { cookie: t.adminCookie },
      }),
  }
  await seedHostile(me)
  // More claims, in more series, so that small batches cut series across batches.
  for (const [i, place] of ['Aleppo', 'Hama', 'Homs'].entries()) {
    await me.inject({
      method: 'POST',
      url: '/api/articles',
      payload: {
        title: `${place} ${i}`,
        url: `https://news.example/more-${i}`,
        outlet: 'Example News',
        published: `2020-01-0${i + 1}`,
        text: `At least ${40 + i} civilians were killed and ${900 + i} people displaced in ${place}, the UN said. In Idlib, ${70 + i} people were injured, according to the Syrian Observatory for Human Rights.`,
      },
    })
  }
})
afterAll(() => t.close())

const MADE_AT = new Date('2020-01-01T00:00:00Z')

async function exportBytes(def: ExportDefinition, batchSize?: number) {
  const out = new PassThrough()
  const parts: Buffer[] = []
  out.on('data', (d: Buffer) => parts.push(d))
  await writeExport(t.app.db, def, out, { batchSize, madeAt: MADE_AT })
  return Buffer.concat(parts)
}

const def = (tables: TableName[], format: 'csv' | 'xlsx'): ExportDefinition => ({
  tables,
  filters: { include_projected: true },
  format,
  hxl: true,
  bom: true,
})

describe('batches', () => {
  it('has the rows to cut', async () => {
    const [{ n }] = await t.app.database.rows<{ n: number }>(sql`select count(*)::int n from claims`)
    expect(n).toBeGreaterThan(8)
  })

  for (const table of Object.keys(TABLES) as TableName[]) {
    it(`${table}: the same CSV whatever the batch size`, async () => {
      const whole = await exportBytes(def([table], 'csv'))
      for (const size of [1, 2, 3])
        expect((await exportBytes(def([table], 'csv'), size)).equals(whole)).toBe(true)
    })
  }

  it('the same xlsx cells whatever the batch size', async () => {
    const tables = Object.keys(TABLES) as TableName[]
    const cells = async (size?: number) => {
      const wb = await readXlsx(await exportBytes(def(tables, 'xlsx'), size))
      return wb.worksheets.map((ws) =>
        ws
          .getSheetValues()
          .map((row) => (Array.isArray(row) ? row.map((v) => plain({ value: v } as ExcelJS.Cell)) : row)),
      )
    }
    const whole = await cells()
    expect(whole[1].length).toBeGreaterThan(8)
    for (const size of [1, 2]) expect(await cells(size)).toEqual(whole)
  })
})

describe('stopping', () => {
  /** An output that fails on its second chunk, as a client that goes away mid-download. */
  function failingOutput() {
    let writes = 0
    return new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        if (++writes > 1) done(new Error('client went away'))
        else setImmediate(done)
      },
    })
  }

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: rejects when the output fails, and gives the database connection back`, async () => {
      // More failed exports than the server pool has connections: a leaked cursor would hang the next query.
      for (let i = 0; i < (onServer ? 12 : 2); i++) {
        await expect(
          writeExport(t.app.db, def(['claims'], format), failingOutput(), { batchSize: 1, madeAt: MADE_AT }),
        ).rejects.toThrow()
      }
      const [{ n }] = await t.app.database.rows<{ n: number }>(sql`select count(*)::int n from claims`)
      expect(n).toBeGreaterThan(0)
    })

    it(`${format}: stops when aborted`, async () => {
      const abort = new AbortController()
      const out = new PassThrough({ highWaterMark: 1 })
      // Nobody reads: the export waits for the output until it is aborted.
      const run = writeExport(t.app.db, def(['claims'], format), out, { batchSize: 1, signal: abort.signal })
      await new Promise((resolve) => setTimeout(resolve, 100))
      abort.abort(new Error('stopping'))
      await expect(run).rejects.toThrow()
      await t.app.database.ping()
    })
  }
})
