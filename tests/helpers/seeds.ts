// The five seed articles and their gold.jsonl stay outside the repository, in ../shared/seeds (CI
// provides them). Every test and benchmark finds them here; without them, what needs them is skipped
// with one message saying where they were looked for, and the rest of the file still runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url))
export const GOLD_FILE = join(SEEDS_DIR, 'gold.jsonl')
export const haveSeeds = existsSync(GOLD_FILE)

let warned = false
/** Why seed tests are skipped, printed once per test file; the skip reason for their titles. */
export function seedsMissing(): string {
  const message = `the seed articles were not found at ${SEEDS_DIR} (../shared/seeds beside the repository, with gold.jsonl): tests that read them are skipped`
  if (!haveSeeds && !warned) {
    warned = true
    console.warn(`Tally tests: ${message}`)
  }
  return message
}
if (!haveSeeds) seedsMissing()

export interface GoldText {
  id: string
  published: string
  text: string
  claims: Array<Record<string, unknown> & { metric: string; low: number; quote: string }>
}

/** The gold texts of the seeds; [] when they are missing (see seedsMissing). */
export function readSeeds(): GoldText[] {
  if (!haveSeeds) return []
  return readFileSync(GOLD_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
}

/** The seed articles' own text files (NNN_hash.txt), in order; [] when they are missing. */
export function readSeedTexts(): { name: string; text: string }[] {
  if (!haveSeeds) return []
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }))
}

/** One seed file's path. */
export const seedFile = (name: string) => join(SEEDS_DIR, name)
