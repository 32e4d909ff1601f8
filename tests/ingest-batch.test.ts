import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { identify, prepare } from '../api/ingest/prepare.ts'
import { generateArticles } from '../bench/gen.ts'
import { startTestApp, type TestApp } from './helpers/app.ts'

// A batch is stored in a few transactions of many articles each, with its statements shared; the
// result must be what storing the same articles one by one gives: same statuses, same near-duplicate
// links, same claims in the same series with the same sources, same series summaries.

const generated = [...generateArticles(70, { seed: 21, minWords: 150, maxWords: 400 })].map((a) => ({
  text: a.text,
  title: a.title,
  url: a.url,
  outlet: a.outlet,
  published: a.published,
}))
const trimmed = (text: string) => text.split('\n').filter(Boolean).slice(0, -1).join('\n')
// Copies within one transaction and across transactions (25 articles each on the embedded database).
const articles: Record<string, unknown>[] = [
  ...generated.slice(0, 20),
  { ...generated[3] },
  { ...generated[7], text: trimmed(generated[7].text), url: 'https://copies.example/7' },
  { text: '' },
  { ...generated[9], html: '<p>both</p>' },
  ...generated.slice(20, 45),
  { ...generated[12], url: null },
  { ...generated[30], text: trimmed(generated[30].text), url: null, outlet: 'Copy Desk' },
  { ...generated[5], text: `${generated[5].text}\nUpdated.`, url: generated[5].url },
  { text: 'Gunmen killed 11 farmers in Benue state on Friday, police said.', published: '2024-02-03' },
  ...generated.slice(45),
]

let one: TestApp
let batch: TestApp
let cookies: { one: string; batch: string }
beforeAll(async () => {
  ;[one, batch] = await Promise.all([startTestApp(), startTestApp()])
  cookies = { one: await one.userWithRole('editor'), batch: await batch.userWithRole('editor') }
})
afterAll(() => Promise.all([one.close(), batch.close()]))

/** Everything ingest decides, named by content rather than by id. */
async function state(t: TestApp) {
  const rows = <T>(q: ReturnType<typeof sql>) => t.app.database.rows<T>(q)
  return {
    articles: await rows(sql`select a.title, a.url, o.name as outlet, a.published::text, a.content_hash,
        d.content_hash as duplicate_of, a.duplicate_score,
        (select count(*)::int from claims c where c.article_id = a.id) as claims
      from articles a left join articles d on d.id = a.duplicate_of left join outlets o on o.id = a.outlet_id
      order by a.id`),
    claims:
      await rows(sql`select a.content_hash, c.quote, c.low, c.metric, s.key as source, c.series_confidence,
        r.title as series, t.place_key, t.group_key
      from claims c join articles a on a.id = c.article_id left join sources s on s.id = c.source_id
      left join series r on r.id = c.series_id left join topics t on t.id = r.topic_id
      order by a.id, c.quote_start, c.id`),
    series: await rows(sql`select title, kind, period_key, claim_count, point_count, source_count,
        first_date::text, last_date::text, latest_low, latest_high, latest_qualifier, latest_source,
        previous_low, disagreement_count, revision_count, spark, version > 0 as refreshed
      from series order by title, period_key`),
    audit: await rows(sql`select action, after from audit_log where entity = 'article' order by id`),
  }
}

describe('POST /api/articles/batch', () => {
  it('stores what storing the articles one by one stores, with the same results', async () => {
    const singles = []
    for (const a of articles) {
      const res = await one.app.inject({
        method: 'POST',
        url: '/api/articles',
        headers: { cookie: cookies.one },
        payload: a,
      })
      singles.push(
        res.statusCode >= 400
          ? { status: 'error', code: res.json().error.code }
          : { status: res.json().status, claims: res.json().article.claim_count, id: res.json().article.id },
      )
    }
    const res = await batch.app.inject({
      method: 'POST',
      url: '/api/articles/batch',
      headers: { cookie: cookies.batch },
      payload: { articles },
    })
    expect(res.statusCode).toBe(200)
    const batched = res
      .json()
      .results.map(
        (r: { status: string; claim_count: number; article_id: number; error: { code: string } }) =>
          r.status === 'error'
            ? { status: 'error', code: r.error.code }
            : { status: r.status, claims: r.claim_count, id: r.article_id },
      )
    expect(batched).toEqual(singles)
    expect(singles.filter((s) => s.status === 'existing').length).toBe(3)
    expect(singles.filter((s) => s.status === 'error').length).toBe(2)

    const [a, b] = await Promise.all([state(one), state(batch)])
    expect(a.articles.filter((r) => (r as { duplicate_of: string | null }).duplicate_of).length).toBe(2)
    expect(b).toEqual(a)
  })

  it('answers for articles already stored without storing them again', async () => {
    const before = await state(batch)
    const res = await batch.app.inject({
      method: 'POST',
      url: '/api/articles/batch',
      headers: { cookie: cookies.batch },
      payload: { articles: articles.slice(0, 30) },
    })
    expect(res.json()).toMatchObject({ created: 0, failed: 2 })
    expect(await state(batch)).toEqual(before)
  })

  it('stores each article once when two batches with the same articles arrive at once', async () => {
    const fresh = [...generateArticles(40, { seed: 77, minWords: 150, maxWords: 300 })].map((a) => ({
      text: a.text,
      url: a.url,
      published: a.published,
    }))
    const send = (list: typeof fresh) =>
      batch.app.inject({
        method: 'POST',
        url: '/api/articles/batch',
        headers: { cookie: cookies.batch },
        payload: { articles: list },
      })
    const [x, y] = await Promise.all([send(fresh), send([...fresh].reverse())])
    const statuses = (r: typeof x) => r.json().results.map((o: { status: string }) => o.status)
    const ys = statuses(y).reverse()
    statuses(x).forEach((s: string, i: number) => {
      expect([s, ys[i]].sort()).toEqual(['created', 'existing'])
    })
    const counts = await batch.app.database.rows<{ text: string; published: string; claims: number }>(
      sql`select a.text, a.published::text as published, count(c.id)::int as claims
        from articles a left join claims c on c.article_id = a.id
        where a.url = any(${`{${fresh.map((a) => a.url).join(',')}}`}::text[]) group by a.id`,
    )
    expect(counts.length).toBe(fresh.length)
    for (const r of counts)
      expect(Number(r.claims)).toBe(
        prepare(identify({ text: r.text, published: r.published })).extracted.length,
      )
  })
})
