import { type Static, Type } from 'typebox'
import { ChildParams, IsoDate, Nullable, Timestamp } from '../http/schemas.ts'

export const AnnotationCreate = Type.Object(
  {
    on: IsoDate,
    note: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'what happened that day ("ceasefire announced")',
    }),
  },
  { additionalProperties: false },
)
export type AnnotationCreate = Static<typeof AnnotationCreate>

export const AnnotationItem = Type.Object({
  id: Type.Integer(),
  series_id: Type.Integer(),
  on: Type.String({ description: 'the day the note is about (YYYY-MM-DD)' }),
  note: Type.String(),
  author: Nullable(Type.String()),
  created_at: Timestamp,
})
export type AnnotationItem = Static<typeof AnnotationItem>

export const AnnotationParams = ChildParams('annotation')
