import { index, pgTable, text } from 'drizzle-orm/pg-core'
import { at, createdAt, id, parent } from './columns.ts'
import { roleEnum } from './enums.ts'

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull().default(''),
  role: roleEnum('role').notNull().default('viewer'),
  // scrypt, self-describing: "scrypt$N$r$p$salt$hash" so parameters can be raised later.
  passwordHash: text('password_hash').notNull(),
  disabledAt: at('disabled_at'),
  createdAt: createdAt(),
})

// Session ids and API tokens are stored only as SHA-256 digests: a leaked table opens nothing.
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: parent('user_id', () => users.id),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: parent('user_id', () => users.id),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  // First characters of the token, shown in lists so people can tell their tokens apart.
  prefix: text('prefix').notNull(),
  createdAt: createdAt(),
  lastUsedAt: at('last_used_at'),
  revokedAt: at('revoked_at'),
  // Null: never expires. A token past it authenticates nothing (same 401 as a revoked one).
  expiresAt: at('expires_at'),
  // "read": GET and HEAD only, for dashboards and spreadsheets that never write.
  scope: text('scope', { enum: ['full', 'read'] })
    .notNull()
    .default('full'),
})

export type User = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
export type Session = typeof sessions.$inferSelect
export type ApiToken = typeof apiTokens.$inferSelect
