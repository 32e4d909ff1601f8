import { randomBytes } from 'node:crypto'
import type { Db } from '../db/client.ts'
import { alertLinkKey } from '../db/schema/index.ts'

/** The deployment's link-signing key: ALERT_LINK_SECRET, else one made once and kept in the database. */
export async function loadLinkKey(db: Db, configured?: string): Promise<string> {
  if (configured) return configured
  await db
    .insert(alertLinkKey)
    .values({ id: 1, secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db.select().from(alertLinkKey)
  if (!row) throw new Error('alert link key missing')
  return row.secret
}
