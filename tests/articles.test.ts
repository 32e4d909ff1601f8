import { describe, expect, it } from 'vitest'
import { haveSeeds, readSeeds } from './helpers/seeds.ts'
import { suite } from './helpers/suite.ts'

const s = suite()

const post = (payload: unknown, url = '/api/articles') =>
  s.t.app.inject({ method: 'POST', url, headers: { cookie: s.cookie }, payload: payload as object })
const counts = async () => {
  const [{ a, c }] = await s.t.app.database.rows<{ a: number; c: number }>(
    (await import('drizzle-orm'))
      .sql`select (select count(*)::int from articles) as a, (select count(*)::int from claims) as c`,
  )
  return { articles: Number(a), claims: Number(c) }
}

const STORY = `GENEVA (Tally Wire) - Floods along the river have forced at least 12,000 people from their homes since Sunday, the regional disaster agency said on Tuesday.
The agency said 14 people were killed and 30 others injured when a bridge collapsed near the town of Kasese.`

describe('POST /api/articles', () => {
  it('stores the article and its claims, and answers 200 with the same article when sent again', async () => {
    const before = await counts()
    const first = await post({
      text: STORY,
      title: 'Floods',
      url: 'https://wire.example/floods-1',
      published: '2024-05-07',
      outlet: 'Tally Wire',
    })
    expect(first.statusCode).toBe(201)
    const article = first.json().article
    expect(article).toMatchObject({
      title: 'Floods',
      outlet: 'Tally Wire',
      published: '2024-05-07',
      date_unknown: false,
    })
    expect(article.claim_count).toBeGreaterThan(0)

    const again = await post({ text: STORY, title: 'Floods again' })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ status: 'existing', article: { id: article.id } })
    const sameUrl = await post({ text: `${STORY}\nUpdated.`, url: 'https://wire.example/floods-1' })
    expect(sameUrl.json().article.id).toBe(article.id)

    const after = await counts()
    expect(after.articles - before.articles).toBe(1)
    expect(after.claims - before.claims).toBe(article.claim_count)
  })

  it('keeps one article and one set of claims when two copies arrive at once', async () => {
    const text = STORY.replace('12,000', '15,500').replace('Kasese', 'Bwera')
    const before = await counts()
    const results = await Promise.all(
      Array.from({ length: 6 }, () => post({ text, published: '2024-05-08' })),
    )
    const ids = new Set(results.map((r) => r.json().article.id))
    expect(ids.size).toBe(1)
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1)
    const after = await counts()
    expect(after.articles - before.articles).toBe(1)
    expect(after.claims - before.claims).toBe(results[0].json().article.claim_count)
  })

  it('treats text differing only in spacing and case as the same article', async () => {
    const a = await post({
      text: 'Rebels abducted 40 villagers in Zamfara on Monday, police said.',
      published: '2024-01-10',
    })
    const b = await post({ text: '  rebels   abducted 40 villagers in Zamfara on Monday,  police said. ' })
    expect(a.statusCode).toBe(201)
    expect(b.statusCode).toBe(200)
    expect(b.json().article.id).toBe(a.json().article.id)
  })

  it('finds the date in a leading "date" line, or marks the article date unknown', async () => {
    const dated = await post({
      text: ' date 2021-03-04 KABUL -- A blast killed nine people at a market, officials said.',
    })
    expect(dated.json().article).toMatchObject({ published: '2021-03-04', date_unknown: false })
    const undated = await post({ text: 'A landslide buried 23 homes in the hills, the mayor said.' })
    expect(undated.json().article).toMatchObject({ published: null, date_unknown: true })
    const list = await s.t.app.inject({
      url: '/api/articles?date_unknown=true',
      headers: { cookie: s.cookie },
    })
    expect(list.json().items.map((a: { id: number }) => a.id)).toContain(undated.json().article.id)
  })

  it('converts HTML to text without scripts', async () => {
    const res = await post({
      html: '<html><head><title>Quake</title><script>alert(1)</script></head><body><h1>Quake</h1><p>The earthquake killed 61 people in Herat, the ministry said.</p></body></html>',
      published: '2023-10-08',
    })
    expect(res.statusCode).toBe(201)
    const detail = await s.t.app.inject({
      url: `/api/articles/${res.json().article.id}`,
      headers: { cookie: s.cookie },
    })
    expect(detail.json().text).toContain('killed 61 people')
    expect(detail.json().text).not.toContain('alert')
    expect(detail.json().title).toBe('Quake')
  })

  it('rejects bad bodies with a 400 naming the field, and stores nothing', async () => {
    const before = await counts()
    const cases: Array<[unknown, string]> = [
      [{}, 'body.text'],
      [{ text: '   ' }, 'body.text'],
      [{ text: 'ok text', published: '2024-13-45' }, 'body.published'],
      [{ text: 'ok text', url: 'not a url' }, 'body.url'],
      [{ text: 'ok text', url: 'javascript:alert(1)' }, 'body.url'],
      [{ text: 'ok text', url: 'data:text/html,<b>x</b>' }, 'body.url'],
      [{ text: 'ok text', url: 'ftp://files.example/a' }, 'body.url'],
      [{ text: 'ok text', mystery: 1 }, 'mystery'],
      [{ text: 42 }, 'body.text'],
    ]
    for (const [payload, field] of cases) {
      const res = await post(payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(JSON.stringify(res.json().error), JSON.stringify(payload)).toContain(field)
      expect(res.json().error.message).toBeTruthy()
    }
    expect(await counts()).toEqual(before)
  })

  it('answers 413 to a body over the limit', async () => {
    const res = await post({ text: 'x'.repeat(s.t.config.BODY_LIMIT_MB * 1024 * 1024 + 10) })
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBeTruthy()
  })
})

