import { Type } from 'typebox'
import { CLAIM_ORIGINS, CLAIM_STATUSES } from '../db/schema/enums.ts'
import { METRICS, QUALIFIERS, UNITS } from '../extractor/types.ts'
import { Id, IsoDate, Nullable, PageLimit, Timestamp } from '../http/schemas.ts'

export const CLAIM_SORTS = ['-id', 'id', 'confidence', '-as_of'] as const

export const Metric = Type.Enum(METRICS)
export const Unit = Type.Enum(UNITS)
export const Qualifier = Type.Enum(QUALIFIERS)
export const Status = Type.Enum(CLAIM_STATUSES)

/** The editable fields of a claim, as in claims-format.md. */
const fields = {
  metric: Metric,
  unit: Unit,
  low: Type.Number({ minimum: 0 }),
  high: Nullable(Type.Number({ minimum: 0 })),
  qualifier: Qualifier,
  who: Type.String({ minLength: 1, maxLength: 200 }),
  source: Nullable(Type.String({ maxLength: 300 })),
  since: Nullable(Type.String({ maxLength: 100 })),
  since_date: Nullable(IsoDate),
  as_of: Nullable(IsoDate),
  location: Nullable(Type.String({ maxLength: 200 })),
  country: Nullable(Type.String({ pattern: '^[A-Za-z]{3}$' })),
  quote: Type.String({ minLength: 1, maxLength: 2000 }),
  start: Nullable(Type.Integer({ minimum: 0 })),
  end: Nullable(Type.Integer({ minimum: 0 })),
  context: Nullable(
    Type.String({
      maxLength: 2000,
      description: 'the table row or column label a figure belongs to, when it is outside the quote',
    }),
  ),
  denied: Type.Boolean(),
  projected: Type.Boolean(),
  citation: Nullable(Type.String({ maxLength: 2000 })),
}

const optionalFields = Type.Partial(Type.Object(fields)).properties

const ReadVersion = Type.Integer({ minimum: 1, description: 'the version you read; 409 if it changed' })

export const ClaimCreate = Type.Object(
  {
    ...optionalFields,
    metric: fields.metric,
    low: fields.low,
    qualifier: fields.qualifier,
    quote: fields.quote,
    article_id: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false },
)

export const ClaimPatch = Type.Object(
  {
    ...optionalFields,
    version: ReadVersion,
    reason: Type.Optional(
      Type.String({ maxLength: 2000, description: 'why: kept in the audit trail and change logs' }),
    ),
  },
  { additionalProperties: false },
)

export const ClaimReview = Type.Object(
  { version: ReadVersion, note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
)

export const BulkReview = Type.Object(
  {
    claims: Type.Array(Type.Object({ id: Id, version: ReadVersion }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 500,
    }),
    status: Status,
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)

export const Claim = Type.Object({
  id: Type.Integer(),
  article_id: Nullable(Type.Integer()),
  origin: Type.Enum(CLAIM_ORIGINS),
  ...fields,
  confidence: Type.Number(),
  status: Status,
  series_id: Nullable(Type.Integer()),
  version: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp,
})

export const ClaimListItem = Type.Object({
  ...Claim.properties,
  outlet: Nullable(Type.String()),
  article_title: Nullable(Type.String()),
  article_url: Nullable(Type.String()),
  filed_place: Nullable(
    Type.Object(
      { name: Nullable(Type.String()), country: Nullable(Type.String()) },
      { description: "the place of the claim's series (what the place filter matches); null when unfiled" },
    ),
  ),
})

/** Place filters shared by the claims list and the exports: the resolved place, and the place as written. */
const placeFilters = {
  place: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        'the resolved place, as series and exports show it: a first-level division ("Idlib" also ' +
        'finds "Khan Sheikhoun"), a country name or ISO3 code (every place in it), or part of a name',
    }),
  ),
  place_text: Type.Optional(
    Type.String({ maxLength: 200, description: 'part of the place as the sentence wrote it' }),
  ),
  country: Type.Optional(
    Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO3 country the claim is filed under' }),
  ),
  adm1: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$',
      description: 'ISO 3166-2 first-level division the place resolves into ("SY-ID"); see /api/places',
    }),
  ),
}

/** The filters the claims list (as query parameters) and the stored filters (as JSON) share. */
const sharedFilters = {
  origin: Type.Optional(Type.Union([Type.Literal('extracted'), Type.Literal('manual')])),
  who: Type.Optional(Type.String({ maxLength: 200 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
  outlet: Type.Optional(Type.String({ maxLength: 200 })),
  ...placeFilters,
  article_id: Type.Optional(Id),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  include_projected: Type.Optional(Type.Boolean()),
}

export const ClaimQuery = Type.Object(
  {
    metric: Type.Optional(Type.String({ description: 'one metric or several, comma-separated' })),
    status: Type.Optional(Type.String({ description: 'pending, verified, rejected; comma-separated' })),
    articles: Type.Optional(
      Type.String({
        pattern: '^[0-9]+(,[0-9]+){0,199}$',
        maxLength: 2400,
        description: 'article ids, comma-separated (the inbox)',
      }),
    ),
    ...sharedFilters,
    sort: Type.Optional(Type.Enum(CLAIM_SORTS)),
    limit: PageLimit(500),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
)

/** The claims-list filters: the claims list, exports, schedules and feeds. */
export const ClaimFilters = Type.Object(
  {
    metric: Type.Optional(Type.Array(Type.Enum(METRICS), { uniqueItems: true })),
    status: Type.Optional(Type.Array(Type.Enum(CLAIM_STATUSES), { uniqueItems: true })),
    articles: Type.Optional(Type.Array(Id, { maxItems: 200 })),
    ...sharedFilters,
    // Claims changed (stored, edited, reviewed) at or after this instant: live feeds' ?since=.
    changed_since: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
)
