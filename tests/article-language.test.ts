// An article's language is detected and stored; French, Spanish and Arabic articles get their claims; an
// article in a language Tally does not read says so in the ingest result, the batch result and the
// article itself, rather than showing a silent zero.

import { describe, expect, it } from 'vitest'
import { suite } from './helpers/suite.ts'

const s = suite()

const post = (payload: object, url = '/api/articles') =>
  s.t.app.inject({ method: 'POST', url, headers: { cookie: s.cookie }, payload })

const FRENCH =
  "Au moins 23 civils ont été tués lundi dans une attaque contre un village du centre du Mali, selon des sources locales. Plus de 1 500 familles ont fui la zone, d'après l'OCHA."
const GERMAN =
  'Nach Angaben der Vereinten Nationen sind mehr als 520.000 Menschen aus ihren Häusern geflohen. Mindestens 40 Menschen wurden getötet.'
const ARABIC = 'قتل 12 مدنيا في قصف على مدينة إدلب، حسب الدفاع المدني.'

describe('article language', () => {
  it('stores the detected language and reads French claims, with their offsets, in the article', async () => {
    const res = await post({ text: FRENCH, published: '2024-03-12' })
    expect(res.statusCode).toBe(201)
    const article = res.json().article
    expect(article).toMatchObject({ language: 'fr', language_supported: true, language_note: null })
    expect(article.claim_count).toBe(2)
    const detail = await s.t.app.inject({
      method: 'GET',
      url: `/api/articles/${article.id}`,
      headers: { cookie: s.cookie },
    })
    expect(detail.json()).toMatchObject({ language: 'fr', language_supported: true })
  })

  it('flags a language it does not read in the ingest result and in the article list', async () => {
    const res = await post({ text: GERMAN, published: '2024-03-12' })
    expect(res.statusCode).toBe(201)
    const article = res.json().article
    expect(article).toMatchObject({ language: 'de', language_supported: false })
    expect(article.language_note).toMatch(/German/)
    const list = await s.t.app.inject({ method: 'GET', url: '/api/articles', headers: { cookie: s.cookie } })
    const body = list.json()
    const items = Array.isArray(body) ? body : (body.items ?? body.articles ?? [])
    const listed = items.find((a: { id: number }) => a.id === article.id)
    expect(listed).toMatchObject({ language: 'de', language_supported: false })
    const unread = await s.t.app.inject({
      method: 'GET',
      url: '/api/articles?language_supported=false',
      headers: { cookie: s.cookie },
    })
    const ids = unread.json().items.map((a: { id: number; language_supported: boolean }) => {
      expect(a.language_supported).toBe(false)
      return a.id
    })
    expect(ids).toContain(article.id)
    const read = await s.t.app.inject({
      method: 'GET',
      url: '/api/articles?language_supported=true',
      headers: { cookie: s.cookie },
    })
    expect(read.json().items.map((a: { id: number }) => a.id)).not.toContain(article.id)
    expect(read.json().items.length).toBeGreaterThan(0)
  })

  it('gives each batch item its language and the flag, and keeps a language the sender states', async () => {
    const res = await post(
      {
        articles: [
          { text: ARABIC, published: '2024-02-11' },
          { text: `${GERMAN} Zweite Meldung.` },
          { text: 'At least 9 people were killed in the attack, police said.', language: 'en' },
        ],
      },
      '/api/articles/batch',
    )
    expect(res.statusCode).toBe(200)
    const [ar, de, en] = res.json().results
    expect(ar).toMatchObject({ status: 'created', language: 'ar', language_supported: true, claim_count: 1 })
    expect(de).toMatchObject({ status: 'created', language: 'de', language_supported: false, claim_count: 0 })
    expect(de.language_note).toMatch(/does not read German/)
    expect(en).toMatchObject({ language: 'en', language_supported: true, claim_count: 1 })
  })
})
