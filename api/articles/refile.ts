// When an article's date changes (an upload that came without one, a wrong date corrected), the dates
// its claims were read with change too: "on Thursday" and "since late April" mean other days. The
// text is read again with the old and the new date; a claim's as-of and since dates that are still
// what the extractor gave follow the new date, and dates an editor set stay. The claims are then
// filed again (a new period is another series) and every series they left or joined is refreshed,
// in the article edit's transaction.
import { eq, sql } from 'drizzle-orm'
import { type Actor, audit } from '../audit/audit.ts'
import { claimToApi } from '../claims/shape.ts'
import { type ClaimRow, claims } from '../db/schema/index.ts'
import type { Tx } from '../db/sql.ts'
import { extractClaims } from '../extractor/index.ts'
import { assignClaims } from '../series/store/assign.ts'
import { refreshSeries } from '../series/store/claims.ts'

const at = (c: { start: number | null; end: number | null; metric: string }) =>
  `${c.start}:${c.end}:${c.metric}`

function readDates(text: string, published: string | null) {
  const out = new Map<string, { asOf: string | null; sinceDate: string | null }>()
  for (const c of extractClaims(text, { published: published ?? undefined }))
    out.set(at(c), { asOf: c.as_of, sinceDate: c.since_date })
  return out
}

export async function refileArticle(
  tx: Tx,
  actor: Actor,
  article: { id: number; text: string },
  oldDate: string | null,
  newDate: string | null,
) {
  const mine = await tx.select().from(claims).where(eq(claims.articleId, article.id)).for('update')
  const touched = new Set(mine.flatMap((c) => (c.seriesId ? [c.seriesId] : [])))
  const redated: ClaimRow[] = []
  if (oldDate !== newDate) {
    const before = readDates(article.text, oldDate)
    const after = readDates(article.text, newDate)
    for (const c of mine) {
      if (c.origin !== 'extracted') continue
      const key = at({ start: c.quoteStart, end: c.quoteEnd, metric: c.metric })
      const was = before.get(key)
      const now = after.get(key)
      if (!was || !now) continue
      const set: Partial<ClaimRow> = {}
      if (c.asOf === was.asOf && now.asOf !== c.asOf) set.asOf = now.asOf
      if (c.sinceDate === was.sinceDate && now.sinceDate !== c.sinceDate) set.sinceDate = now.sinceDate
      if (!Object.keys(set).length) continue
      const [written] = await tx
        .update(claims)
        .set({ ...set, version: sql`${claims.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
        .where(eq(claims.id, c.id))
        .returning()
      redated.push(written)
      await audit(tx, actor, {
        entity: 'claim',
        entityId: c.id,
        action: 'edit',
        before: claimToApi(c),
        after: claimToApi(written),
        note: `article ${article.id} dated ${newDate ?? 'unknown'}`,
      })
    }
  }
  const texts = new Map([[article.id, article.text]])
  for (const id of await assignClaims(tx, redated, texts)) touched.add(id)
  // The outlet and date of every claim's citation changed: every series it is in is recomputed.
  await refreshSeries(tx, [...touched])
  return redated.length
}
