// Backs up or restores the embedded database.
//   npm run backup -- --token tly_... [--api http://localhost:8080] [--out tally.tar.gz]
//     asks the running server for a consistent copy (GET /api/admin/backup, admin token)
//   npm run restore -- tally.tar.gz [--data-dir ./data]
//     loads a copy into an empty data folder (server stopped), then applies pending migrations
// On a PostgreSQL server use pg_dump / pg_restore (see the README).
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/client.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    api: { type: 'string', default: 'http://localhost:8080' },
    token: { type: 'string' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    restore: { type: 'boolean', default: false },
  },
})

async function backup() {
  if (!values.token) throw new Error('--token is required (an admin API token)')
  const res = await fetch(new URL('/api/admin/backup', values.api), {
    headers: { authorization: `Bearer ${values.token}` },
  })
  if (!res.ok) throw new Error(`the server answered ${res.status}: ${await res.text()}`)
  // The file name is ours, not the server's: a header must never choose where this writes.
  const out = values.out ?? `tally-backup-${new Date().toISOString().slice(0, 10)}.tar.gz`
  // The copy holds password hashes and every article: readable by its owner only.
  writeFileSync(out, Buffer.from(await res.arrayBuffer()), { mode: 0o600 })
  chmodSync(out, 0o600)
  console.log(`wrote ${out}`)
}

async function restore() {
  const [file] = positionals
  if (!file) throw new Error('usage: npm run restore -- BACKUP.tar.gz [--data-dir DIR]')
  const dataDir = values['data-dir'] ?? loadConfig().DATA_DIR
  if (existsSync(dataDir) && readdirSync(dataDir).length) {
    throw new Error(`${dataDir} is not empty: restore into an empty folder, then point DATA_DIR at it`)
  }
  const database = await openDatabase({ dataDir, restore: new Blob([readFileSync(file)]) })
  try {
    // A copy brings back sessions and tokens as they were: whatever was signed out or revoked after
    // the backup would work again. Sessions all end (everyone signs in again); tokens are listed.
    await database.rows(sql`delete from sessions`)
    const tokens = await database.rows<{ id: number; name: string; prefix: string }>(
      sql`select id, name, prefix from api_tokens where revoked_at is null order by id`,
    )
    console.log(`restored ${file} into ${dataDir}; every session was ended`)
    if (tokens.length) {
      console.warn(
        `\nWARNING: ${tokens.length} API token(s) are active as they were at the backup. Any revoked after ` +
          'it works again: revoke those now (DELETE /api/tokens/:id).\n' +
          tokens.map((t) => `  ${t.id}  ${t.prefix}…  ${t.name}`).join('\n'),
      )
    }
  } finally {
    await database.close()
  }
}

try {
  await (values.restore ? restore() : backup())
} catch (err) {
  console.error((err as Error).message)
  process.exitCode = 1
}
