import { Type } from 'typebox'
import { ROLES } from '../db/schema/enums.ts'
import { Id, Nullable, NullableTimestamp, Timestamp } from '../http/schemas.ts'

export const Role = Type.Enum(ROLES)

export const PublicUser = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  created_at: Timestamp,
})

export const UserCreate = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    password: Type.String({ maxLength: 1000 }),
    role: Role,
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)

export const UserPatch = Type.Object(
  {
    role: Type.Optional(Role),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const PublicToken = Type.Object({
  id: Type.Integer(),
  user_id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String(),
  created_at: Timestamp,
  last_used_at: NullableTimestamp,
  revoked_at: NullableTimestamp,
  expires_at: NullableTimestamp,
  scope: Type.Union([Type.Literal('full'), Type.Literal('read')]),
})

/** One of my signed-in sessions, as the account page lists them. */
export const SessionInfo = Type.Object({
  id: Type.String({ description: 'a short handle of the session (not its secret)' }),
  created_at: Timestamp,
  expires_at: Timestamp,
  current: Type.Boolean(),
})

export const TokenCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    user_id: Type.Optional(Id),
    scope: Type.Optional(
      Type.Union([Type.Literal('full'), Type.Literal('read')], {
        description: '"read": GET and HEAD only; default "full" (what the user may do)',
      }),
    ),
    expires_in_days: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 3650,
        description: 'the token stops working after this; default never',
      }),
    ),
  },
  { additionalProperties: false },
)

export const NullableString = Nullable(Type.String())
