// Conditional requests for live feeds: a spreadsheet polling a feed every few minutes gets 304 until
// something it could show has changed. The validator is the newest change to any claim or series and
// the number of claims (a deleted article takes its claims away without touching another row), so it
// moves with every edit, review, filing and deletion; it is shared by all feeds, which errs on the side
// of sending a feed again, never on the side of a stale copy.
import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { rowsOf } from '../db/sql.ts'

export interface FeedValidators {
  etag: string
  /** Whole seconds, as HTTP dates carry no more. */
  lastModified: Date
}

export async function feedValidators(db: Db, feedKey: string): Promise<FeedValidators> {
  const [row] = await rowsOf<{
    claims_at: string | Date | null
    series_at: string | Date | null
    n: string | number
  }>(
    db,
    sql`select (select max(updated_at) from claims) as claims_at, (select max(updated_at) from series) as series_at,
      (select count(*) from claims) as n`,
  )
  const times = [row?.claims_at, row?.series_at].map((t) => (t ? new Date(t).getTime() : 0))
  const newest = Math.max(0, ...times)
  const lastModified = new Date(Math.floor(newest / 1000) * 1000 || Date.UTC(2000, 0, 1))
  const hash = createHash('sha1')
    .update(`${feedKey}|${times.join('|')}|${row?.n ?? 0}`)
    .digest('base64url')
    .slice(0, 16)
  return { etag: `"f-${hash}"`, lastModified }
}

/** Whether the client's copy is current: If-None-Match when sent, else If-Modified-Since. */
export function notModified(
  headers: Record<string, string | string[] | undefined>,
  v: FeedValidators,
): boolean {
  const inm = headers['if-none-match']
  if (typeof inm === 'string')
    return inm.split(',').some((t) => {
      const tag = t.trim().replace(/^W\//, '')
      return tag === v.etag || tag === '*'
    })
  const ims = headers['if-modified-since']
  if (typeof ims !== 'string') return false
  const since = Date.parse(ims)
  return Number.isFinite(since) && v.lastModified.getTime() <= since
}
