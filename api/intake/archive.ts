import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'

// The bytes Tally fetched, kept as they were: one file per content hash under ARCHIVE_DIR, so the
// same PDF from three feeds is kept once, and analysts can show what a source said after it changed.

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const pathOf = (dir: string, hash: string) => join(dir, hash.slice(0, 2), `${hash}.bin`)

/** Writes the bytes (temporary name, flushed, renamed) unless already there; returns their hash. */
export async function archive(dir: string, bytes: Uint8Array): Promise<string> {
  const hash = sha256(bytes)
  const path = pathOf(dir, hash)
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    return hash
  await mkdir(join(dir, hash.slice(0, 2)), { recursive: true })
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  const fh = await open(tmp, 'w')
  try {
    await fh.writeFile(bytes)
    await fh.sync()
  } finally {
    await fh.close()
  }
  await rename(tmp, path)
  return hash
}

export async function readArchived(dir: string, hash: string): Promise<Buffer | null> {
  if (!/^[0-9a-f]{64}$/.test(hash)) return null
  return readFile(pathOf(dir, hash)).catch(() => null)
}
