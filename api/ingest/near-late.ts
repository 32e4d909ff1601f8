import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { jsonb, rowsOf } from '../db/sql.ts'
import { refreshCommitted } from '../series/store/deferred.ts'
import type { Fingerprint } from '../text/near-duplicate.ts'
import { nearDuplicateFinder } from './near.ts'

type Stored = { id: number; duplicateOf: number | null; print: Fingerprint }

/**
 * The check after commit that makes near-duplicate links safe under concurrency. Two transactions
 * storing an original and its copy at the same moment (in one process or two) cannot see each other's
 * uncommitted article, so neither links. Once committed, each looks again: whichever of the two looks
 * last sees the other, and the later-stored article (higher id) is linked to the earlier one's
 * original, as if they had been sent one after the other. Returns the links it made (id -> original).
 */
export async function linkRacedCopies(db: Db, stored: Stored[], attempt = 1): Promise<Map<number, number>> {
  const open = stored.filter((a) => a.duplicateOf === null && a.print.bands.length)
  if (!open.length) return new Map()
  let touched: number[] = []
  let linked: Map<number, number>
  try {
    linked = await db.transaction(async (tx) => {
      const finder = await nearDuplicateFinder(
        tx,
        open.map((a) => a.print),
      )
      const links: { id: number; duplicate_of: number }[] = []
      open.forEach((a, i) => {
        const best = finder.best(i, a.id)
        if (!best) return
        // The earlier article is the original: link whichever of the two came later.
        links.push(best.id < a.id ? { id: a.id, duplicate_of: best.id } : { id: best.id, duplicate_of: a.id })
      })
      if (!links.length) return new Map<number, number>()
      // Only articles still unlinked (another check may have linked them first), with the copies they
      // already had following them to the new original.
      const changed = await rowsOf<{ id: string | number; duplicate_of: string | number }>(
        tx,
        sql`update articles a set duplicate_of = x.duplicate_of
          from jsonb_to_recordset(${jsonb(links)}) as x(id bigint, duplicate_of bigint)
          where (a.id = x.id and a.duplicate_of is null)
            or (a.duplicate_of = x.id and exists (select 1 from articles o where o.id = x.id and o.duplicate_of is null))
          returning a.id, a.duplicate_of`,
      )
      const linked = new Map(changed.map((r) => [Number(r.id), Number(r.duplicate_of)]))
      if (!linked.size) return linked
      // Copies of one story count once in a series: the series citing them change (marked by the
      // articles' trigger, refreshed after commit).
      const citing = await rowsOf<{ id: string | number }>(
        tx,
        sql`select distinct series_id as id from claims where series_id is not null
          and article_id in (select jsonb_array_elements_text(${jsonb([...linked.keys()])})::bigint)`,
      )
      touched = citing.map((r) => Number(r.id))
      return linked
    })
  } catch (err) {
    // Two checks relinking one family in different orders: the one chosen to fail tries again.
    if (attempt < 3 && (err as { cause?: { code?: string } }).cause?.code === '40P01')
      return linkRacedCopies(db, stored, attempt + 1)
    throw err
  }
  await refreshCommitted(db, touched)
  return linked
}
