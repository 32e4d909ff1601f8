import { Type } from 'typebox'
import { Nullable, Timestamp } from '../http/schemas.ts'

/** One audit-log entry as the API shows it: what was done, by whom, when, before and after. */
export const HistoryEntry = Type.Object({
  id: Type.Integer(),
  action: Type.String(),
  actor: Type.String(),
  actor_id: Nullable(Type.Integer()),
  at: Timestamp,
  before: Type.Unknown(),
  after: Type.Unknown(),
  note: Nullable(Type.String()),
})
