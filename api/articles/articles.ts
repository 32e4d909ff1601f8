import { and, desc, eq, ilike, isNotNull, lt, not, notInArray, or, type SQL, sql } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { Db } from '../db/client.ts'
import { type Article, articles, claims, outlets } from '../db/schema/index.ts'
import { SUPPORTED_LANGUAGES, unreadLanguageNote } from '../extractor/index.ts'
import { badRequest, notFound } from '../http/errors.ts'
import type { ArticleInput } from '../ingest/ingest.ts'
import { type OutletInput, resolveOutlet } from '../ingest/outlets.ts'
import { htmlToText } from '../text/article-text.ts'
import { refileArticle } from './refile.ts'

const claimCount = sql<number>`(select count(*)::int from ${claims} where ${claims.articleId} = ${articles.id})`

const summaryColumns = {
  article: articles,
  outlet: outlets.name,
  claimCount,
}

function toSummary(r: { article: Article; outlet: string | null; claimCount: number }) {
  const a = r.article
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    outlet: r.outlet,
    outlet_id: a.outletId,
    published: a.published,
    date_unknown: a.dateUnknown,
    ...languageOf(a.language),
    duplicate_of: a.duplicateOf,
    duplicate_score: a.duplicateScore,
    ingested_at: a.ingestedAt.toISOString(),
    claim_count: Number(r.claimCount),
  }
}

/** The article's language and, when Tally does not read it, a note saying so (never a silent zero). */
export function languageOf(language: string | null) {
  const note = unreadLanguageNote(language)
  return { language, language_supported: note === null, language_note: note }
}

/** Turns an API body (text or HTML) into what ingestion takes; HTML loses scripts, styles and markup. */
export function toArticleInput(body: ArticleInput & { html?: string }): ArticleInput & { text: string } {
  if (body.text !== undefined && body.html !== undefined)
    throw badRequest('body.html', 'send text or html, not both')
  if (body.html !== undefined) {
    const { title, text } = htmlToText(body.html)
    return { ...body, text, title: body.title ?? title }
  }
  if (body.text === undefined) throw badRequest('body.text', 'is required (or send html)')
  return { ...body, text: body.text }
}

async function articleRow(db: Db, id: number) {
  const [row] = await db
    .select(summaryColumns)
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(eq(articles.id, id))
  if (!row) throw notFound('Article', id)
  return row
}

export async function getArticleSummary(db: Db, id: number) {
  return toSummary(await articleRow(db, id))
}

export async function getArticle(db: Db, id: number) {
  const row = await articleRow(db, id)
  // Its original and its other copies, so a reader sees the whole family of a wire story.
  const family = row.article.duplicateOf ?? row.article.id
  const duplicates = await db
    .select({ id: articles.id, title: articles.title, score: articles.duplicateScore })
    .from(articles)
    .where(and(or(eq(articles.id, family), eq(articles.duplicateOf, family)), sql`${articles.id} <> ${id}`))
  return { ...toSummary(row), text: row.article.text, content_hash: row.article.contentHash, duplicates }
}

export async function listArticles(
  db: Db,
  f: {
    q?: string
    outlet?: string
    date_unknown?: boolean
    language_supported?: boolean
    limit: number
    cursor?: number
  },
) {
  const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(
      and(
        f.q ? or(ilike(articles.title, like(f.q)), ilike(articles.text, like(f.q))) : undefined,
        f.outlet ? ilike(outlets.name, like(f.outlet)) : undefined,
        f.date_unknown === undefined ? undefined : eq(articles.dateUnknown, f.date_unknown),
        f.language_supported === undefined ? undefined : languageRead(f.language_supported),
        f.cursor ? lt(articles.id, f.cursor) : undefined,
      ),
    )
    .orderBy(desc(articles.id))
    .limit(f.limit + 1)
  const items = rows.slice(0, f.limit).map(toSummary)
  return { items, next_cursor: rows.length > f.limit ? (items.at(-1)?.id ?? null) : null }
}

/** Articles in a language Tally reads (or one it could not tell), or only those it does not read. */
function languageRead(read: boolean) {
  const unread = and(isNotNull(articles.language), notInArray(articles.language, [...SUPPORTED_LANGUAGES]))
  return read ? not(unread as SQL) : unread
}

// An article's metadata as its audit entries keep it.
const auditedArticles = auditedEdits({
  entity: 'article',
  label: 'Article',
  table: articles,
  toApi: (a: Article) => ({
    title: a.title,
    url: a.url,
    outlet_id: a.outletId,
    published: a.published,
    language: a.language,
  }),
})

/** Edits an article's metadata (never its text: claims point into it). */
export async function updateArticle(
  db: Db,
  actor: Actor,
  id: number,
  patch: {
    title?: string | null
    url?: string | null
    outlet?: OutletInput
    published?: string | null
    language?: string | null
  },
) {
  return db.transaction(async (tx) => {
    const { after } = await auditedArticles.change(tx, actor, id, 'edit', async (tx, before) => {
      const set: Partial<Article> = {}
      if ('title' in patch) set.title = patch.title ?? null
      if ('url' in patch) set.url = patch.url ?? null
      if ('language' in patch) set.language = patch.language ?? null
      if ('published' in patch) {
        set.published = patch.published ?? null
        set.dateUnknown = !patch.published
      }
      if ('outlet' in patch) set.outletId = await resolveOutlet(tx, patch.outlet, patch.url ?? before.url)
      const [after] = await tx
        .update(articles)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(articles.id, id))
        .returning()
        .catch((err) => {
          if (err?.code === '23505' || err?.cause?.code === '23505')
            throw badRequest('body.url', 'another article has this URL')
          throw err
        })
      await refileArticle(tx, actor, before, before.published, after?.published ?? null)
      return after
    })
    return after
  })
}
