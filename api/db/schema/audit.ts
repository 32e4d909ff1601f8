import { sql } from 'drizzle-orm'
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { at, id, int64, ref, updatedAt } from './columns.ts'

// Append-only: no route updates or deletes these rows.
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    entity: text('entity').notNull(),
    entityId: int64('entity_id').notNull(),
    action: text('action').notNull(),
    actorId: ref('actor_id', () => users.id),
    // Human-readable actor at the time ("ana@ngo.org", "system"), kept even if the user is removed.
    actorLabel: text('actor_label').notNull(),
    at: at('at').notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
    note: text('note'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId, t.id),
    // Sign-in entries are looked up by the e-mail tried (accounts/sign-in.ts).
    index('audit_sign_in_idx').on(t.actorLabel, t.id).where(sql`${t.entity} = 'sign_in'`),
  ],
)

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
})

export type AuditEntry = typeof auditLog.$inferSelect