describe('POST /api/articles/batch', () => {
  it('stores the good articles and reports the bad one', async () => {
    const res = await post(
      {
        articles: [
          {
            text: 'Gunmen killed 11 farmers in Benue state on Friday, police said.',
            published: '2024-02-03',
          },
          { text: '' },
          { text: 'Militants kidnapped 15 students in Kaduna, the governor said.', published: '2024-02-04' },
        ],
      },
      '/api/articles/batch',
    )
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ created: 2, failed: 1 })
    expect(body.results[1]).toMatchObject({ index: 1, status: 'error', article_id: null })
    expect(body.results[1].error.message).toContain('text')
  })
})

describe('POST /api/articles/batch with items the database cannot take', () => {
  it('answers each item on its own: good ones stored, bad ones a 400-style error naming the field', async () => {
    const before = await counts()
    const res = await post(
      {
        articles: [
          { text: 'Storms killed 4 fishermen off Chittagong on Monday, officials said.' },
          { text: 'bad\u0000 item' },
          { text: 'A landslide killed 9 villagers in Sindhupalchok, police said.', published: '0000-06-01' },
          'not an article',
          { text: 'Cholera killed 17 people in Borno this week, health officials said.' },
        ],
      },
      '/api/articles/batch',
    )
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ created: 2, failed: 3 })
    expect(body.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'error',
      'error',
      'error',
      'created',
    ])
    expect(body.results[1].error.message).toContain('articles.1.text')
    expect(body.results[2].error.message).toContain('articles.2.published')
    expect(body.results[3].error.message).toContain('articles.3')
    const after = await counts()
    expect(after.articles).toBe(before.articles + 2)
  })
})

describe.skipIf(!haveSeeds)('near-duplicates', () => {
  it('links a trimmed, reordered copy to its original, and no seed to another seed', async () => {
    const seeds = readSeeds()
    const ids: number[] = []
    for (const s of seeds) {
      const res = await post({ text: s.text, published: s.published })
      expect(res.json().article.duplicate_of, `seed ${s.id}`).toBeNull()
      ids.push(res.json().article.id)
    }
    // A republished copy: paragraphs reordered, the last one dropped.
    const paragraphs = seeds[3].text.split('\n').filter(Boolean)
    const copy = [paragraphs[1], paragraphs[0], ...paragraphs.slice(2, -1)].join('\n')
    const res = await post({ text: copy, published: seeds[3].published })
    expect(res.statusCode).toBe(201)
    expect(res.json().article.duplicate_of).toBe(ids[3])
    const detail = await s.t.app.inject({ url: `/api/articles/${ids[3]}`, headers: { cookie: s.cookie } })
    expect(detail.json().duplicates.map((d: { id: number }) => d.id)).toContain(res.json().article.id)
  })
})
