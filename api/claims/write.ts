import { and, eq, inArray, sql } from 'drizzle-orm'
import { type Actor, audit } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { Db } from '../db/client.ts'
import { articles, type ClaimRow, type ClaimStatus, claims, type NewClaimRow } from '../db/schema/index.ts'
import type { Tx } from '../db/sql.ts'
import type { Claim } from '../extractor/types.ts'
import { placeColumns } from '../geo/store/columns.ts'
import { badRequest, HttpError, notFound } from '../http/errors.ts'
import { recordReviewEvents } from '../series/store/alert-outbox.ts'
import { assignClaims } from '../series/store/assign.ts'
import { refreshSeries } from '../series/store/claims.ts'
import { auditRefiling, refiling } from './refile.ts'
import { claimToApi, EDITABLE } from './shape.ts'
import { sinceDate } from './since-date.ts'

export type ClaimFields = Partial<Omit<Claim, 'start' | 'end'>> & {
  start?: number | null
  end?: number | null
  citation?: string | null
}

function toColumns(fields: ClaimFields): Partial<NewClaimRow> {
  const out: Record<string, unknown> = {}
  for (const [api, column] of Object.entries(EDITABLE)) {
    if (api in fields) out[column] = (fields as Record<string, unknown>)[api]
  }
  if (typeof out.country === 'string') out.country = out.country.toUpperCase()
  return out as Partial<NewClaimRow>
}

/** Figures must make sense together: these are the rules of claims-format.md. */
function checkFigure(c: Pick<ClaimRow, 'low' | 'high' | 'qualifier'>) {
  if (c.high !== null && c.high < c.low) throw badRequest('body.high', 'must not be below low')
  if (c.qualifier === 'exact' && c.high !== null && c.high !== c.low)
    throw badRequest('body.high', 'must equal low for an exact figure')
  if (c.qualifier === 'range' && c.high === null) throw badRequest('body.high', 'is required for a range')
}

/** A quote must sit in its article; offsets are found when not given, and checked when given. */
function placeQuote(text: string, quote: string, start?: number | null, end?: number | null) {
  if (start != null && end != null) {
    if (text.slice(start, end) !== quote)
      throw badRequest('body.start', 'start/end do not point at the quote in the article')
    return { quoteStart: start, quoteEnd: end }
  }
  const at = text.indexOf(quote)
  if (at < 0) throw badRequest('body.quote', 'is not in the article text')
  return { quoteStart: at, quoteEnd: at + quote.length }
}

async function articleText(tx: Tx | Db, articleId: number) {
  const [a] = await tx.select({ text: articles.text }).from(articles).where(eq(articles.id, articleId))
  if (!a) throw badRequest('body.article_id', `article ${articleId} does not exist`)
  return a.text
}

async function articleDate(tx: Tx, articleId: number | null | undefined) {
  if (!articleId) return null
  const [a] = await tx
    .select({ published: articles.published })
    .from(articles)
    .where(eq(articles.id, articleId))
  return a?.published ?? null
}

async function reread(tx: Tx, id: number) {
  const [row] = await tx.select().from(claims).where(eq(claims.id, id))
  return row
}

export async function getClaim(db: Db, id: number) {
  const [row] = await db.select().from(claims).where(eq(claims.id, id))
  if (!row) throw notFound('Claim', id)
  return row
}

const auditedClaims = auditedEdits({ entity: 'claim', label: 'Claim', table: claims, toApi: claimToApi })

export async function createManualClaim(
  db: Db,
  actor: Actor,
  input: ClaimFields & Pick<Claim, 'metric' | 'low' | 'qualifier' | 'quote'> & { article_id?: number | null },
) {
  if (!input.article_id && !input.citation?.trim()) {
    throw badRequest('body.citation', 'a claim without an article needs a citation (text or URL)')
  }
  return db.transaction(async (tx) => {
    const columns = toColumns(input)
    // "since late April" typed without its date is read as the extractor reads it in articles.
    if (input.since && input.since_date === undefined)
      columns.sinceDate = sinceDate(input.since, input.as_of ?? (await articleDate(tx, input.article_id)))
    const placed = input.article_id
      ? placeQuote(await articleText(tx, input.article_id), input.quote, input.start, input.end)
      : { quoteStart: null, quoteEnd: null }
    const row = {
      high: input.qualifier === 'exact' ? input.low : null,
      ...columns,
      ...placed,
      articleId: input.article_id ?? null,
      origin: 'manual' as const,
      confidence: 1,
      createdBy: actor.id,
      updatedBy: actor.id,
    } as NewClaimRow
    checkFigure({ low: row.low, high: row.high ?? null, qualifier: row.qualifier })
    Object.assign(row, placeColumns({ location: row.location ?? null, country: row.country ?? null }))
    const [inserted] = await tx.insert(claims).values(row).returning()
    await refreshSeries(tx, await assignClaims(tx, [inserted]))
    const created = await reread(tx, inserted.id)
    await auditedClaims.created(tx, actor, created)
    return created
  })
}

