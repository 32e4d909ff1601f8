import { sql } from 'drizzle-orm'
import { jsonb, type Runner, rowsOf } from '../db/sql.ts'
import { type OutletInput, outletOf, resolveOutlet } from './outlets.ts'

interface Wanted {
  input: OutletInput
  url: string | null
}

/** What resolveOutlet decides by: the outlet given, and the domain given or taken from the URL. */
export function outletKey(w: Wanted) {
  const o = outletOf(w.input, w.url)
  return JSON.stringify(o && [o.name, o.domain, o.given])
}

/**
 * resolveOutlet for many articles: the outlets already stored are found with one statement, using
 * resolveOutlet's own matching; the others are created one by one through it, in order of first sight.
 */
export async function resolveOutlets(tx: Runner, list: Wanted[]): Promise<Map<string, number | null>> {
  const ids = new Map<string, number | null>()
  const firsts = new Map<string, Wanted>()
  for (const w of list) if (!firsts.has(outletKey(w))) firsts.set(outletKey(w), w)
  const input = [...firsts].flatMap(([key, w]) => {
    const o = outletOf(w.input, w.url)
    if (!o) {
      ids.set(key, null)
      return []
    }
    return [{ key, name: o.name, lname: o.name.toLowerCase(), given: o.given }]
  })
  if (!input.length) return ids
  const found = await rowsOf<{ key: string; id: unknown }>(
    tx,
    sql`select x.key, coalesce(
        (select o.id from outlets o where x.given and lower(o.name) = x.lname limit 1),
        (select o.id from outlets o
          where not x.given and (o.domain = x.name or lower(o.name) = x.lname) limit 1)
      ) as id
      from jsonb_to_recordset(${jsonb(input)}) as x(key text, name text, lname text, given boolean)`,
  )
  for (const r of found) if (r.id != null) ids.set(r.key, Number(r.id))
  for (const [key, w] of firsts) if (!ids.has(key)) ids.set(key, await resolveOutlet(tx, w.input, w.url))
  return ids
}
