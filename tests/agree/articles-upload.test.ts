// Issue 12.3, 12.6 and 12.8 (API side): uploads carry their own outlet, date and URL or read them
// from the text; an article's claims page through all of them; a hand-entered claim takes a place,
// country and period like the editor and is filed by them.
import { describe, expect, it } from 'vitest'
import { suite } from '../helpers/suite.ts'

const s = suite({ SCHEDULER: 'off' })
const { call } = s

describe('uploads', () => {
  it('take outlet, date and URL per file, and read a dateline when a file gives no date', async () => {
    const res = await call('POST', '/api/articles/batch', {
      articles: [
        {
          text: 'Shelling killed 14 civilians in Ariha on Tuesday, rescuers said.',
          outlet: 'Example Gazette',
          published: '2019-07-02',
          url: 'https://example.org/ariha',
        },
        { text: 'BEIRUT, June 13, 2019 (AP) — Air strikes killed 9 people in Kafr Nabl, rescuers said.' },
        { text: 'date 2019-06-20\nAir strikes killed 6 people in Saraqeb, rescuers said.' },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    const [a, b, c] = await Promise.all(
      res
        .json()
        .results.map(async (r: { article_id: number }) =>
          (await call('GET', `/api/articles/${r.article_id}`)).json(),
        ),
    )
    expect(a).toMatchObject({
      outlet: 'Example Gazette',
      published: '2019-07-02',
      url: 'https://example.org/ariha',
    })
    expect(b).toMatchObject({ published: '2019-06-13', date_unknown: false })
    expect(c).toMatchObject({ published: '2019-06-20', date_unknown: false })
  })
})

describe("an article's claims", () => {
  it('page through all of them past 500 with the cursor', async () => {
    const places = ['Ariha', 'Saraqeb', 'Kafr Nabl', 'Jisr al-Shughur', 'Maarat al-Numan']
    const lines = Array.from(
      { length: 620 },
      (_, i) => `Rescuers said ${i + 1} people were killed in ${places[i % places.length]} on day ${i + 1}.`,
    )
    const res = await call('POST', '/api/articles', { text: lines.join('\n'), published: '2019-08-01' })
    expect(res.statusCode, res.body).toBe(201)
    const article = res.json().article
    expect(article.claim_count).toBeGreaterThan(500)
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const page = await call(
        'GET',
        `/api/claims?article_id=${article.id}&sort=id&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(page.statusCode, page.body).toBe(200)
      seen.push(...page.json().items.map((c: { id: number }) => c.id))
      cursor = page.json().next_cursor
    } while (cursor)
    expect(seen).toHaveLength(article.claim_count)
    expect(new Set(seen).size).toBe(seen.length)
  })
})

describe('hand-entered claims', () => {
  /** Enters a claim cited to the relief office's situation report `report`; returns it as created. */
  async function enter(report: string, fields: object) {
    const citation = `Example Relief Office situation report ${report}`
    const res = await call('POST', '/api/claims', { citation, ...fields })
    expect(res.statusCode, res.body).toBe(201)
    return res.json()
  }

  it('take place, country and since, and are filed by them', async () => {
    const claim = await enter('12, 20 August 2019', {
      metric: 'killed',
      low: 120,
      qualifier: 'at_least',
      who: 'civilians',
      quote: 'at least 120 civilians killed in Khan Sheikhoun since late April',
      location: 'Khan Sheikhoun',
      country: 'SYR',
      since: 'late April',
      since_date: '2019-04-21',
      as_of: '2019-08-20',
    })
    expect(claim).toMatchObject({ location: 'Khan Sheikhoun', country: 'SYR', since_date: '2019-04-21' })
    const series = (await call('GET', `/api/series/${claim.series_id}`)).json().series
    expect(series.place.name).toBe('Idlib')
    expect(series.since_date).toBe('2019-04-21')
  })

  it("read a period typed without its date against the figure's date", async () => {
    const claim = await enter('13', {
      metric: 'displaced',
      low: 400000,
      qualifier: 'approx',
      quote: 'about 400,000 people displaced in Idlib since December',
      location: 'Idlib',
      since: 'December',
      as_of: '2020-02-06',
    })
    expect(claim.since_date).toBe('2019-12-01')
  })
})
