// Issue 12 (smaller things): the claims export leaves rejected claims out unless asked, and its About
// sheet says which statuses it holds.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readXlsx } from '../exports/helpers.ts'
import { suite } from '../helpers/suite.ts'

const s = suite({ SCHEDULER: 'off', SAMPLE_DATA: 'on' })
const { call } = s

const exportedIds = async (query: string) => {
  const res = await call('GET', `/api/exports/claims.csv?${query}`)
  expect(res.statusCode, res.body).toBe(200)
  const [header, ...rows]: string[][] = parse(res.rawPayload)
  const at = header.indexOf('claim id')
  return rows.map((r) => Number(r[at]))
}

describe('claims export status', () => {
  it('defaults to not rejected; naming the statuses brings rejected claims back', async () => {
    const list = await call('GET', '/api/claims?limit=5&sort=id')
    const [first] = list.json().items as { id: number; version: number }[]
    expect(
      (
        await call('POST', `/api/claims/${first.id}/reject`, {
          note: 'not a casualty figure',
          version: first.version,
        })
      ).statusCode,
    ).toBe(200)
    const plain = await exportedIds('')
    expect(plain.length).toBeGreaterThan(0)
    expect(plain).not.toContain(first.id)
    expect(await exportedIds('status=pending,verified,rejected')).toContain(first.id)
    expect(await exportedIds('status=rejected')).toEqual([first.id])
  })

  it('the About sheet says the status filter used', async () => {
    const res = await call('GET', '/api/exports/export.xlsx?tables=claims')
    expect(res.statusCode).toBe(200)
    const wb = await readXlsx(res.rawPayload)
    const about: string[] = []
    wb.getWorksheet('About')!.eachRow((row) => {
      const cells: string[] = []
      row.eachCell((c) => cells.push(c.text))
      about.push(cells.join(' | '))
    })
    expect(about.join('\n')).toMatch(/status: pending, verified \(rejected claims left out/)
  })
})
