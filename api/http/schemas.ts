import { type TSchema, Type } from 'typebox'

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorResponse' },
)

/** A row's id, in a path or a body. */
export const Id = Type.Integer({ minimum: 1 })

export const IdParams = Type.Object({ id: Id })

/** The path of a thing under another (`/:id/runs/:run`): both ids. */
export const ChildParams = <K extends string>(child: K) =>
  Type.Object({ id: Id, ...({ [child]: Id } as Record<K, typeof Id>) })

export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()])

export const IsoDate = Type.String({ format: 'date' })

/** A web address: only http and https, since a stored link is rendered as one (`javascript:` never). */
export const HttpUrl = Type.String({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', maxLength: 2000 })

/** Standard error responses, merged into every route's `response`. */
export const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [c, Type.Ref('ErrorResponse')])) as Record<
    number,
    ReturnType<typeof Type.Ref>
  >

/** A list's page size: 1 to `maximum`, 50 when not given. */
export const PageLimit = (maximum: number) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum, default: 50 }))

/** A page of a list: its items, and where the next page starts (null: this was the last). */
export const Page = <I extends TSchema, C extends TSchema>(item: I, cursor: C) =>
  Type.Object({ items: Type.Array(item), next_cursor: Nullable(cursor) })

/** A whole list (no paging): its items. */
export const ListOf = <I extends TSchema>(item: I) => Type.Object({ items: Type.Array(item) })

/**
 * An instant as an answer gives it, `Date.toISOString()` text: named so that a schema says which of its
 * fields are times, and written once.
 */
export const Timestamp = Type.String()

/** An instant that may not be there (not yet sent, never revoked, not polled yet). */
export const NullableTimestamp = Nullable(Timestamp)

/** A calendar day, YYYY-MM-DD, that may be unknown: the day an article or a report is of. */
export const NullableDay = Nullable(Type.String())

/** A stored instant as a NullableTimestamp field gives it. */
export const timestampOrNull = (d: Date | null | undefined): string | null => d?.toISOString() ?? null
