import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { roleEnum } from './enums.ts'

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity()
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull().default(''),
  role: roleEnum('role').notNull().default('viewer'),
  // scrypt, self-describing: "scrypt$N$r$p$salt$hash" so parameters can be raised later.
  passwordHash: text('password_hash').notNull(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: createdAt(),
})

// Session ids and API tokens are stored only as SHA-256 digests: a leaked table opens nothing.
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: bigint('user_id', { mode: 'number' })
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  // First characters of the token, shown in lists so people can tell their tokens apart.
  prefix: text('prefix').notNull(),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  // Null: never expires. A token past it authenticates nothing (same 401 as a revoked one).
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  // "read": GET and HEAD only, for dashboards and spreadsheets that never write.
  scope: text('scope', { enum: ['full', 'read'] })
    .notNull()
    .default('full'),
})

export type User = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
export type Session = typeof sessions.$inferSelect
export type ApiToken = typeof apiTokens.$inferSelect
