import { type Static, Type } from 'typebox'
import { HttpUrl, IsoDate, Nullable, NullableDay, PageLimit, Timestamp } from '../http/schemas.ts'

export const OutletRef = Type.Union([
  Type.String({ minLength: 1, maxLength: 200 }),
  Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 200 }),
      domain: Type.Optional(Nullable(Type.String({ maxLength: 253 }))),
    },
    { additionalProperties: false },
  ),
])

export const MAX_ARTICLE_CHARS = 2_000_000

export const ArticleCreate = Type.Object(
  {
    text: Type.Optional(
      Type.String({ maxLength: MAX_ARTICLE_CHARS, description: 'plain text of the article' }),
    ),
    html: Type.Optional(
      Type.String({ maxLength: MAX_ARTICLE_CHARS, description: 'or its HTML, converted to text' }),
    ),
    title: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    url: Type.Optional(Nullable(HttpUrl)),
    outlet: Type.Optional(Nullable(OutletRef)),
    published: Type.Optional(Nullable(IsoDate)),
    language: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  },
  { additionalProperties: false },
)

export const ArticlePatch = Type.Object(
  {
    title: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    url: Type.Optional(Nullable(HttpUrl)),
    outlet: Type.Optional(Nullable(OutletRef)),
    published: Type.Optional(Nullable(IsoDate)),
    language: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const ArticleSummary = Type.Object({
  id: Type.Integer(),
  title: Nullable(Type.String()),
  url: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  outlet_id: Nullable(Type.Integer()),
  published: NullableDay,
  date_unknown: Type.Boolean(),
  language: Nullable(Type.String()),
  language_supported: Type.Boolean({ description: 'false when Tally does not read the language: no claims' }),
  language_note: Nullable(
    Type.String({ description: 'why the article has no claims, when it is its language' }),
  ),
  duplicate_of: Nullable(Type.Integer()),
  duplicate_score: Nullable(Type.Number()),
  ingested_at: Timestamp,
  claim_count: Type.Integer(),
})

export const ArticleDetail = Type.Object({
  ...ArticleSummary.properties,
  text: Type.String(),
  content_hash: Type.String(),
  duplicates: Type.Array(
    Type.Object({ id: Type.Integer(), title: Nullable(Type.String()), score: Nullable(Type.Number()) }),
  ),
})

export const IngestResponse = Type.Object({
  status: Type.Union([Type.Literal('created'), Type.Literal('existing')]),
  article: ArticleSummary,
})

export const BatchCreate = Type.Object(
  {
    // Each article is checked on its own (routes/articles), so one bad item is reported, not the batch.
    articles: Type.Array(
      Type.Unsafe<Static<typeof ArticleCreate>>({
        description: 'an article as for POST /api/articles; each is checked on its own',
      }),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  { additionalProperties: false },
)

export const BatchResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      index: Type.Integer(),
      status: Type.Union([Type.Literal('created'), Type.Literal('existing'), Type.Literal('error')]),
      article_id: Nullable(Type.Integer()),
      claim_count: Type.Integer(),
      language: Nullable(Type.String()),
      language_supported: Type.Boolean(),
      language_note: Nullable(Type.String()),
      error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
    }),
  ),
  created: Type.Integer(),
  existing: Type.Integer(),
  failed: Type.Integer(),
})

export const ArticleQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    outlet: Type.Optional(Type.String({ maxLength: 200 })),
    date_unknown: Type.Optional(Type.Boolean()),
    language_supported: Type.Optional(
      Type.Boolean({ description: 'false: only articles in a language Tally does not read (no claims)' }),
    ),
    limit: PageLimit(200),
    cursor: Type.Optional(Type.Integer({ minimum: 1, description: 'the last id of the previous page' })),
  },
  { additionalProperties: false },
)

export const Outlet = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  domain: Nullable(Type.String()),
  articles: Type.Integer(),
})
