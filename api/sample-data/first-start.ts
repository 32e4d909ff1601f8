import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { createUser } from '../accounts/accounts.ts'
import { generatePassword } from '../accounts/secrets.ts'
import { SYSTEM } from '../audit/audit.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/client.ts'
import { articles, settings, users } from '../db/schema/index.ts'
import { type ArticleInput, ingestArticle } from '../ingest/ingest.ts'
import { fromRoot } from '../paths.ts'

export async function ensureAdmin(db: Db, config: Config) {
  if ((await db.$count(users)) > 0) return null
  const email = config.ADMIN_EMAIL ?? 'admin@tally.local'
  const generatedPassword = config.ADMIN_PASSWORD ? undefined : generatePassword()
  const password = config.ADMIN_PASSWORD ?? generatedPassword!
  try {
    await createUser(db, SYSTEM, { email, password, role: 'admin', name: 'Administrator' })
  } catch (err) {
    // Another server sharing the database created it first.
    if ((err as { code?: string }).code === 'email_taken') return null
    throw err
  }
  return { email, generatedPassword }
}

const SAMPLE_FLAG = 'sample_data_loaded'

/** Loads the sample articles once, into an empty database; returns how many were stored. */
export async function loadSampleData(db: Db): Promise<number> {
  const [flag] = await db.select().from(settings).where(eq(settings.key, SAMPLE_FLAG))
  if (flag || (await db.$count(articles)) > 0) return 0
  const samples = JSON.parse(
    readFileSync(fromRoot('api', 'sample-data', 'articles.json'), 'utf8'),
  ) as ArticleInput[]
  let stored = 0
  for (const sample of samples) {
    const result = await ingestArticle(db, SYSTEM, sample)
    if (result.status === 'created') stored++
  }
  await db
    .insert(settings)
    .values({ key: SAMPLE_FLAG, value: { at: new Date().toISOString() } })
    .onConflictDoNothing()
  return stored
}
