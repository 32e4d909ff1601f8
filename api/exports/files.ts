// Files of scheduled exports under EXPORT_DIR: safe folder and file names, names from a pattern with
// the slot's date in the schedule's time zone, and writing through a temporary file renamed into place
// so that a reader never sees half a file.
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { ExportFormat } from '../db/schema/exports.ts'

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** A folder under EXPORT_DIR: "", "ngo", "ngo/daily"; no "..", no absolute path. Null when unsafe. */
export function checkFolder(folder: string): string | null {
  if (folder === '') return ''
  const parts = folder.replace(/\/+$/, '').split('/')
  if (parts.length > 5 || !parts.every((p) => SEGMENT.test(p) && p !== '..' && !p.endsWith('.'))) return null
  return parts.join('/')
}

const PATTERN = /^[A-Za-z0-9{}][A-Za-z0-9 ._{}+-]{0,119}$/
const TOKENS = ['name', 'date', 'time', 'datetime', 'tables'] as const

/** A file name pattern: letters, digits, " ._-+" and the tokens {name} {date} {time} {datetime} {tables}. */
export function checkPattern(pattern: string): string | null {
  if (!PATTERN.test(pattern)) return 'may hold letters, digits, space, . _ - + and {tokens}, and no slash'
  for (const m of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!TOKENS.includes(m[1] as (typeof TOKENS)[number]))
      return `{${m[1]}} is not one of {${TOKENS.join('}, {')}}`
  }
  if (/[{}]/.test(pattern.replace(/\{[a-z]+\}/g, ''))) return 'has an unbalanced brace'
  return null
}

/** Local date and time of an instant in a time zone: ["2026-03-29", "0130"]. */
export function localParts(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}${parts.minute}` }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s.-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 60) || 'export'

/** "{name}-{date}" → "daily-idlib-2026-03-29.csv", dates in the schedule's time zone. */
export function renderFileName(
  pattern: string,
  v: { name: string; slot: Date; timeZone: string; format: ExportFormat; tables: string[] },
): string {
  const { date, time } = localParts(v.slot, v.timeZone)
  const base = pattern
    .replace(/\{name\}/g, slug(v.name))
    .replace(/\{date\}/g, date)
    .replace(/\{time\}/g, time)
    .replace(/\{datetime\}/g, `${date}T${time}`)
    .replace(/\{tables\}/g, v.tables.join('+'))
    .replace(/^\.+/, '')
  const ext = `.${v.format}`
  return base.toLowerCase().endsWith(ext) ? base : `${base}${ext}`
}

/** Absolute path of a path relative to the export folder; throws when it would leave it. */
export function insideExportDir(exportDir: string, relativePath: string): string {
  const root = resolve(exportDir)
  const full = resolve(root, relativePath)
  if (full !== root && !full.startsWith(root + sep)) throw new Error(`${relativePath} is outside EXPORT_DIR`)
  return full
}

export function relativeToExportDir(exportDir: string, full: string): string {
  return relative(resolve(exportDir), full).split(sep).join('/')
}

async function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** The file name to write: the wanted one, or with "-<run id>" when another run already wrote it. */
export async function freeName(dir: string, name: string, runId: number): Promise<string> {
  if (!(await exists(join(dir, name)))) return name
  const ext = extname(name)
  return `${basename(name, ext)}-${runId}${ext}`
}

/**
 * Removes the temporary files (".<name>.<run>-<attempt>.tmp") of earlier attempts of a run, left when
 * the process writing them was killed. Only the attempt holding the run calls this, so none is in use.
 */
export async function removeStaleTemporaryFiles(dir: string, runId: number, attempt: number) {
  const names = await readdir(dir).catch(() => [] as string[])
  const mine = new RegExp(`^\\..+\\.${runId}-(\\d+)\\.tmp$`)
  for (const name of names) {
    const m = mine.exec(name)
    if (m && Number(m[1]) < attempt) await unlink(join(dir, name)).catch(() => {})
  }
}

// A rename is an entry in the folder: until the folder itself is flushed, a power cut may undo it
// (the file's data is safe, but under its temporary name).
async function syncFolder(dir: string) {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes a file through a temporary name in the same folder (".<name>.<tag>.tmp"), flushed to disk,
 * then renamed over the final name in one step. On failure the temporary file is removed.
 */
export async function writeAtomically<T>(
  finalPath: string,
  tag: string,
  write: (out: Writable) => Promise<T>,
): Promise<{ result: T; bytes: number }> {
  const dir = dirname(finalPath)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${basename(finalPath)}.${tag}.tmp`)
  const out = createWriteStream(tmp, { flags: 'wx' })
  // Opened before anything is written, so that a failure below always finds the file to remove.
  await once(out, 'open')
  try {
    const result = await write(out)
    if (!out.writableFinished) await finished(out)
    const handle = await open(tmp, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    const { size } = await stat(tmp)
    await rename(tmp, finalPath)
    await syncFolder(dir)
    return { result, bytes: size }
  } catch (err) {
    // Writes still queued fail once the stream is destroyed; the error that counts is `err`.
    out.on('error', () => {})
    out.destroy()
    await unlink(tmp).catch(() => {})
    throw err
  }
}
