import { type Static, Type } from 'typebox'
import { DESTINATION_KINDS } from '../db/schema/delivery.ts'
import { jobState } from '../exports/route-schemas.ts'
import { Nullable, NullableTimestamp, Timestamp } from '../http/schemas.ts'

const HttpUrl = (description: string) =>
  Type.String({ minLength: 8, maxLength: 500, pattern: '^https?://', description })

/** S3 access key id and secret key, or a WebDAV user name and password. Write-only. */
export const Credentials = Type.Object(
  {
    user: Type.String({ minLength: 1, maxLength: 200, description: 'S3 access key id, or WebDAV user name' }),
    secret: Type.String({ minLength: 1, maxLength: 500, description: 'S3 secret key, or WebDAV password' }),
  },
  { additionalProperties: false },
)
export type Credentials = Static<typeof Credentials>

const fields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  enabled: Type.Boolean(),
  // e-mail
  to: Type.Array(Type.String({ pattern: '^[^@\\s,<>]+@[^@\\s,<>]+$', maxLength: 254 }), {
    minItems: 1,
    maxItems: 20,
    description: 'e-mail: the recipients',
  }),
  subject: Type.String({ minLength: 1, maxLength: 200, description: 'e-mail: subject ({name}, {date})' }),
  attach_max_mb: Type.Number({
    minimum: 0,
    maximum: 25,
    description: 'e-mail: files larger than this are linked, not attached (default 10)',
  }),
  // S3
  endpoint: HttpUrl('S3: the service, e.g. https://s3.eu-west-1.amazonaws.com or a MinIO address'),
  bucket: Type.String({ pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$', description: 'S3: the bucket' }),
  prefix: Type.String({
    maxLength: 200,
    pattern: "^([A-Za-z0-9!_.*'()-]+/)*$",
    description: 'S3: folder of the keys, ending in "/" ("" for the top)',
  }),
  region: Type.String({ minLength: 1, maxLength: 40, description: 'S3: region (us-east-1 when unsure)' }),
  path_style: Type.Boolean({ description: 'S3: https://endpoint/bucket/key (default) or bucket.endpoint' }),
  // WebDAV
  url: HttpUrl('WebDAV: the folder files are put in'),
  credentials: Credentials,
}

export const DestinationCreate = Type.Object(
  {
    ...Type.Partial(Type.Object(fields)).properties,
    kind: Type.Enum(DESTINATION_KINDS),
    name: fields.name,
  },
  { additionalProperties: false },
)
export type DestinationCreate = Static<typeof DestinationCreate>

/** Any field but the kind; `credentials` replaces the stored ones (rotation), leaving the rest as it is. */
export const DestinationPatch = Type.Partial(Type.Object(fields), { additionalProperties: false })
export type DestinationPatch = Static<typeof DestinationPatch>

export type S3Settings = {
  endpoint: string
  bucket: string
  prefix?: string
  region?: string
  path_style?: boolean
}
export type WebdavSettings = { url: string }
export type EmailSettings = { to: string[]; subject?: string; attach_max_mb?: number }

export const Delivery = Type.Object({
  id: Type.Integer(),
  run_id: Type.Integer(),
  destination_id: Type.Integer(),
  slot: Type.String(),
  ...jobState,
  finished_at: NullableTimestamp,
  target: Nullable(Type.String()),
  response: Nullable(Type.String()),
  error: Nullable(Type.String()),
})

export const Destination = Type.Object({
  id: Type.Integer(),
  schedule_id: Type.Integer(),
  kind: Type.Enum(DESTINATION_KINDS),
  name: Type.String(),
  enabled: Type.Boolean(),
  to: Type.Optional(Type.Array(Type.String())),
  subject: Type.Optional(Type.String()),
  attach_max_mb: Type.Optional(Type.Number()),
  endpoint: Type.Optional(Type.String()),
  bucket: Type.Optional(Type.String()),
  prefix: Type.Optional(Type.String()),
  region: Type.Optional(Type.String()),
  path_style: Type.Optional(Type.Boolean()),
  url: Type.Optional(Type.String()),
  credentials: Type.Object(
    { set: Type.Boolean(), updated_at: Nullable(Type.String()) },
    { description: 'whether credentials are stored; they are never sent back' },
  ),
  last_delivery: Nullable(Delivery),
  created_at: Timestamp,
  updated_at: Timestamp,
})

export const TestResult = Type.Object({
  ok: Type.Boolean(),
  target: Nullable(Type.String()),
  response: Nullable(Type.String()),
  error: Nullable(Type.String()),
})
