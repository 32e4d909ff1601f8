import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { Db } from '../db/client.ts'
import { apiTokens, type Role, sessions, type User, users } from '../db/schema/index.ts'
import { HttpError } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import { keepOneAdmin } from './last-admin.ts'
import { checkNewPassword } from './password-policy.ts'
import { decoyHash, digest, hashPassword, newSecret, verifyPassword } from './secrets.ts'

export { MIN_PASSWORD_LENGTH } from '../accounts/password-policy.ts'
export const TOKEN_PREFIX = 'tly_'

/** A user as the API shows it: never the password hash. */
export function publicUser(u: User) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    created_at: u.createdAt.toISOString(),
  }
}

const auditedUsers = auditedEdits({ entity: 'user', label: 'User', table: users, toApi: publicUser })
const auditedTokens = auditedEdits({
  entity: 'api_token',
  label: 'Token',
  table: apiTokens,
  toApi: publicToken,
})

export async function createUser(
  db: Db,
  actor: Actor,
  input: { email: string; password: string; role: Role; name?: string },
): Promise<User> {
  checkNewPassword(input.password)
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email.toLowerCase(), name: input.name ?? '', role: input.role, passwordHash })
      .onConflictDoNothing()
      .returning()
    if (!user) throw new HttpError(409, 'email_taken', `A user with e-mail ${input.email} already exists.`)
    await auditedUsers.created(tx, actor, user)
    return user
  })
}

/** Checks credentials; unknown e-mail and wrong password take the same path and the same time. */
export async function authenticate(db: Db, email: string, password: string): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()))
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))
  return ok && user && !user.disabledAt ? user : null
}

export async function startSession(
  db: Db,
  user: User,
  ttlHours: number,
): Promise<{ id: string; expiresAt: Date }> {
  const id = newSecret()
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000)
  await db.insert(sessions).values({ idHash: digest(id), userId: user.id, expiresAt })
  return { id, expiresAt }
}

export async function endSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.idHash, digest(id)))
}

// A read must not become a write: the last use is recorded at most once a minute per token, so
// concurrent clients of one token do not queue on its row lock and reads cost no WAL flush.
const LAST_USE_RESOLUTION = sql`interval '1 minute'`

// The reads every request makes, built once per database rather than on each request, and named so
// that the server parses and plans them once per connection.
function authQueries(db: Db) {
  return {
    session: db
      .select({ user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.idHash, sql.placeholder('hash')),
          gt(sessions.expiresAt, sql`now()`),
          isNull(users.disabledAt),
        ),
      )
      .prepare('tally_session_user'),
    token: db
      .select({
        user: users,
        tokenId: apiTokens.id,
        scope: apiTokens.scope,
        // Compared in the database so that the app's and the server's clocks cannot disagree.
        stale: sql<boolean>`${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < now() - ${LAST_USE_RESOLUTION}`,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.tokenHash, sql.placeholder('hash')),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
          isNull(users.disabledAt),
        ),
      )
      .prepare('tally_token_user'),
  }
}
const prepared = new WeakMap<Db, ReturnType<typeof authQueries>>()
function queries(db: Db) {
  let q = prepared.get(db)
  if (!q) {
    q = authQueries(db)
    prepared.set(db, q)
  }
  return q
}

export async function findUserBySession(db: Db, id: string): Promise<User | null> {
  const [row] = await queries(db).session.execute({ hash: digest(id) })
  return row?.user ?? null
}

export async function findUserByApiToken(
  db: Db,
  token: string,
): Promise<(User & { tokenScope: 'full' | 'read' }) | null> {
  const [row] = await queries(db).token.execute({ hash: digest(token) })
  if (!row) return null
  if (row.stale) {
    // Conditional, so that of many requests that saw it stale at once only one writes.
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - ${LAST_USE_RESOLUTION}`)),
        ),
      )
  }
  return { ...row.user, tokenScope: row.scope }
}

export async function createApiToken(
  db: Db,
  actor: Actor,
  userId: number,
  name: string,
  options: { scope?: 'full' | 'read'; expiresInDays?: number } = {},
) {
  const token = newSecret(TOKEN_PREFIX)
  return db.transaction(async (tx) => {
    const [owner] = await tx.select().from(users).where(eq(users.id, userId))
    if (!owner)
      throw new HttpError(400, 'invalid_field', 'user_id: no such user', [
        { field: 'body.user_id', message: 'no such user' },
      ])
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId,
        name,
        tokenHash: digest(token),
        prefix: token.slice(0, 10),
        scope: options.scope ?? 'full',
        expiresAt: options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : null,
      })
      .returning()
    await auditedTokens.created(tx, actor, row)
    return { token, row }
  })
}

export function publicToken(t: typeof apiTokens.$inferSelect) {
  return {
    id: t.id,
    user_id: t.userId,
    name: t.name,
    prefix: t.prefix,
    created_at: t.createdAt.toISOString(),
    last_used_at: timestampOrNull(t.lastUsedAt),
    revoked_at: timestampOrNull(t.revokedAt),
    expires_at: timestampOrNull(t.expiresAt),
    scope: t.scope,
  }
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: number,
  patch: { role?: Role; name?: string; disabled?: boolean; password?: string },
) {
  if (patch.password !== undefined) checkNewPassword(patch.password)
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password)
  return db.transaction(async (tx) => {
    const action = passwordHash ? 'edit+password' : 'edit'
    const { after } = await auditedUsers.change(tx, actor, id, action, async (tx) => {
      await keepOneAdmin(tx, id, patch)
      const [after] = await tx
        .update(users)
        .set({
          role: patch.role,
          name: patch.name,
          passwordHash,
          disabledAt: patch.disabled === undefined ? undefined : patch.disabled ? new Date() : null,
        })
        .where(eq(users.id, id))
        .returning()
      // A disabled user or a new password ends every open session of that user.
      if (patch.disabled || passwordHash) await tx.delete(sessions).where(eq(sessions.userId, id))
      return after
    })
    return after
  })
}

export async function revokeApiToken(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const { after } = await auditedTokens.change(tx, actor, id, 'revoke', async (tx, before) => {
      if (before.revokedAt) return undefined
      const [after] = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(eq(apiTokens.id, id))
        .returning()
      return after
    })
    return after
  })
}
