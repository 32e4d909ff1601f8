// Editors' dated notes on a series: added and removed by editors only, read by viewers, checked field by
// field, and every change in the audit trail with what the note said.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
let editor: string
let viewer: string
let seriesId: number

const call = (cookie: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload })

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.userWithRole('editor')
  viewer = await t.userWithRole('viewer')
  await call(editor, 'POST', '/api/articles', {
    text: 'More than 860 civilians have been killed in Idlib since late April, the Syrian Observatory for Human Rights said.',
    published: '2019-08-20',
  })
  const { items } = (await call(viewer, 'GET', '/api/series?metric=killed&place=Idlib')).json()
  seriesId = items[0].id
}, 120_000)
afterAll(async () => {
  await t?.close()
})

const audits = () =>
  t.app.database.rows<{ action: string; before: { note: string } | null; after: { note: string } | null }>(
    sql`select action, before, after from audit_log where entity = 'series_annotation' order by id`,
  )

describe('series annotations', () => {
  it('refuses bad input naming the field, and viewers, and changes nothing', async () => {
    const url = `/api/series/${seriesId}/annotations`
    const noDate = await call(editor, 'POST', url, { note: 'Ceasefire announced' })
    expect(noDate.statusCode).toBe(400)
    expect(noDate.json().error.details[0].field).toBe('body.on')
    const badDate = await call(editor, 'POST', url, { on: '2019-02-30x', note: 'Ceasefire announced' })
    expect(badDate.statusCode).toBe(400)
    expect(badDate.json().error.details[0].field).toBe('body.on')
    const blank = await call(editor, 'POST', url, { on: '2019-08-31', note: '   ' })
    expect(blank.statusCode).toBe(400)
    expect(blank.json().error.details[0].field).toBe('note')
    const long = await call(editor, 'POST', url, { on: '2019-08-31', note: 'x'.repeat(301) })
    expect(long.statusCode).toBe(400)
    expect((await call(viewer, 'POST', url, { on: '2019-08-31', note: 'Ceasefire' })).statusCode).toBe(403)
    expect(
      (await call(editor, 'POST', '/api/series/999999/annotations', { on: '2019-08-31', note: 'x' }))
        .statusCode,
    ).toBe(404)
    expect((await call(viewer, 'GET', url)).json().items).toEqual([])
    expect(await audits()).toEqual([])
  })

  it('adds notes that viewers read in date order, audited; removes one, audited with what it said', async () => {
    const url = `/api/series/${seriesId}/annotations`
    const late = await call(editor, 'POST', url, { on: '2019-08-31', note: 'Ceasefire announced by Russia' })
    expect(late.statusCode).toBe(201)
    expect(late.json()).toMatchObject({
      series_id: seriesId,
      on: '2019-08-31',
      note: 'Ceasefire announced by Russia',
    })
    const early = await call(editor, 'POST', url, { on: '2019-05-06', note: ' Ground offensive begins ' })
    expect(early.json().note).toBe('Ground offensive begins')

    const listed = (await call(viewer, 'GET', url)).json().items
    expect(listed.map((a: { on: string }) => a.on)).toEqual(['2019-05-06', '2019-08-31'])

    expect((await call(viewer, 'DELETE', `${url}/${early.json().id}`)).statusCode).toBe(403)
    // A note is removed through its own series only.
    expect(
      (await call(editor, 'DELETE', `/api/series/999999/annotations/${early.json().id}`)).statusCode,
    ).toBe(404)
    expect((await call(editor, 'DELETE', `${url}/${early.json().id}`)).statusCode).toBe(204)
    expect((await call(editor, 'DELETE', `${url}/${early.json().id}`)).statusCode).toBe(404)
    expect((await call(viewer, 'GET', url)).json().items).toHaveLength(1)

    expect(await audits()).toMatchObject([
      { action: 'create', before: null, after: { note: 'Ceasefire announced by Russia' } },
      { action: 'create', before: null, after: { note: 'Ground offensive begins' } },
      { action: 'delete', before: { note: 'Ground offensive begins' }, after: null },
    ])
  })
})