/**
 * Applies an edit made against `version`. If someone changed the claim since, nothing is written and
 * the caller gets 409 with the current claim, so no edit silently overwrites another.
 */
export async function updateClaim(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  fields: ClaimFields,
  reason?: string,
) {
  return db.transaction(async (tx) => {
    const { after } = await auditedClaims.change(
      tx,
      actor,
      id,
      'edit',
      async (tx, current) => {
        if (current.version !== version) {
          throw new HttpError(
            409,
            'version_conflict',
            `Claim ${id} was changed by someone else (now version ${current.version}).`,
            { current: claimToApi(current) },
          )
        }
        const changes = toColumns(fields)
        const next = { ...current, ...changes } as ClaimRow
        checkFigure(next)
        if ('quote' in changes || 'quoteStart' in changes || 'quoteEnd' in changes) {
          if (next.articleId) {
            Object.assign(
              changes,
              placeQuote(await articleText(tx, next.articleId), next.quote, fields.start, fields.end),
            )
          }
        }
        if (!next.articleId && !next.citation?.trim())
          throw badRequest('body.citation', 'must not be empty without an article')
        if ('location' in changes || 'country' in changes) Object.assign(changes, placeColumns(next))
        const [written] = await tx
          .update(claims)
          .set({
            ...changes,
            ...refiling(current, changes),
            version: sql`${claims.version} + 1`,
            updatedAt: sql`now()`,
            updatedBy: actor.id,
          })
          .where(eq(claims.id, id))
          .returning()
        // A corrected figure may belong to another series, and always changes its series' summary.
        await refreshSeries(tx, await assignClaims(tx, [written]))
        const updated = await reread(tx, id)
        await auditRefiling(tx, actor, current, updated)
        return updated
      },
      reason,
    )
    return after
  })
}

/**
 * Verify, reject or reopen claims, each at the version the reviewer read: if any changed since (its
 * figure may not be the one they saw), nothing is written and the caller gets 409 with the current
 * claims. One audit entry per claim whose status actually changes.
 */
export async function reviewClaims(
  db: Db,
  actor: Actor,
  read: { id: number; version: number }[],
  status: ClaimStatus,
  note?: string,
) {
  const ids = [...new Set(read.map((r) => r.id))]
  return db.transaction(async (tx) => {
    const current = await tx.select().from(claims).where(inArray(claims.id, ids)).for('update')
    const missing = ids.filter((id) => !current.some((c) => c.id === id))
    if (missing.length) throw notFound('Claim', missing.join(', '))
    const stale = current.filter((c) => read.some((r) => r.id === c.id && r.version !== c.version))
    if (stale.length) {
      throw new HttpError(
        409,
        'version_conflict',
        `Claim ${stale.map((c) => `${c.id} (now version ${c.version})`).join(', ')} changed since you read it.`,
        { current: stale.map(claimToApi) },
      )
    }
    const changed = current.filter((c) => c.status !== status).map((c) => c.id)
    if (!changed.length) return current
    const updated = await tx
      .update(claims)
      .set({ status, version: sql`${claims.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(and(inArray(claims.id, changed)))
      .returning()
    // Rejected claims leave their series' points, so summaries change.
    await refreshSeries(tx, [
      ...new Set(updated.map((u) => u.seriesId).filter((s): s is number => s !== null)),
    ])
    await recordReviewEvents(tx, updated)
    for (const u of updated) {
      const before = current.find((c) => c.id === u.id)!
      await audit(tx, actor, {
        entity: 'claim',
        entityId: u.id,
        action: status === 'verified' ? 'verify' : status === 'rejected' ? 'reject' : 'reopen',
        before: { status: before.status, version: before.version },
        after: { status: u.status, version: u.version },
        note,
      })
    }
    return [...current.filter((c) => !changed.includes(c.id)), ...updated].sort((a, b) => a.id - b.id)
  })
}
