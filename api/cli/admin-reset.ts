// Recovers an admin account when nobody can sign in as one (forgotten password, account disabled).
//   npm run admin:reset -- [--email admin@example.org]
// Run it on the server, with the same DATABASE_URL or DATA_DIR as Tally; in embedded mode stop Tally
// first (one process at a time may open DATA_DIR). The account (the first admin when no e-mail is
// given; created when the e-mail is unknown) becomes an enabled admin with a new generated password,
// printed once; its sessions end, and the change is in the audit log as done by "cli admin:reset".
import { parseArgs } from 'node:util'
import { asc, eq } from 'drizzle-orm'
import { createUser, updateUser } from '../accounts/accounts.ts'
import { generatePassword } from '../accounts/secrets.ts'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'
import { users } from '../db/schema/index.ts'

const { values } = parseArgs({ options: { email: { type: 'string' } } })
const config = loadConfig()
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
const actor = { id: null, label: 'cli admin:reset' }
try {
  const email = values.email?.toLowerCase()
  const [user] = email
    ? await database.db.select().from(users).where(eq(users.email, email))
    : await database.db.select().from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).limit(1)
  const password = generatePassword()
  if (user) {
    await updateUser(database.db, actor, user.id, { role: 'admin', disabled: false, password })
  } else if (email) {
    await createUser(database.db, actor, { email, password, role: 'admin', name: 'Administrator' })
  } else {
    throw new Error('no admin account exists: name one with --email')
  }
  console.log(`${user?.email ?? email} is an enabled admin; new password (shown once): ${password}`)
} catch (err) {
  console.error((err as Error).message)
  process.exitCode = 1
} finally {
  await database.close()
}
