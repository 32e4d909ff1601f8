// Issue 12.2: correcting what a claim is about (place, country, metric, group, period) files it into
// the right series in the same transaction, audited like a move, and its new place's exports see it.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { haveSeeds, readSeeds } from '../helpers/seeds.ts'
import { suite } from '../helpers/suite.ts'

const s = suite({ SCHEDULER: 'off' })
const { call } = s

type Claim = { id: number; low: number; metric: string; series_id: number | null; version: number }
const series = async (id: number) => (await call('GET', `/api/series/${id}`)).json().series

describe.skipIf(!haveSeeds)('an edit re-files the claim', () => {
  it('"two Turkish soldiers were killed": filed in Idlib (not Turkey, whose ministry spoke), an edit to Turkey moves it at once', async () => {
    const seed = readSeeds().find((s) => s.text.includes('two Turkish soldiers were killed'))!
    const ingest = await call('POST', '/api/articles', { text: seed.text, published: seed.published })
    expect(ingest.statusCode, ingest.body).toBe(201)
    const articleId = ingest.json().article.id
    const list = await call('GET', `/api/claims?article_id=${articleId}&metric=killed&limit=100`)
    const claim = (list.json().items as Claim[]).find((c) => c.low === 2)!
    const before = await series(claim.series_id!)
    // "Turkey's Defense Ministry" names the speaker, not the place (issue 12): filed in Idlib.
    expect(before.title).toMatch(/in Idlib/)
    const oldCount = before.claim_count

    const edit = await call('PATCH', `/api/claims/${claim.id}`, {
      version: claim.version,
      location: 'Turkey',
      country: 'TUR',
    })
    expect(edit.statusCode, edit.body).toBe(200)
    const edited = edit.json() as Claim
    expect(edited.series_id).not.toBe(claim.series_id)
    const after = await series(edited.series_id!)
    expect(after.title).toMatch(/in Turkey/)
    expect(after.place.name).toBe('Turkey')
    // Both series are refreshed.
    expect((await series(claim.series_id!)).claim_count).toBe(oldCount - 1)
    expect(after.claim_count).toBeGreaterThanOrEqual(1)

    // The Turkey export lists it, labelled Turkey; the Idlib export no longer does.
    const csv = await call('GET', '/api/exports/claims.csv?metric=killed&place=Turkey')
    const [header, ...rows]: string[][] = parse(csv.rawPayload)
    const row = rows.find((r) => Number(r[header.indexOf('claim id')]) === claim.id)
    expect(row?.[header.indexOf('place')]).toBe('Turkey')
    expect(row?.[header.indexOf('country')]).toBe('TUR')
    const idlib = await call('GET', '/api/exports/claims.csv?metric=killed&place=Idlib')
    expect(idlib.body).not.toContain('two Turkish soldiers were killed')

    // Audited like a move: on the new series' history, naming the old series, and undoable.
    const history = (await call('GET', `/api/series/${edited.series_id}/history`)).json()
    const move = history.items.find((h: { action: string }) => h.action === 'move')
    expect(move.before.series_id).toBe(claim.series_id)
    const oldHistory = (await call('GET', `/api/series/${claim.series_id}/history`)).json()
    expect(oldHistory.items.some((h: { id: number }) => h.id === move.id)).toBe(true)

    // Filing again later (e.g. after an alias change) keeps the editor's place.
    const again = await call('PATCH', `/api/claims/${claim.id}`, { version: edited.version, low: 2 })
    expect(again.json().series_id).toBe(edited.series_id)
  })

  it('changing metric, group or period re-files too, also out of a series an editor had moved it to', async () => {
    const list = await call('GET', '/api/claims?metric=injured&limit=100&sort=id')
    const claim = (list.json().items as Claim[]).find((c) => c.series_id !== null)!
    // An editor's move locks the claim in another series; an edit of what it is about still re-files it.
    const all = (await call('GET', '/api/series?limit=100')).json().items as { id: number }[]
    const elsewhere = all.find((s) => s.id !== claim.series_id)!
    const hand = await call('POST', `/api/claims/${claim.id}/move`, { series_id: elsewhere.id })
    expect(hand.json().series_id).toBe(elsewhere.id)
    const edit = await call('PATCH', `/api/claims/${claim.id}`, {
      version: hand.json().version,
      metric: 'killed',
    })
    expect(edit.statusCode, edit.body).toBe(200)
    const moved = edit.json() as Claim
    expect(moved.series_id).not.toBe(claim.series_id)
    expect((await series(moved.series_id!)).metric).toBe('killed')
    const period = await call('PATCH', `/api/claims/${claim.id}`, {
      version: moved.version,
      since: 'late April',
      since_date: '2019-04-21',
    })
    const periodSeries = await series(period.json().series_id)
    expect(periodSeries.since_date).toBe('2019-04-21')
  })
})
