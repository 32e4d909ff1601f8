import { sql } from 'drizzle-orm'
import { jsonb, type Runner, rowsOf } from '../db/sql.ts'
import { type Fingerprint, isNearDuplicate, overlap } from '../text/near-duplicate.ts'

/** Ids from LOCAL up stand for articles of the same transaction that have no id yet, in order. */
export const LOCAL = 2 ** 50

// Candidates checked per article: enough for every copy of a story, bounded for boilerplate.
const CANDIDATES = 200

interface Candidate extends Fingerprint {
  id: number
  duplicateOf: number | null
}

// json columns arrive parsed from one driver and as text from the other.
const parsed = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T

/**
 * Finds the near-duplicates of articles about to be stored, with one statement for all of them: for
 * each, the stored articles sharing the most LSH bands with it, and their fingerprints. Articles
 * stored meanwhile (`add`) count as candidates for the following ones, as they would if each were
 * stored in a transaction of its own.
 */
export async function nearDuplicateFinder(tx: Runner, prints: Fingerprint[]) {
  const input = prints.map((p, ord) => ({ ord, bands: [...new Set(p.bands)] })).filter((p) => p.bands.length)
  const shared = prints.map(() => new Map<number, number>())
  const known = new Map<number, Candidate>()
  if (input.length) {
    const [row] = await rowsOf<{ ranks: unknown; prints: unknown }>(
      tx,
      sql`with c as (
        select x.ord, r.article_id, r.n
        from jsonb_to_recordset(${jsonb(input)}) as x(ord int, bands text[])
        cross join lateral (
          select b.article_id, count(*)::int as n from article_bands b where b.band = any(x.bands)
          group by b.article_id order by n desc, b.article_id limit ${CANDIDATES}
        ) r
      )
      select
        (select coalesce(json_agg(json_build_array(ord, article_id, n)), '[]') from c) as ranks,
        (select coalesce(json_agg(json_build_array(a.id, a.signature, a.sketch, a.shingle_count, a.duplicate_of)), '[]')
          from articles a where a.id in (select article_id from c)) as prints`,
    )
    for (const [ord, id, n] of parsed<[number, number, number][]>(row.ranks)) shared[ord].set(Number(id), n)
    for (const [id, signature, sketch, size, duplicateOf] of parsed<
      [number, number[], number[], number, number][]
    >(row.prints))
      known.set(Number(id), {
        id: Number(id),
        signature,
        sketch,
        size,
        bands: [],
        duplicateOf: duplicateOf == null ? null : Number(duplicateOf),
      })
  }
  const locals: Candidate[] = []
  return {
    /**
     * The best match of the i-th article, confirmed on the shingle sketches; its original, not a copy.
     * `self`: the article's own id once stored, left out with its copies (the check after commit).
     */
    best(i: number, self?: number) {
      const print = prints[i]
      const counts = new Map(shared[i])
      const mine = new Set(print.bands)
      for (const c of locals) {
        const n = c.bands.filter((b) => mine.has(b)).length
        if (n) counts.set(c.id, n)
      }
      // The candidates sharing the most bands, then looked at in the order they were stored.
      const ids = [...counts]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, CANDIDATES)
        .map(([id]) => id)
        .sort((a, b) => a - b)
      let best: { id: number; score: number } | null = null
      for (const id of ids) {
        const c = known.get(id)
        if (!c || c.id === self || c.duplicateOf === self || !isNearDuplicate(print, c)) continue
        const score = overlap(print, c)
        if (!best || score > best.score) best = { id: c.duplicateOf ?? c.id, score }
      }
      return best
    },
    /** The i-th article is stored (as LOCAL + i), linked to `duplicateOf`. */
    add(i: number, duplicateOf: number | null) {
      const c = { ...prints[i], bands: [...new Set(prints[i].bands)], id: LOCAL + i, duplicateOf }
      locals.push(c)
      known.set(c.id, c)
    },
  }
}
