// A figure read from a table keeps the label it belongs to (claims-format.md's `context`): stored with
// the claim, returned and editable through the API, and written to the exports beside the quote.
// The report below is written for this test.

import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { suite } from './helpers/suite.ts'

const s = suite()

const REPORT = `Flood situation report no. 4 (National Disaster Management Authority), since 14 June
Province | Deaths | Injured
Sindh | 578 | 8,422
Balochistan | 244 | 187`

interface ApiClaim {
  id: number
  low: number
  quote: string
  context: string | null
  version: number
}

async function claimsOf(articleId: number): Promise<ApiClaim[]> {
  const res = await s.call('GET', `/api/claims?article_id=${articleId}&sort=id&limit=50`)
  expect(res.statusCode).toBe(200)
  return res.json().items
}

describe('table labels of claims', () => {
  let articleId = 0

  it('stores each cell with its column label, the quote being the cell alone', async () => {
    const res = await s.call('POST', '/api/articles', {
      text: REPORT,
      title: 'Floods: situation report 4',
      published: '2022-09-01',
    })
    expect(res.statusCode).toBe(201)
    articleId = res.json().article.id
    const claims = await claimsOf(articleId)
    expect(claims.map((c) => [c.low, c.quote, c.context])).toEqual([
      [578, '578', 'Deaths'],
      [8_422, '8,422', 'Injured'],
      [244, '244', 'Deaths'],
      [187, '187', 'Injured'],
    ])
  })

  it('lets an editor correct the label, audited like any other field', async () => {
    const [first] = await claimsOf(articleId)
    const edit = await s.call('PATCH', `/api/claims/${first.id}`, {
      version: first.version,
      context: 'Deaths (confirmed)',
      reason: 'label as printed in the PDF',
    })
    expect(edit.statusCode).toBe(200)
    expect(edit.json().context).toBe('Deaths (confirmed)')
    const history = await s.call('GET', `/api/claims/${first.id}/history`)
    expect(JSON.stringify(history.json())).toContain('Deaths (confirmed)')

    const tooLong = await s.call('PATCH', `/api/claims/${first.id}`, {
      version: first.version + 1,
      context: 'x'.repeat(2001),
    })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.body).toContain('context')
    expect((await claimsOf(articleId))[0].context).toBe('Deaths (confirmed)')
  })

  it('writes the label to the claims export, in its own HXL column', async () => {
    const res = await s.call('GET', `/api/exports/claims.csv?article_id=${articleId}&hxl=true`)
    expect(res.statusCode).toBe(200)
    const [header, hxl, ...rows] = parse(res.body, { bom: true }) as string[][]
    const at = header.indexOf('table label')
    expect(at).toBeGreaterThan(header.indexOf('quote'))
    expect(hxl[at]).toBe('#description+context')
    expect(rows.map((r) => r[at]).sort()).toEqual(['Deaths', 'Deaths (confirmed)', 'Injured', 'Injured'])
  })
})
