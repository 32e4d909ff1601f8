// What the ingest benchmarks share: the admin they log in as, the size of the generated articles, the
// article as the batch API takes it, and a poster of batches, in-process (`app.inject`) or to a Tally
// process over HTTP.
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { GenArticle } from './gen.ts'

export const ADMIN = { email: 'bench@tally.test', password: 'bench-password-1' }
/** ~4 KB of text: 600 to 720 words of ~6 characters. */
export const WORDS = { minWords: 600, maxWords: 720 }

/** Tally's settings for an ingest run: no sample data, no scheduler, bodies big enough for a batch. */
export const ingestEnv = (env: Record<string, string>): Record<string, string> => ({
  SAMPLE_DATA: 'off',
  LOG_LEVEL: 'silent',
  SCHEDULER: 'off',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  BODY_LIMIT_MB: '50',
  ...env,
})

export const payload = (a: GenArticle) => ({
  text: a.text,
  title: a.title,
  url: a.url,
  outlet: a.outlet,
  published: a.published,
})

export interface BatchAnswer {
  created: number
  results: { claim_count: number; status: string }[]
}
export type Poster = (list: GenArticle[]) => Promise<BatchAnswer>

const failed = (status: number, body: string) => new Error(`batch failed: ${status} ${body.slice(0, 300)}`)

/** Logs in and posts batches through `app.inject`. */
export async function injectPoster(app: FastifyInstance): Promise<Poster> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN })
  const cookie = `tally_session=${login.cookies.find((c) => c.name === 'tally_session')?.value}`
  return async (list) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/articles/batch',
      headers: { cookie },
      payload: { articles: list.map(payload) },
    })
    if (res.statusCode !== 200) throw failed(res.statusCode, res.body)
    return res.json() as BatchAnswer
  }
}

/** Logs in and posts batches to a Tally process at `base` over HTTP. */
export async function httpPoster(base: string): Promise<Poster> {
  const json = { 'content-type': 'application/json' }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(ADMIN),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status}`)
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return async (list) => {
    const res = await fetch(`${base}/api/articles/batch`, {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({ articles: list.map(payload) }),
    })
    const body = await res.text()
    if (res.status !== 200) throw failed(res.status, body)
    return JSON.parse(body) as BatchAnswer
  }
}

/**
 * Every stored claim copied `copies` times in SQL, each copy's value raised by its number and its date
 * moved back by it (over 400 days), so that the series gain points and not only repeats. The resolved
 * place is copied too: otherwise the server's background geo backfill rewrites every copy while the
 * benchmark measures ingest.
 */
export const copyClaims = (copies: number) => sql`
    insert into claims (article_id, origin, metric, unit, low, high, qualifier, who, source, since, since_date,
      as_of, location, country, quote, quote_start, quote_end, denied, projected, confidence, status,
      source_id, series_id, series_confidence, geo_country, geo_adm1, geo_adm1_name, geo_site_id, geo_site_name,
      geo_lat, geo_lon, geo_precision)
    select c.article_id, c.origin, c.metric, c.unit, c.low + g, c.high + g, c.qualifier, c.who, c.source,
      c.since, c.since_date, c.as_of - (g % 400), c.location, c.country, c.quote, c.quote_start, c.quote_end,
      c.denied, c.projected, c.confidence, c.status, c.source_id, c.series_id, c.series_confidence, c.geo_country, c.geo_adm1, c.geo_adm1_name, c.geo_site_id,
      c.geo_site_name, c.geo_lat, c.geo_lon, c.geo_precision
    from claims c cross join generate_series(1, ${copies}) g`
