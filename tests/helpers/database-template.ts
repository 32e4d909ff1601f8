// Before any test file starts: one migrated database that every test database is copied from. Each
// file opens a database of its own; on PGlite a new one runs initdb and every migration, which took
// most of a small file's time, while loading a dump of a migrated one takes a fraction of it. On the
// server, CREATE DATABASE … TEMPLATE copies the migrated one. Both are named by a hash of the
// migrations, so a changed migration makes a new template and never reuses a stale one.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../api/db/client.ts'
import { fromRoot } from '../../api/paths.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump file of a migrated PGlite database (DATA_DIR=memory:// opens start from it). */
    pgliteTemplate: string
    /** With TEST_DATABASE_URL: a migrated database on that server to copy. */
    serverTemplate: string | null
  }
}

function migrationsHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, name.name)
      if (name.isDirectory()) walk(path)
      else hash.update(name.name).update(readFileSync(path))
    }
  }
  walk(fromRoot('migrations'))
  return hash.digest('hex').slice(0, 12)
}

async function pgliteTemplate(hash: string): Promise<string> {
  const dir = fromRoot('node_modules/.cache/tally-tests')
  const file = join(dir, `pglite-${hash}.tar.gz`)
  mkdirSync(dir, { recursive: true })
  if (existsSync(file)) return file
  const database = await openDatabase({ dataDir: 'memory://' })
  const dump = await database.dump()
  await database.close()
  if (!dump) throw new Error('PGlite gave no dump')
  // Written aside and renamed: a run stopped half-way leaves no truncated template.
  writeFileSync(`${file}.${process.pid}`, Buffer.from(await dump.arrayBuffer()))
  renameSync(`${file}.${process.pid}`, file)
  return file
}

async function serverTemplate(server: string, hash: string): Promise<string> {
  const name = `tally_template_${hash}`
  const admin = postgres(server, { max: 1, onnotice: () => {} })
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${name}`
    if (found) return name
    // Migrated under a temporary name and renamed, so no run ever copies a half-migrated template.
    const building = `${name}_${process.pid}`
    await admin.unsafe(`create database ${building}`)
    const url = new URL(server)
    url.pathname = `/${building}`
    const database = await openDatabase({ url: url.toString() })
    await database.close()
    await admin.unsafe(`alter database ${building} rename to ${name}`)
    return name
  } finally {
    await admin.end()
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const hash = migrationsHash()
  project.provide('pgliteTemplate', await pgliteTemplate(hash))
  const server = process.env.TEST_DATABASE_URL
  project.provide('serverTemplate', server ? await serverTemplate(server, hash) : null)
}
