import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { at, createdAt, day, flag, id, parent, ref, updatedAt } from './columns.ts'

export const outlets = pgTable(
  'outlets',
  {
    id: id(),
    name: text('name').notNull(),
    domain: text('domain'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outlets_name_key').on(sql`lower(${t.name})`),
    uniqueIndex('outlets_domain_key').on(t.domain),
  ],
)

export const articles = pgTable(
  'articles',
  {
    id: id(),
    title: text('title'),
    url: text('url').unique(),
    outletId: ref('outlet_id', () => outlets.id),
    published: day('published'),
    // Set when no date was given or found in the text, so review can ask for one.
    dateUnknown: flag('date_unknown'),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull().unique(),
    language: text('language'),
    // Near-duplicate fingerprint (see text/near-duplicate.ts): MinHash signature, bottom-k sketch of
    // shingle hashes, and shingle count; LSH band keys live in article_bands for candidate lookup.
    signature: integer('signature').array().notNull(),
    sketch: integer('sketch').array().notNull(),
    shingleCount: integer('shingle_count').notNull(),
    duplicateOf: ref('duplicate_of', (): AnyPgColumn => articles.id),
    duplicateScore: real('duplicate_score'),
    ingestedBy: ref('ingested_by', () => users.id),
    ingestedAt: at('ingested_at').notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('articles_outlet_idx').on(t.outletId),
    index('articles_published_idx').on(t.published),
    index('articles_duplicate_of_idx').on(t.duplicateOf),
  ],
)

export const articleBands = pgTable(
  'article_bands',
  {
    band: text('band').notNull(),
    articleId: parent('article_id', () => articles.id),
  },
  (t) => [primaryKey({ columns: [t.band, t.articleId] }), index('article_bands_article_idx').on(t.articleId)],
)

export type Outlet = typeof outlets.$inferSelect
export type Article = typeof articles.$inferSelect
export type NewArticle = typeof articles.$inferInsert
