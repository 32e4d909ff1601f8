import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'

export const outlets = pgTable(
  'outlets',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    domain: text('domain'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outlets_name_key').on(sql`lower(${t.name})`),
    uniqueIndex('outlets_domain_key').on(t.domain),
  ],
)

export const articles = pgTable(
  'articles',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    title: text('title'),
    url: text('url').unique(),
    outletId: bigint('outlet_id', { mode: 'number' }).references(() => outlets.id),
    published: date('published', { mode: 'string' }),
    // Set when no date was given or found in the text, so review can ask for one.
    dateUnknown: boolean('date_unknown').notNull().default(false),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull().unique(),
    language: text('language'),
    // Near-duplicate fingerprint (see text/near-duplicate.ts): MinHash signature, bottom-k sketch of
    // shingle hashes, and shingle count; LSH band keys live in article_bands for candidate lookup.
    signature: integer('signature').array().notNull(),
    sketch: integer('sketch').array().notNull(),
    shingleCount: integer('shingle_count').notNull(),
    duplicateOf: bigint('duplicate_of', { mode: 'number' }).references((): AnyPgColumn => articles.id),
    duplicateScore: real('duplicate_score'),
    ingestedBy: bigint('ingested_by', { mode: 'number' }).references(() => users.id),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.band, t.articleId] }), index('article_bands_article_idx').on(t.articleId)],
)

export type Outlet = typeof outlets.$inferSelect
export type Article = typeof articles.$inferSelect
export type NewArticle = typeof articles.$inferInsert
